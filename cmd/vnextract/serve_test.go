package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/conc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the server's logger and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingURL = regexp.MustCompile(`url=(http://\S+)`)

// TestServe starts the command on a free port, uses it, and stops it as
// SIGTERM would: cmdServe returns nil, so the process exits 0.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan error, 1)
	var wg conc.WaitGroup
	defer wg.Wait()
	wg.Go(func() {
		done <- cmdServe(ctx, []string{"--addr", "127.0.0.1:0", "--max-concurrent", "2"}, io.Discard, &stderr)
	})
	var base string
	require.Eventually(t, func() bool {
		m := servingURL.FindStringSubmatch(stderr.String())
		if m != nil {
			base = m[1]
		}
		return m != nil
	}, 10*time.Second, 10*time.Millisecond, stderr.String())
	resp, err := http.Get(base + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	resp, err = http.Post(base+"/v1/extract", "text/plain", bytes.NewReader([]byte("Đại tá Trần Minh Hải dự lễ.")))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	cancel()
	assert.NoError(t, <-done)
	assert.Contains(t, stderr.String(), "msg=stopped")
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"extra"}, {"--addr", "127.0.0.1:0", "--config", "/nonexistent.json"}} {
		err := cmdServe(context.Background(), args, io.Discard, io.Discard)
		require.Error(t, err, "%v", args)
		if args[0] != "--addr" {
			var ue usageError
			assert.True(t, errors.As(err, &ue), "%v: %v", args, err)
		}
	}
	assert.Error(t, cmdServe(context.Background(), []string{"--addr", "256.0.0.1:1"}, io.Discard, io.Discard))
}
