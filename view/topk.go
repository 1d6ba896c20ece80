package view

import (
	"cmp"
	"container/heap"
	"slices"
)

// topK counts keys in bounded memory with the Space-Saving algorithm
// (Metwally, Agrawal, El Abbadi 2005): it keeps at most max keys; a new key
// arriving when full takes the place of the least counted one and inherits
// its count as an over-estimate (err). Every key counted more than
// total/max times is kept, and n-err <= true count <= n.
type topK[T any] struct {
	max   int
	total int
	index map[string]*entry[T]
	h     entryHeap[T] // min-heap on n
}

type entry[T any] struct {
	key   string
	n     int // estimated count
	err   int // n over-counts by at most err
	pos   int // index in the heap
	extra T   // caller's data; reset when the entry is taken over
}

func newTopK[T any](max int) *topK[T] {
	return &topK[T]{max: max, index: make(map[string]*entry[T])}
}

// add counts key w more times and returns its entry.
func (t *topK[T]) add(key string, w int) *entry[T] {
	t.total += w
	if e, ok := t.index[key]; ok {
		e.n += w
		heap.Fix(&t.h, e.pos)
		return e
	}
	if len(t.h) < t.max {
		e := &entry[T]{key: key, n: w}
		t.index[key] = e
		heap.Push(&t.h, e)
		return e
	}
	e := t.h[0]
	delete(t.index, e.key)
	var zero T
	e.key, e.err, e.extra = key, e.n, zero
	e.n += w
	t.index[key] = e
	heap.Fix(&t.h, 0)
	return e
}

// exact reports whether every count is exact: no key was ever evicted.
func (t *topK[T]) exact() bool {
	for _, e := range t.h {
		if e.err > 0 {
			return false
		}
	}
	return true
}

// top returns up to k entries, most counted first, ties by key.
func (t *topK[T]) top(k int) []*entry[T] {
	es := slices.Clone(t.h)
	slices.SortFunc(es, func(a, b *entry[T]) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.key, b.key))
	})
	if k >= 0 && len(es) > k {
		es = es[:k]
	}
	return es
}

type entryHeap[T any] []*entry[T]

func (h entryHeap[T]) Len() int { return len(h) }

// Less breaks count ties by key so that which key is evicted, and so the
// report, does not depend on map order.
func (h entryHeap[T]) Less(i, j int) bool {
	if h[i].n != h[j].n {
		return h[i].n < h[j].n
	}
	return h[i].key > h[j].key
}

func (h entryHeap[T]) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].pos, h[j].pos = i, j
}

func (h *entryHeap[T]) Push(x any) {
	e := x.(*entry[T])
	e.pos = len(*h)
	*h = append(*h, e)
}

func (h *entryHeap[T]) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
