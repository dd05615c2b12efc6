package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
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
// skipped; skipped counts them.
//
// A path named on the command line is read whatever its name and type, so
// `kg extract <(cmd)` works; a named pipe without a writer reads as empty
// instead of blocking (see openInput). Under a directory, a .txt or .md
// symbolic link is followed to a regular file; a dangling link, a named pipe,
// a socket or a device is warned about and skipped.
func listInputs(paths []string, warn func(string)) (files []inputFile, skipped int) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			warn(fmt.Sprintf("%s: %s", p, describeFSError(err)))
			skipped++
			continue
		}
		if !info.IsDir() {
			files = append(files, inputFile{p, info.Size()})
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator) // walk the linked directory
		}
		var found []inputFile
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				warn(fmt.Sprintf("%s: %s", path, describeFSError(err)))
				skipped++
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			if ext != ".txt" && ext != ".md" {
				return nil
			}
			var fi fs.FileInfo
			if d.Type()&fs.ModeSymlink != 0 {
				fi, err = os.Stat(path)
				if errors.Is(err, fs.ErrNotExist) {
					warn(fmt.Sprintf("%s: broken symbolic link", path))
					skipped++
					return nil
				}
			} else {
				fi, err = d.Info()
			}
			if err != nil {
				warn(fmt.Sprintf("%s: %s", path, describeFSError(err)))
				skipped++
				return nil
			}
			switch {
			case fi.Mode().IsRegular():
				found = append(found, inputFile{path, fi.Size()})
			case fi.IsDir(): // a linked directory is not walked (no cycles)
			default:
				warn(fmt.Sprintf("%s: not a regular file (%s)", path, fileType(fi.Mode())))
				skipped++
			}
			return nil
		})
		if err != nil {
			warn(fmt.Sprintf("%s: %v", p, err))
			skipped++
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		files = append(files, found...)
	}
	return files, skipped
}

// fileType names a non-regular file's type for a warning.
func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return m.Type().String()
}

// errIsDir is returned by openInput for a directory.
var errIsDir = errors.New("is a directory")

// openInput opens an input file for reading. It opens without blocking, so
// that a named pipe nobody writes to reads as empty instead of hanging kg
// (open(2) of a FIFO waits for a writer, and no signal interrupts it); reads
// from a pipe that has a writer wait for its data as usual.
func openInput(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if fi.IsDir() {
		f.Close()
		return nil, errIsDir
	}
	return f, nil
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
	data, err := readLimited(f.Path, maxBytes)
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

// readLimited reads at most maxBytes+1 bytes of path, so that a pipe or a
// device never fills memory; the caller reports the excess.
func readLimited(path string, maxBytes int64) ([]byte, error) {
	file, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(io.LimitReader(file, maxBytes+1))
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
		err := o.Err
		if errors.Is(err, extract.ErrExtractor) {
			err = fmt.Errorf("%s: %w", files[o.Index].Path, err) // loaded, then the extractor failed
		}
		return emit(extracted{File: files[o.Index], Doc: o.Doc, Result: o.Result, Err: err})
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
