package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/extract"
)

// inputFile is one article found under the paths given on the command line.
type inputFile struct {
	Path string
	Size int64
}

// listInputs walks paths (files or directories, recursively) for .txt and .md
// files, in a stable order. A path that cannot be read is warned about and
// skipped; skipped reports whether that happened.
func listInputs(paths []string, warn func(string)) (files []inputFile, skipped bool) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			warn(fmt.Sprintf("%s: %s", p, describeFSError(err)))
			skipped = true
			continue
		}
		if !info.IsDir() {
			files = append(files, inputFile{p, info.Size()})
			continue
		}
		var found []inputFile
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				warn(fmt.Sprintf("%s: %s", path, describeFSError(err)))
				skipped = true
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			if ext != ".txt" && ext != ".md" || !d.Type().IsRegular() {
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				warn(fmt.Sprintf("%s: %s", path, describeFSError(err)))
				skipped = true
				return nil
			}
			found = append(found, inputFile{path, fi.Size()})
			return nil
		})
		if err != nil {
			warn(fmt.Sprintf("%s: %v", p, err))
			skipped = true
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		files = append(files, found...)
	}
	return files, skipped
}

func describeFSError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Err.Error()
	}
	return err.Error()
}

// readDocument reads and checks one input file: not too large, not binary,
// valid UTF-8, not empty, well-formed front matter.
func readDocument(f inputFile, maxBytes int64) (extract.Document, error) {
	if f.Size > maxBytes {
		return extract.Document{}, fmt.Errorf("%s: file is %d bytes, over the %d-byte limit (extract.max_file_bytes)", f.Path, f.Size, maxBytes)
	}
	data, err := os.ReadFile(f.Path)
	if err != nil {
		return extract.Document{}, fmt.Errorf("%s: %s", f.Path, describeFSError(err))
	}
	if int64(len(data)) > maxBytes {
		return extract.Document{}, fmt.Errorf("%s: file is over the %d-byte limit (extract.max_file_bytes)", f.Path, maxBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return extract.Document{}, fmt.Errorf("%s: file is empty", f.Path)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return extract.Document{}, fmt.Errorf("%s: binary file (NUL byte at offset %d)", f.Path, i)
	}
	if !utf8.Valid(data) {
		line, off := 1, 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if r == '\n' {
				line++
			}
			off += n
		}
		return extract.Document{}, fmt.Errorf("%s:%d: not valid UTF-8 (byte offset %d)", f.Path, line, off)
	}
	return extract.ParseDocument(f.Path, data)
}

// extracted is one document's outcome, delivered in input order.
type extracted struct {
	File   inputFile
	Doc    extract.Document
	Result extract.Result
	Err    error
}

// extractFiles extracts files with workers goroutines and calls emit for
// each in input order (extract.ExtractAll). At most 2×workers documents are
// held in memory at once, so memory is bounded by the largest documents, not
// the corpus.
func extractFiles(ctx context.Context, x *extract.Extractor, files []inputFile, workers int, maxBytes int64, emit func(extracted) error) error {
	load := func(i int) (extract.Document, error) { return readDocument(files[i], maxBytes) }
	return x.ExtractAll(ctx, len(files), workers, load, func(o extract.Outcome) error {
		return emit(extracted{File: files[o.Index], Doc: o.Doc, Result: o.Result, Err: o.Err})
	})
}

// documentRecord is the sidecar record of an extracted document.
func documentRecord(r extracted) extract.DocumentRecord {
	return extract.DocumentRecord{
		ID: r.Doc.ID, Title: r.Doc.Title, Source: r.Doc.Source,
		Published: r.Result.Published, URL: r.Doc.URL, SHA256: r.Doc.SHA256,
		Path: r.Doc.Path, Mentions: r.Result.Mentions,
	}
}
