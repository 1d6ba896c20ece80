package main

import (
	"io"

	"github.com/vnextract/vnextract/pipeline"
)

func cmdSchema(stdout io.Writer) error {
	_, err := stdout.Write(pipeline.JSONSchema)
	return err
}
