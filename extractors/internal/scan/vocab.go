package scan

// vocab numbers the lower-case words of the lexicons (package lex interns
// them as it loads), so that every token carries the number of its word
// (Token.Vocab) and lexicon look-ups index by a small integer instead of
// hashing and comparing strings: string-keyed trie look-ups were a tenth
// of a run's CPU. A token whose word no lexicon holds gets 0.
var vocab = map[string]uint32{}

// Intern returns the vocabulary number of the lower-case word w, giving it
// one if it has none. It must be called only during package
// initialization, as lex's lexicons do, before any concurrent Tokens call:
// the vocabulary is read without locks.
func Intern(w string) uint32 {
	id, ok := vocab[w]
	if !ok {
		id = uint32(len(vocab) + 1)
		vocab[w] = id
	}
	return id
}

// VocabSize is the largest vocabulary number given so far.
func VocabSize() int { return len(vocab) }
