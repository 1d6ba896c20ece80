package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"

	"github.com/sourcegraph/conc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/service"
)

func TestRun(t *testing.T) {
	proc, err := extractors.NewProcessor(pipeline.Config{}, nil)
	require.NoError(t, err)
	srv, err := service.New(proc, service.Config{})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	var wg conc.WaitGroup
	wg.Go(func() { assert.NoError(t, srv.Serve(ctx, ln)) })
	defer wg.Wait()
	defer cancel()

	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-addr", ln.Addr().String(), "-clients", "1,4", "-duration", "2s", "-requests", "40"}, &out, &errOut)
	assert.Equal(t, 0, code, errOut.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 4, out.String())
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		assert.Equal(t, "40", f[1], "requests: %s", l)
		assert.Equal(t, "0", f[2], "errors: %s", l)
		assert.NotEqual(t, "n/a", f[8], "rss from /metrics: %s", l)
	}
}

func TestRunRefuses(t *testing.T) {
	for _, args := range [][]string{
		{"-addr", "10.0.0.1:8080"},
		{"-addr", "example.com:80"},
		{"-clients", "0"},
		{"-clients", "1,x"},
		{"-duration", "0s"},
	} {
		var out, errOut bytes.Buffer
		assert.Equal(t, 2, run(context.Background(), args, &out, &errOut), "%v", args)
		assert.NotEmpty(t, errOut.String())
	}
}

func TestCheckLoopback(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "[::1]:80": true, "localhost:1": true, "127.8.9.10:5": true,
		"0.0.0.0:8080": false, "192.168.1.2:80": false, "no-port": false,
	} {
		assert.Equal(t, ok, checkLoopback(addr) == nil, addr)
	}
}
