package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// An Extractor finds one kind of fact. Extract returns entities and never
// edits doc; it must be safe for concurrent use. The returned slice belongs
// to the caller, which may reorder it. A returned error is recorded on
// doc.Errors and the other extractors still run.
type Extractor interface {
	Name() string
	Extract(ctx context.Context, doc *Document) ([]Entity, error)
}

// A Linker runs after every extractor: it reads doc.Entities and fills the
// record-level fields (doc.Byline, doc.People, doc.Awards).
type Linker interface {
	Link(ctx context.Context, doc *Document) error
}

// Factory builds an Extractor from its JSON configuration (nil or empty for
// the defaults).
type Factory func(config json.RawMessage) (Extractor, error)

// ErrDuplicate is returned by Registry.Register for a name already taken.
var ErrDuplicate = errors.New("pipeline: extractor already registered")

// ErrUnknown is returned by Registry.New for a name nobody registered.
var ErrUnknown = errors.New("pipeline: unknown extractor")

// Registry maps extractor names to factories. The zero value is not usable;
// call NewRegistry. A Registry is not safe for concurrent Register calls.
type Registry struct {
	names     []string
	factories map[string]Factory
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{factories: map[string]Factory{}} }

// Register adds a factory under name; names are unique.
func (r *Registry) Register(name string, f Factory) error {
	if _, ok := r.factories[name]; ok {
		return fmt.Errorf("%w: %q", ErrDuplicate, name)
	}
	r.factories[name] = f
	r.names = append(r.names, name)
	return nil
}

// Names lists the registered extractors in registration order.
func (r *Registry) Names() []string { return slices.Clone(r.names) }

// New builds the named extractor with its config.
func (r *Registry) New(name string, config json.RawMessage) (Extractor, error) {
	f, ok := r.factories[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknown, name)
	}
	return f(config)
}

// Config lists the extractors to run, in order, with their configuration:
// {"extractors":[{"name":"date","config":{"min_year":1945}}]}.
type Config struct {
	Extractors []StageConfig `json:"extractors"`
}

// StageConfig names one extractor and its configuration.
type StageConfig struct {
	Name   string          `json:"name"`
	Config json.RawMessage `json:"config,omitempty"`
}

// Build instantiates the extractors cfg lists; with no list it builds every
// registered extractor with defaults, in registration order.
func (r *Registry) Build(cfg Config) ([]Extractor, error) {
	stages := cfg.Extractors
	if len(stages) == 0 {
		for _, n := range r.names {
			stages = append(stages, StageConfig{Name: n})
		}
	}
	xs := make([]Extractor, 0, len(stages))
	for _, s := range stages {
		x, err := r.New(s.Name, s.Config)
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// Extract runs xs over doc in order, appends their entities to doc.Entities
// sorted by span (start ascending, longer first), and records extractor
// errors on doc.Errors. It returns only ctx's error.
func Extract(ctx context.Context, doc *Document, xs []Extractor) error {
	// Each extractor's entities are gathered first, then merged once into
	// a slice of the right size: growing doc.Entities as they came and
	// stable-sorting the whole were a tenth of the bytes a run allocated
	// and 2% of its instructions. Extractors mostly return their entities
	// in order already, and a stable merge of stably sorted runs is the
	// stable sort of their concatenation.
	var small [9][]Entity
	runs := append(small[:0], doc.Entities)
	n := len(doc.Entities)
	for _, x := range xs {
		if err := ctx.Err(); err != nil {
			return err
		}
		es, err := x.Extract(ctx, doc)
		if err != nil {
			doc.Errors = append(doc.Errors, x.Name()+": "+err.Error())
		}
		runs = append(runs, es)
		n += len(es)
	}
	// The merged slice comes from entityPool; the document hands it back
	// when released (see Document.release), once its record is built.
	// It was a tenth of the bytes a run allocated.
	buf := entityPool.Get().(*[]Entity)
	*buf = mergeEntities((*buf)[:0], runs, n)
	doc.entityBuf = buf
	doc.Entities = *buf
	return ctx.Err()
}

// entityPool keeps the entity slices of released documents.
var entityPool = sync.Pool{New: func() any { return new([]Entity) }}

// releaseEntities clears buf, which may be long dropped by the document's
// entities but still holds their strings, and puts it back in entityPool.
func releaseEntities(buf *[]Entity) {
	if cap(*buf) > 1<<14 { // an outlier's slice is not kept
		return
	}
	clear(*buf)
	*buf = (*buf)[:0]
	entityPool.Put(buf)
}

// mergeEntities sorts each run stably (in place) and merges them into
// out[:0], n entities; on ties the earlier run comes first. runs is
// overwritten.
func mergeEntities(out []Entity, runs [][]Entity, n int) []Entity {
	live := runs[:0] // the runs not empty, in order
	for _, r := range runs {
		if len(r) == 0 {
			continue
		}
		if !isSorted(r) {
			slices.SortStableFunc(r, compareEntityValues)
		}
		live = append(live, r)
	}
	runs = live
	out = slices.Grow(out[:0], n)
	// Heads are compared by headKey, and in full only on equal keys: the
	// comparison of every entity with every head was most of the merge. A
	// run is dropped once empty, and the last run left is copied whole.
	var small [9]uint64
	keys := small[:0]
	keyed := true // all heads so far had a key; else all keys are 0
	for _, r := range runs {
		k, ok := headKey(&r[0])
		keyed = keyed && ok
		keys = append(keys, k)
	}
	if !keyed {
		clear(keys)
	}
	for len(runs) > 1 {
		best, bk := 0, keys[0]
		for k := 1; k < len(runs); k++ {
			if kk := keys[k]; kk < bk || kk == bk && compareEntities(&runs[k][0], &runs[best][0]) < 0 {
				best, bk = k, kk
			}
		}
		out = append(out, runs[best][0])
		if runs[best] = runs[best][1:]; len(runs[best]) == 0 {
			runs = slices.Delete(runs, best, best+1)
			keys = slices.Delete(keys, best, best+1)
		} else if k, ok := headKey(&runs[best][0]); ok && keyed {
			keys[best] = k
		} else if keyed {
			keyed = false
			clear(keys)
		}
	}
	if len(runs) == 1 {
		out = append(out, runs[0]...)
	}
	return out
}

// headKey orders entities as compareEntities does by start, then longer
// first, in one word: start above, the complement of the end below. ok is
// false for offsets that do not fit 32 bits, which no article has: the
// merge then gives every head the same key, and so compares them in full.
func headKey(e *Entity) (key uint64, ok bool) {
	if uint64(e.Span.Start)|uint64(e.Span.End) >= 1<<32 {
		return 0, false
	}
	return uint64(e.Span.Start)<<32 | uint64(^uint32(e.Span.End)), true
}

// isSorted is slices.IsSortedFunc(es, compareEntityValues) without
// copying two entities for each comparison.
func isSorted(es []Entity) bool {
	for i := 1; i < len(es); i++ {
		if compareEntities(&es[i], &es[i-1]) < 0 {
			return false
		}
	}
	return true
}

// SortEntities orders entities by start, then longer first, then kind, so
// that results are deterministic whatever order extractors ran in.
func SortEntities(es []Entity) {
	slices.SortStableFunc(es, compareEntityValues)
}

func compareEntityValues(a, b Entity) int { return compareEntities(&a, &b) }

func compareEntities(a, b *Entity) int {
	if a.Span.Start != b.Span.Start {
		return a.Span.Start - b.Span.Start
	}
	if a.Span.End != b.Span.End {
		return b.Span.End - a.Span.End
	}
	if a.Kind != b.Kind {
		return int(a.Kind) - int(b.Kind)
	}
	return strings.Compare(a.Value, b.Value)
}

// EntitiesOf returns the entities of kind k, in span order.
func (d *Document) EntitiesOf(k Kind) []Entity {
	var out []Entity
	for _, e := range d.Entities {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// FactoryOf adapts an extractor package's New to a Factory: it decodes the
// JSON configuration (none means the zero Config, the defaults) into C and
// calls newFn. Unknown fields are ignored, as encoding/json does.
func FactoryOf[C any, X Extractor](newFn func(C) (X, error)) Factory {
	return func(raw json.RawMessage) (Extractor, error) {
		var cfg C
		if len(raw) > 0 {
			if err := json.Unmarshal(raw, &cfg); err != nil {
				return nil, err
			}
		}
		x, err := newFn(cfg)
		if err != nil {
			return nil, err // not x: a nil *T in an interface is not nil
		}
		return x, nil
	}
}
