package corpus

import (
	"io"
	"path"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// FromReader returns a Source over one file's contents, read the way a
// folder walk reads that file: name (a file name or path) chooses the
// format by its extensions (.gz, .zst, .tar, .jsonl, .warc, ...), uri is
// recorded as each record's source, and rel, the file's path relative to
// the folder it was found under, gives the id of a one-article file. It
// lets other runners (the Beam pipeline) read files they opened themselves
// and still produce the CLI's records. Zip needs random access and is
// reported as undecodable here.
func FromReader(r io.Reader, name, uri, rel string, opts Options) pipeline.Source {
	return streamSource(r, strings.ToLower(name), uri, articleID(path.Clean(rel)), opts)
}

// IsArticleFile reports whether a folder walk reads a file of this name.
func IsArticleFile(name string) bool { return isArticleFile(name) }
