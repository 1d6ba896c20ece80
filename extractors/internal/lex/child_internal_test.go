package lex

import "testing"

// TestChildFindsEveryEdge checks the frozen children against the maps
// they were built from, in every lexicon: each word leads where the map
// says, and words that are no edge lead nowhere.
func TestChildFindsEveryEdge(t *testing.T) {
	dicts := map[string]*Dict{"surnames": Surnames, "ranks": Ranks, "roles": Roles, "orgheads": OrgHeads,
		"abbrev": Abbrevs, "honorifics": Honorifics, "places": Places, "nonperson": NonPerson, "stop": Stop,
		"compounds": Compounds, "orgsuffixes": OrgSuffixes, "orgwords": OrgWords, "nonname": NonName,
		"givennames": GivenNames, "eastasian": EastAsian, "foreignorgs": ForeignOrgs, "lineages": Lineages, "provinces": Provinces,
		"eponyms": Eponyms}
	tables := 0
	var walk func(name string, nd *node)
	walk = func(name string, nd *node) {
		if nd.tab != nil {
			tables++
		}
		if len(nd.kids)+countTab(nd.tab) != len(nd.next) {
			t.Fatalf("%s: %d frozen children for %d edges", name, len(nd.kids)+countTab(nd.tab), len(nd.next))
		}
		for k, c := range nd.next {
			if got := nd.child(k); got != c {
				t.Fatalf("%s: child(%q) is not the map's node", name, k)
			}
			for _, miss := range []string{k + "x", "x" + k, k[:len(k)-1]} {
				if _, ok := nd.next[miss]; !ok && nd.child(miss) != nil {
					t.Fatalf("%s: child(%q) found a node for no edge", name, miss)
				}
			}
			walk(name, c)
		}
	}
	for name, d := range dicts {
		walk(name, &d.root)
	}
	if tables == 0 {
		t.Fatal("no node has a table: the large roots should")
	}
}

func countTab(tab []child) int {
	n := 0
	for _, c := range tab {
		if c.n != nil {
			n++
		}
	}
	return n
}

// TestKeyHash checks that keyHash reads the length and the ends of a
// word; words that differ only inside ("nội", "nổi") may share a hash,
// which child tells apart by comparing the words.
func TestKeyHash(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"a", "a", true},
		{"hà", "hà", true},
		{"thành", "thanh", false},
		{"ab", "ba", false},
	} {
		if got := keyHash(tc.a) == keyHash(tc.b); got != tc.same {
			t.Errorf("keyHash(%q) == keyHash(%q) is %v", tc.a, tc.b, got)
		}
	}
}

// TestWordSig checks that words of the same length of at most eight bytes
// share a signature only when they are the same, and that child tells
// longer words apart by comparing them.
func TestWordSig(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"a", "a", true},
		{"ab", "ab", true},
		{"ab", "ba", false},
		{"abb", "aab", false},
		{"nội", "nổi", false},
		{"thành", "thanh", false},
		{"abcd", "abce", false},
		{"abcdefgh", "abcdefgh", true},
		{"abcdefgh", "abcdxfgh", false},
		{"abcdefg", "abcxefg", false},
	} {
		if got := wordSig(tc.a) == wordSig(tc.b); got != tc.same {
			t.Errorf("wordSig(%q) == wordSig(%q) is %v", tc.a, tc.b, got)
		}
	}
	// Longer words may share a signature: "is" compares them.
	a, b := "abcdXXXXefgh", "abcdYYYYefgh"
	if wordSig(a) != wordSig(b) {
		t.Fatalf("wordSig(%q) != wordSig(%q): the test needs words that share one", a, b)
	}
	c := child{key: a, sig: wordSig(a)}
	if !c.is(a, wordSig(a)) || c.is(b, wordSig(b)) {
		t.Errorf("child %q: is(%q) = %v, is(%q) = %v", a, a, c.is(a, wordSig(a)), b, c.is(b, wordSig(b)))
	}
	// "ab" and "abb" share their bytes but not their length.
	if wordSig("ab") == wordSig("abb") {
		t.Errorf("wordSig(ab) == wordSig(abb)")
	}
}

// TestToneReplacerGate checks that a word the gate turns away is one the
// replacer leaves as it is.
func TestToneReplacerGate(t *testing.T) {
	for _, s := range []string{
		"hòa", "hoà", "thủy", "thuỷ", "khoẻ", "khỏe", "xòe", "hoè", "tùy", "tuỳ",
		"nguyễn", "bí", "thư", "ủy", "uỷ", "", "ò", "oà", "ùy", "HÒA",
	} {
		for _, tr := range toneReplacers {
			if got, want := tr.replace(s), tr.r.Replace(s); got != want {
				t.Errorf("replace(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, d := range []*Dict{Surnames, GivenNames, Places, Roles, OrgHeads} {
		for _, e := range d.Entries() {
			for _, tr := range toneReplacers {
				if got, want := tr.replace(e.Key), tr.r.Replace(e.Key); got != want {
					t.Errorf("replace(%q) = %q, want %q", e.Key, got, want)
				}
			}
		}
	}
}

// TestLeaf checks that freeze marks as leaves exactly the nodes no key
// goes on from, in every lexicon.
func TestLeaf(t *testing.T) {
	var walk func(nd *node)
	walk = func(nd *node) {
		if nd.leaf != (len(nd.next) == 0) {
			t.Fatalf("leaf = %v with %d children", nd.leaf, len(nd.next))
		}
		for _, c := range nd.next {
			walk(c)
		}
	}
	for _, d := range []*Dict{Surnames, Ranks, Roles, OrgHeads, Abbrevs, Honorifics, Places, NonPerson, Stop,
		Compounds, OrgSuffixes, OrgWords, NonName, GivenNames, EastAsian, ForeignOrgs, Lineages, Eponyms, Provinces} {
		walk(&d.root)
	}
}
