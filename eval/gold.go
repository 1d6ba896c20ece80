package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ErrGold means a gold file could not be read as gold annotations.
var ErrGold = errors.New("eval: bad gold")

// Gold is the annotation of one article (../shared/corpus/GOLD.md).
type Gold struct {
	ID     PyString     `json:"id"`
	Byline *string      `json:"byline"`
	People []GoldPerson `json:"people"`
	Dates  []GoldDate   `json:"dates"`
	Awards []GoldAward  `json:"awards"`
}

// GoldPerson is a person of the gold. Name lists the acceptable forms, the
// first being the key; each title lists its acceptable variants.
type GoldPerson struct {
	Name   Variants   `json:"name"`
	Rank   *string    `json:"rank"`
	Titles []Variants `json:"titles"`
}

// GoldDate is a date of the gold; only Value is scored.
type GoldDate struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// GoldAward is an award of the gold; Name and Recipients are scored.
type GoldAward struct {
	Name       string      `json:"name"`
	Type       string      `json:"type,omitempty"`
	Recipients []Recipient `json:"recipients"`
}

// Variants is a string or a list of acceptable strings.
type Variants []string

// UnmarshalJSON accepts "a", ["a", "b"] and null.
func (v *Variants) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err == nil {
		*v = list
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*v = Variants{s}
	return nil
}

// Recipient is who receives an award: gold writes a name string, records an
// object with a name or an organization.
type Recipient struct {
	Name         string `json:"name,omitempty"`
	Organization string `json:"organization,omitempty"`
}

// UnmarshalJSON accepts "name", {"name": ...}, {"organization": ...}.
func (r *Recipient) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*r = Recipient{Name: s}
		return nil
	}
	type plain Recipient
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("want a name or an object, got %.40s", b)
	}
	*r = Recipient(p)
	return nil
}

// Who is the recipient's name, else its organization.
func (r Recipient) Who() string {
	if r.Name != "" {
		return r.Name
	}
	return r.Organization
}

// PyString is an id as score.py sees it: str() of whatever JSON holds, so
// 7 and "7" are the same article.
type PyString string

// UnmarshalJSON keeps strings and renders numbers, booleans and null the way
// Python's str does.
func (p *PyString) UnmarshalJSON(b []byte) error {
	var v any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return err
	}
	*p = PyString(pyStr(v))
	return nil
}

func pyStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return strconv.FormatInt(i, 10)
		}
		if f, err := x.Float64(); err == nil {
			return pyFloat(f)
		}
		return string(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// pyFloat formats f as Python's repr does for the common cases: shortest
// round-trip digits, always with a fraction or an exponent.
func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.ContainsAny(s, ".eEn") { // n: NaN, Inf
		return s
	}
	return s + ".0"
}

// ReadGold reads gold annotations from a folder of *.gold.json files (in
// name order), a .jsonl file of gold objects, or one .json file.
func ReadGold(path string) ([]Gold, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		ents, err := os.ReadDir(path)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".gold.json") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		golds := make([]Gold, 0, len(names))
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(path, n))
			if err != nil {
				return nil, err
			}
			g, err := ParseGold(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", n, err)
			}
			golds = append(golds, g)
		}
		return golds, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.HasSuffix(path, ".jsonl") {
		return DecodeGoldLines(f)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	g, err := ParseGold(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return []Gold{g}, nil
}

// ParseGold parses one gold object. Errors wrap ErrGold.
func ParseGold(b []byte) (Gold, error) {
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return Gold{}, fmt.Errorf("%w: %v", ErrGold, err)
	}
	for _, p := range g.People {
		if len(p.Name) == 0 {
			return Gold{}, fmt.Errorf("%w: person without a name", ErrGold)
		}
	}
	return g, nil
}

// DecodeGoldLines reads JSON Lines of gold objects; blank lines are skipped.
// Errors name the line and wrap ErrGold.
func DecodeGoldLines(r io.Reader) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	var golds []Gold
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		g, err := ParseGold(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		golds = append(golds, g)
	}
	return golds, sc.Err()
}
