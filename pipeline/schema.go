package pipeline

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of a Record.
//
//go:embed schema.json
var JSONSchema []byte
