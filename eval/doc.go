// Package eval scores vnextract/v1 records against gold annotations.
//
// Score reproduces ../shared/tools/score.py rule for rule (folding,
// abbreviations, name aliases, title variants, "XXXX" dates, award classes),
// so its counts and figures agree with that scorer on any data. SpanScore is
// the second mode: exact-match span precision, recall and F1 per entity type
// against CoNLL/BIO gold, as conlleval computes it.
package eval
