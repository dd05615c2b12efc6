package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
)

// Input faults: each bad input gets one warning line naming it, the good
// inputs beside it are still processed, and the exit status says so.

func TestFault_HugeFileSkipped(t *testing.T) {
	dir := t.TempDir()
	article(t, dir, "small", "Russian Foreign Minister Sergey Lavrov visited Pyongyang on May 31, 2018.")
	writeFile(t, filepath.Join(dir, "huge.txt"), strings.Repeat("Lorem ipsum dolor sit amet. ", 100))
	t.Setenv("KG_EXTRACT_MAX_FILE_BYTES", "1000")
	code, out, errOut := kg(t, "extract", dir)
	want := "kg: warning: " + filepath.Join(dir, "huge.txt") + ": file is 2800 bytes, over the 1000-byte limit (extract.max_file_bytes)\n"
	if code != exitPartial || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitPartial, want)
	}
	if !strings.Contains(out, `lavrov","name"`) {
		t.Errorf("the small file was not processed: %s", out)
	}
}

func TestFault_MalformedFrontMatter(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, bad, "---\nid: [unclosed\npublished: 2019-13-45\n---\nChinese President Xi Jinping visited Pyongyang on June 20, 2019.\n")
	article(t, dir, "fine", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")
	code, out, errOut := kg(t, "extract", dir)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "kg: warning: "+bad) {
		t.Errorf("want one warning naming %s, then the skipped count; got:\n%s", bad, errOut)
	}
	if !strings.Contains(out, `"doc":"fine"`) {
		t.Errorf("the good file was not processed: %s", out)
	}
}

func TestFault_MissingPathAlone(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	code, out, errOut := kg(t, "extract", missing)
	want := "kg: warning: " + missing + ": no such file or directory\nkg: nothing to extract: every input was skipped\n"
	if code != exitError || errOut != want || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, want)
	}
}

func TestFault_OverlongEventLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ev.jsonl")
	writeFile(t, path, `{"id":"`+strings.Repeat("x", extract.MaxLineBytes)+"\"}\n")
	code, _, errOut := kg(t, "load", path, "--neo4j-uri", "bolt://127.0.0.1:1")
	want := "kg: warning: " + path + ":1: line longer than 4194304 bytes\n"
	if code != exitError || !strings.HasPrefix(errOut, want) {
		t.Errorf("exit %d, stderr %q; want exit 1 starting %q", code, errOut, want)
	}
	if strings.Contains(errOut, "127.0.0.1:1") {
		t.Errorf("nothing to load, so kg should not have dialled Neo4j: %s", errOut)
	}
}
