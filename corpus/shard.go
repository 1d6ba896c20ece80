package corpus

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// Shard says which part of a split run this process does: articles whose
// id hashes to Index modulo Count. The zero value (or Count 1) takes every
// article.
type Shard struct {
	Index, Count int
}

// ParseShard reads "i/n" with 0 <= i < n, as Kubernetes Indexed Jobs
// ($JOB_COMPLETION_INDEX) and Slurm arrays ($SLURM_ARRAY_TASK_ID) number
// their tasks from 0.
func ParseShard(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(is))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 <= i < n", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// Has says whether the article with this id belongs to the shard. The hash
// (FNV-1a, 64 bits) is fixed, so every process, on any machine, splits the
// same archive the same way; the same id always lands in the same shard.
func (s Shard) Has(id string) bool {
	if s.Count <= 1 {
		return true
	}
	return idHash(id)%uint64(s.Count) == uint64(s.Index)
}

// idHash is FNV-1a of id, written out to spare an allocation per article.
func idHash(id string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= prime
	}
	return h
}

// Filter returns a Source yielding only the articles of src in the shard.
func (s Shard) Filter(src pipeline.Source) pipeline.Source {
	if s.Count <= 1 {
		return src
	}
	return &shardSource{src: src, shard: s}
}

type shardSource struct {
	src   pipeline.Source
	shard Shard
}

func (s *shardSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		a, err := s.src.Next(ctx)
		if err != nil || s.shard.Has(a.ID) {
			return a, err
		}
	}
}
