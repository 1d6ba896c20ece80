package link

// maxKnown bounds the folds a linker keeps across documents (see
// foldKnown): roles and organizations repeat from article to article, but
// a run over many articles must not grow the map without end.
const maxKnown = 1 << 12

// foldKnown returns l.fold(s) for the role or organization of a title,
// from the folds of earlier titles when s was seen before: lowering rune
// by rune costs several times a map lookup, and most roles and
// organizations were seen in an earlier article. (Names repeat too
// seldom: a run over unseen names costs more than it saves.) The folds
// kept are copies, so that they keep no document alive.
func (l *peopleLinker) foldKnown(s string) string {
	if f, ok := l.known[s]; ok {
		return f
	}
	f := l.fold(s)
	if l.known == nil {
		l.known = make(map[string]string, 256)
	} else if len(l.known) >= maxKnown {
		clear(l.known)
	}
	// Key and fold in one allocation.
	l.cat = append(append(l.cat[:0], s...), f...)
	both := string(l.cat)
	key := both[:len(s)]
	if f == s {
		f = key
	} else {
		f = both[len(s):]
	}
	l.known[key] = f
	return f
}
