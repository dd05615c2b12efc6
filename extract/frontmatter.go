package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML header of a document (SPEC.md, "Input documents").
type frontMatter struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Published string `yaml:"published"`
	URL       string `yaml:"url"`
}

// DocumentError is a malformed document: the path, the 1-based line where
// known (0 otherwise) and what is wrong.
type DocumentError struct {
	Path string
	Line int
	Err  error
}

func (e *DocumentError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *DocumentError) Unwrap() error { return e.Err }

// ParseDocument splits data into front matter and body. path is used for the
// default id (the file name without extension) and in error messages.
func ParseDocument(path string, data []byte) (Document, error) {
	sum := sha256.Sum256(data)
	base := filepath.Base(path)
	doc := Document{
		ID:     strings.TrimSuffix(base, filepath.Ext(base)),
		Path:   path,
		SHA256: hex.EncodeToString(sum[:]),
	}
	text := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	open := lineEnd(text, 0)
	if strings.TrimRight(string(text[:open]), " \t\r\n") != "---" {
		doc.Body = string(text)
		doc.BodyLine = 1
		return doc, nil
	}
	// Find the closing "---" (or "...") line.
	pos, line := open, 2
	closeAt, bodyAt := -1, -1
	for pos < len(text) {
		end := lineEnd(text, pos)
		l := strings.TrimRight(string(text[pos:end]), " \t\r\n")
		if l == "---" || l == "..." {
			closeAt, bodyAt = pos, end
			break
		}
		pos, line = end, line+1
	}
	if closeAt < 0 {
		return doc, &DocumentError{path, 1, fmt.Errorf("front matter is not closed by a --- line")}
	}
	var fm frontMatter
	var node yaml.Node
	if err := yaml.Unmarshal(text[open:closeAt], &node); err != nil {
		return doc, &DocumentError{path, yamlLine(err, 1), fmt.Errorf("front matter: %v", stripYAMLLine(err))}
	}
	if len(node.Content) > 0 {
		root := node.Content[0]
		if root.Kind != yaml.MappingNode {
			return doc, &DocumentError{path, root.Line + 1, fmt.Errorf("front matter is not a mapping")}
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			if v := root.Content[i+1]; v.Kind != yaml.ScalarNode {
				return doc, &DocumentError{path, v.Line + 1, fmt.Errorf("front matter: %s must be a single value", root.Content[i].Value)}
			}
		}
		if err := root.Decode(&fm); err != nil {
			return doc, &DocumentError{path, yamlLine(err, 1), fmt.Errorf("front matter: %v", stripYAMLLine(err))}
		}
		if fm.Published != "" {
			t, err := time.Parse("2006-01-02", fm.Published)
			if err != nil {
				ln := 0
				for i := 0; i+1 < len(root.Content); i += 2 {
					if root.Content[i].Value == "published" {
						ln = root.Content[i].Line + 1
					}
				}
				return doc, &DocumentError{path, ln, fmt.Errorf("published %q is not a YYYY-MM-DD date", fm.Published)}
			}
			fm.Published = t.Format("2006-01-02")
		}
	}
	if fm.ID != "" {
		doc.ID = fm.ID
	}
	doc.Title, doc.Source, doc.Published, doc.URL = fm.Title, fm.Source, fm.Published, fm.URL
	doc.Body = string(text[bodyAt:])
	doc.BodyLine = line + 1
	return doc, nil
}

func lineEnd(b []byte, pos int) int {
	if i := bytes.IndexByte(b[pos:], '\n'); i >= 0 {
		return pos + i + 1
	}
	return len(b)
}

// yamlLine pulls "line N" out of a yaml.v3 error and shifts it by offset
// (the front matter starts on the file's second line).
func yamlLine(err error, offset int) int {
	s := err.Error()
	i := strings.Index(s, "line ")
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range s[i+5:] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	if n == 0 {
		return 0
	}
	return n + offset
}

func stripYAMLLine(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(s, "line "); i >= 0 {
		if j := strings.Index(s[i:], ": "); j >= 0 {
			s = s[:i] + s[i+j+2:]
		}
	}
	return strings.TrimSpace(s)
}
