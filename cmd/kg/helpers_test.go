package main

import (
	"os"
	"testing"
)

// writeFile writes a test file or fails the test.
func writeFile(tb testing.TB, path, text string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}
