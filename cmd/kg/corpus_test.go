package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// seedsCopies writes the seed articles copies times under a new directory,
// each copy with its own document ids.
func seedsCopies(t *testing.T, copies int) string {
	t.Helper()
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	idLine := regexp.MustCompile(`(?m)^id: (.*)$`)
	dir := t.TempDir()
	for c := 0; c < copies; c++ {
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			data = idLine.ReplaceAll(data, []byte(fmt.Sprintf("id: ${1}-%03d", c)))
			writeFile(t, filepath.Join(dir, fmt.Sprintf("%03d-%s", c, filepath.Base(p))), string(data))
		}
	}
	return dir
}

// TestExtract_WorkersSameOutput: the worker count changes nothing in the
// events or the documents sidecar, byte for byte.
func TestExtract_WorkersSameOutput(t *testing.T) {
	dir := seedsCopies(t, 6)
	outs := map[string][2]string{}
	for _, w := range []string{"1", "4"} {
		events := filepath.Join(t.TempDir(), "events.jsonl")
		code, _, errOut := kg(t, "extract", dir, "--workers", w, "--out", events)
		if code != exitOK {
			t.Fatalf("--workers %s: exit %d: %s", w, code, errOut)
		}
		ev, err := os.ReadFile(events)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := os.ReadFile(docsPath(events))
		if err != nil {
			t.Fatal(err)
		}
		outs[w] = [2]string{string(ev), string(docs)}
	}
	got, want := outs["4"], outs["1"]
	if len(want[0]) == 0 || len(want[1]) == 0 {
		t.Fatal("no events or documents from the seeds")
	}
	if got[0] != want[0] {
		t.Error("events differ between --workers 1 and --workers 4")
	}
	if got[1] != want[1] {
		t.Error("documents differ between --workers 1 and --workers 4")
	}
}
