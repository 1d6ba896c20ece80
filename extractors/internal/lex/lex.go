// Package lex holds the lexicons the person, rank and title extractors
// share: family names, ranks, roles, organization heads, abbreviations,
// honorifics, places, and the cue words around names. Each lexicon is an
// embedded text file under data/ with a header saying what it holds, so a
// user can read and extend it. Lookups walk a token trie and allocate
// nothing.
package lex

import (
	"embed"
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

//go:embed data/*.txt
var files embed.FS

// Dict maps phrases of one or more tokens to a value. Keys are matched token
// by token on the tokens' lower-case form (or their exact text for a
// case-sensitive Dict), so "bí thư" matches "Bí thư" and "BÍ THƯ".
type Dict struct {
	root          node
	caseSensitive bool
	entries       []Entry
	first, last   filter // the first and the last token of every key
	depth         int    // the most tokens in a key
}

// filter is a bit set over the top bits of a token's keyHash (its length
// and four of its bytes): most tokens of a text start no key, and the
// filter turns them away without hashing the whole string. Match reuses
// the hash to look the first token up in the root's table.
type filter [filterBits / 64]uint64

const (
	filterLog  = 13
	filterBits = 1 << filterLog
)

func (f *filter) add(s string) {
	if s != "" {
		b := keyHash(s) >> (64 - filterLog)
		f[b/64] |= 1 << (b % 64)
	}
}

// hasHash reports whether the word of hash h = keyHash(w) may be in the
// filter; false is certain.
func (f *filter) hasHash(h uint64) bool {
	b := h >> (64 - filterLog)
	return f[b/64]&(1<<(b%64)) != 0
}

// WordFilter is a cheap test that a word may belong to a set, for the
// loops over every token of a text: bit n of opens[b] is set when a word
// of the set opens with byte b and is n bytes long, bit n of ends[b] when
// one ends with byte b. Has never turns away a word of the set, and turns
// away most others with two table look-ups and no hashing.
type WordFilter struct{ opens, ends [256]uint64 }

// lenBit is the bit of a word of n bytes: n modulo 64, so that words of 64
// bytes or more share the bits of shorter ones (a filter may let a word
// through wrongly, never turn one away).
func lenBit(n int) uint { return uint(n) & 63 }

// Add puts w in the set.
func (f *WordFilter) Add(w string) {
	if w != "" {
		f.opens[w[0]] |= 1 << lenBit(len(w))
		f.ends[w[len(w)-1]] |= 1 << lenBit(len(w))
	}
}

// Has reports whether w may be in the set; false is certain.
func (f *WordFilter) Has(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	return (f.opens[w[0]]&f.ends[w[n-1]])>>lenBit(n)&1 != 0
}

// Heads calls f once for each word that opens a key, in every spelling
// Match accepts (both tone placements; the exact case of a case-sensitive
// Dict): alone says the word is a key by itself, seconds lists the second
// words of the longer keys it opens. The calls come in no set order.
func (d *Dict) Heads(f func(first string, alone bool, seconds []string)) {
	for w, n := range d.root.next {
		var seconds []string
		for w2 := range n.next {
			seconds = append(seconds, w2)
		}
		f(w, n.ok, seconds)
	}
}

// Entry is one line of a lexicon file.
type Entry struct {
	Key, Value string
}

type node struct {
	next  map[string]*node // built by add; freeze copies it into kids or tab
	kids  []child          // a node with few children: scanned in order
	tab   []child          // a node with many: an open-addressing table by keyHash
	value string
	ok    bool
	leaf  bool // no key goes on past this node
}

// child is one edge of the trie: the word, its wordSig and the node it
// leads to.
type child struct {
	key string
	sig uint64
	n   *node
}

// is reports whether c's word is k, of signature sig = wordSig(k): two
// words of the same length of at most eight bytes are the same when their
// signatures are, which spares the call that compares the words.
func (c *child) is(k string, sig uint64) bool {
	return c.sig == sig && len(c.key) == len(k) && (len(k) <= 8 || c.key == k)
}

// smallNode is the most children a node scans in order; a node with more
// looks its children up in a table. Both cost less than a Go map, which
// hashes the whole word: keyHash reads four bytes of it.
const smallNode = 8

// wordSig is the signature of the word k, which is not empty: its first
// and last four bytes, or its length and bytes when it is shorter. Words
// of the same length of at most eight bytes have the same signature only
// when they are the same.
func wordSig(k string) uint64 {
	n := len(k)
	if n < 4 {
		return uint64(k[0]) | uint64(k[n/2])<<8 | uint64(k[n-1])<<16 | uint64(n)<<24
	}
	return uint64(le32(k)) | uint64(le32(k[n-4:]))<<32
}

// le32 is the first four bytes of s, of four bytes or more, little-endian:
// one load.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// sigHash is the hash of a word of signature sig: keyHash(k) is
// sigHash(wordSig(k)).
func sigHash(sig uint64) uint64 {
	return (sig ^ sig>>29) * 0x9E3779B97F4A7C15
}

// keyHash is a cheap hash of the word k, which is not empty: of its
// signature, its ends.
func keyHash(k string) uint64 { return sigHash(wordSig(k)) }

// freeze fills kids or tab from next, in nd and all below it.
func (nd *node) freeze() {
	nd.kids, nd.tab = nil, nil
	nd.leaf = len(nd.next) == 0
	if len(nd.next) <= smallNode {
		for k, c := range nd.next {
			nd.kids = append(nd.kids, child{k, wordSig(k), c})
		}
	} else {
		size := 1
		for size < 4*len(nd.next) {
			size <<= 1
		}
		nd.tab = make([]child, size)
		for k, c := range nd.next {
			h := keyHash(k) >> 32
			for nd.tab[h&uint64(size-1)].n != nil {
				h++
			}
			nd.tab[h&uint64(size-1)] = child{k, wordSig(k), c}
		}
	}
	for _, c := range nd.next {
		c.freeze()
	}
}

// child returns the node the word k leads to from nd, or nil.
func (nd *node) child(k string) *node {
	if k == "" {
		return nil
	}
	sig := wordSig(k)
	if nd.tab != nil {
		return nd.lookup(k, sig, sigHash(sig))
	}
	return nd.scan(k, sig)
}

// lookup returns the child of the word k, of signature sig and hash h =
// sigHash(sig), in the table of nd, or nil.
func (nd *node) lookup(k string, sig, h uint64) *node {
	mask := uint64(len(nd.tab) - 1)
	for h >>= 32; ; h++ {
		c := &nd.tab[h&mask]
		if c.n == nil || c.is(k, sig) {
			return c.n
		}
	}
}

// scan returns the child of the word k, which is not empty, of signature
// sig, in the short list of nd, or nil.
func (nd *node) scan(k string, sig uint64) *node {
	for i := range nd.kids {
		if c := &nd.kids[i]; c.is(k, sig) {
			return c.n
		}
	}
	return nil
}

// Entries lists the lexicon's entries in file order.
func (d *Dict) Entries() []Entry { return d.entries }

func (d *Dict) add(key, value string) {
	toks := scan.Tokens(key, nil)
	for _, variant := range toneVariants(toks, key, d.caseSensitive) {
		d.depth = max(d.depth, len(variant))
		if len(variant) > 0 {
			d.first.add(variant[0])
			d.last.add(variant[len(variant)-1])
		}
		n := &d.root
		for _, k := range variant {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			c := n.next[k]
			if c == nil {
				c = &node{}
				n.next[k] = c
			}
			n = c
		}
		if !n.ok {
			n.ok, n.value = true, value
		}
	}
}

// oldTone maps new-style tone placement (hòa, thủy) to the old (hoà, thuỷ) so
// that both spellings match whatever the normalizer chose.
var oldTone = strings.NewReplacer(
	"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
	"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
	"ùy", "uỳ", "úy", "uý", "ủy", "uỷ", "ũy", "uỹ", "ụy", "uỵ",
)

// newTone is the inverse of oldTone.
var newTone = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
)

// toneReplacer is oldTone or newTone with the ASCII letters one of which
// every string it rewrites holds: the a, e or y after a new-style tone,
// the o or u before an old-style one. A word with none of them is left as
// it is without the replacer's slow search, which cost most of the
// lexicons' loading time.
type toneReplacer struct {
	r    *strings.Replacer
	gate string
}

var toneReplacers = []toneReplacer{{oldTone, "aey"}, {newTone, "ou"}}

// replace is tr.r.Replace(s).
func (tr toneReplacer) replace(s string) string {
	if !strings.ContainsAny(s, tr.gate) {
		return s
	}
	return tr.r.Replace(s)
}

// Spellings returns s in each tone placement a Dict matches it in: s
// itself, then the old ("hoà", "thuỷ") and the new ("hòa", "thủy")
// placements where they differ from s.
func Spellings(s string) []string {
	out := []string{s}
	for _, tr := range toneReplacers {
		if v := tr.replace(s); v != s {
			out = append(out, v)
		}
	}
	return out
}

func toneVariants(toks []scan.Token, key string, caseSensitive bool) [][]string {
	var base []string
	for _, t := range toks {
		if caseSensitive {
			base = append(base, t.Text(key))
		} else {
			base = append(base, t.Lower)
		}
	}
	out := [][]string{base}
	for _, tr := range toneReplacers {
		v := make([]string, len(base))
		changed := false
		for i, s := range base {
			v[i] = tr.replace(s)
			changed = changed || v[i] != s
		}
		if changed {
			out = append(out, v)
		}
	}
	return out
}

// Match returns the number of tokens of the longest key that starts at
// toks[i], and its value; n is 0 when none does. Keys never span a line
// break.
func (d *Dict) Match(text string, toks []scan.Token, i int) (n int, value string) {
	if i >= len(toks) {
		return 0, ""
	}
	k := toks[i].Lower
	if d.caseSensitive {
		k = toks[i].Text(text)
	}
	if k == "" {
		return 0, ""
	}
	// The first token's hash serves both the filter and the root's table.
	sig := wordSig(k)
	h := sigHash(sig)
	if !d.first.hasHash(h) {
		return 0, ""
	}
	nd := &d.root
	if nd.tab != nil {
		nd = nd.lookup(k, sig, h)
	} else {
		nd = nd.scan(k, sig)
	}
	if nd == nil {
		return 0, ""
	}
	if nd.ok {
		n, value = 1, nd.value
	}
	// Most keys are one word: a leaf ends the walk before the next
	// token is looked at.
	for j := i + 1; j < len(toks) && !nd.leaf; j++ {
		if toks[j].Flags&scan.NewlineBefore != 0 {
			break
		}
		k := toks[j].Lower
		if d.caseSensitive {
			k = toks[j].Text(text)
		}
		// nd.child(k), without the call.
		if k == "" {
			break
		}
		if sig := wordSig(k); nd.tab != nil {
			nd = nd.lookup(k, sig, sigHash(sig))
		} else {
			nd = nd.scan(k, sig)
		}
		if nd == nil {
			break
		}
		if nd.ok {
			n, value = j-i+1, nd.value
		}
	}
	return n, value
}

// Has reports whether the whole of s is a key.
func (d *Dict) Has(s string) bool {
	_, ok := d.Lookup(s)
	return ok
}

// Lookup returns the value of the key s.
func (d *Dict) Lookup(s string) (string, bool) {
	// No key has more than d.depth tokens, so a longer s matches just as
	// its first d.depth+1 tokens do: none of it is tokenized past them.
	var buf [8]scan.Token
	toks := scan.FirstTokens(s, buf[:0], d.depth+1)
	if len(toks) == 0 {
		return "", false
	}
	n, v := d.Match(s, toks, 0)
	return v, n == len(toks)
}

// EndsAt reports whether a key ends right before toks[j] (it covers
// toks[j-n:j] for some n) and returns the longest such n.
func (d *Dict) EndsAt(text string, toks []scan.Token, j int) int {
	if j <= 0 || j > len(toks) {
		return 0
	}
	k := toks[j-1].Lower
	if d.caseSensitive {
		k = toks[j-1].Text(text)
	}
	if k == "" || !d.last.hasHash(keyHash(k)) {
		return 0
	}
	best := 0
	for n := 1; n <= 4 && j-n >= 0; n++ {
		if m, _ := d.Match(text, toks[:j], j-n); m == n {
			best = n
		}
	}
	return best
}

func load(name string, caseSensitive bool) *Dict {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("lex: %v", err))
	}
	d := &Dict{caseSensitive: caseSensitive}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value := line, line
		if k, v, ok := strings.Cut(line, "|"); ok {
			key, value = strings.TrimSpace(k), strings.TrimSpace(v)
			d.entries = append(d.entries, Entry{key, value})
			d.add(key, value)
			continue
		}
		if k, v, ok := strings.Cut(line, " = "); ok {
			key = strings.TrimSpace(k)
			if name == "ranks.txt" {
				// canonical = variant, variant, ...
				d.entries = append(d.entries, Entry{key, key})
				d.add(key, key)
				for _, alt := range strings.Split(v, ",") {
					d.add(strings.TrimSpace(alt), key)
				}
				continue
			}
			value = strings.TrimSpace(v)
		}
		d.entries = append(d.entries, Entry{key, value})
		d.add(key, value)
	}
	d.root.freeze()
	return d
}

// The lexicons, loaded once at start-up; they are read-only after.
var (
	// Surnames holds Vietnamese family names, one- and multi-syllable.
	Surnames = load("surnames.txt", false)
	// Ranks maps every spelling of a rank to its canonical form.
	Ranks = load("ranks.txt", false)
	// Roles holds the roles that open a title.
	Roles = load("roles.txt", false)
	// OrgHeads holds the words that open an organization's name.
	OrgHeads = load("orgheads.txt", false)
	// Abbrevs maps abbreviations (exact case) to their expansion.
	Abbrevs = load("abbrev.txt", true)
	// Honorifics maps forms of address, degrees and honours to their kind.
	Honorifics = load("honorifics.txt", false)
	// Places holds provinces, cities, countries and regions.
	Places = load("places.txt", false)
	// Provinces holds former provinces whose names are also given names:
	// places only after "tỉnh".
	Provinces = load("provinces.txt", false)
	// NonPerson holds the words that make the capitalized run after them
	// a place, organization, work or award.
	NonPerson = load("nonperson.txt", false)
	// Stop holds the words that end an organization name.
	Stop = load("stopwords.txt", false)
	// Compounds holds common two-word phrases whose first word looks like
	// a given name.
	Compounds = load("compounds.txt", false)
	// OrgSuffixes holds the last words of foreign organization names.
	OrgSuffixes = load("orgsuffixes.txt", false)
	// OrgWords holds lower-case words that belong inside organization names.
	OrgWords = load("orgwords.txt", false)
	// NonName holds syllables that no Vietnamese personal name uses.
	NonName = load("nonname.txt", false)
	// GivenNames holds syllables common in middle and given names.
	GivenNames = load("givennames.txt", false)
	// EastAsian holds the family names that open Korean, Chinese, Khmer
	// and Japanese names in Latin script.
	EastAsian = load("eastasian.txt", false)
	// ForeignOrgs holds foreign bodies written right before a person.
	ForeignOrgs = load("foreignorgs.txt", false)
	// Lineages holds the family names that end Ê Đê and M'Nông names.
	Lineages = load("lineages.txt", false)
	// Eponyms holds the historical names that end institutions' names.
	Eponyms = load("eponyms.txt", false)
)

// Honorific kinds, the values of Honorifics.
const (
	Address = "address"
	Degree  = "degree"
	Honour  = "honour"
	Cue     = "cue"
)

// Expand rewrites the abbreviations in an organization name:
// "Đảng ủy CA Trung ương" becomes "Đảng ủy Công an Trung ương".
func Expand(s string) string {
	toks := scan.Tokens(s, nil)
	var b strings.Builder
	last := 0
	changed := false
	for i := 0; i < len(toks); {
		n, v := Abbrevs.Match(s, toks, i)
		if n == 0 {
			i++
			continue
		}
		end := toks[i+n-1].End
		b.WriteString(s[last:toks[i].Start])
		b.WriteString(v)
		// "TP.HCM" is "thành phố Hồ Chí Minh": a word glued to the
		// abbreviation gets its space back.
		if i+n < len(toks) && toks[i+n].Start == end && toks[i+n].Kind != scan.Punct {
			b.WriteByte(' ')
		}
		last = end
		changed = true
		i += n
	}
	if !changed {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
