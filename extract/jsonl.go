package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxLineBytes bounds one JSONL line; longer lines are reported and skipped.
const MaxLineBytes = 4 << 20

// LineError is a bad line in a JSONL file.
type LineError struct {
	Path string // file name as given
	Line int    // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ReadEvents reads event JSONL from r, calling fn for each valid event. A bad
// line (not JSON, not an event, over MaxLineBytes) is passed to bad and
// skipped; an error from fn or from reading stops the scan and is returned.
func ReadEvents(r io.Reader, path string, fn func(Event) error, bad func(*LineError)) error {
	return readLines(r, path, bad, func(line []byte, n int) error {
		var e Event
		if err := json.Unmarshal(line, &e); err != nil {
			bad(&LineError{path, n, fmt.Errorf("invalid JSON: %s", jsonReason(err))})
			return nil
		}
		if err := e.Validate(); err != nil {
			bad(&LineError{path, n, err})
			return nil
		}
		return fn(e)
	})
}

// ReadDocumentRecords reads the documents sidecar written beside events.
func ReadDocumentRecords(r io.Reader, path string, fn func(DocumentRecord) error, bad func(*LineError)) error {
	return readLines(r, path, bad, func(line []byte, n int) error {
		var d DocumentRecord
		if err := json.Unmarshal(line, &d); err != nil {
			bad(&LineError{path, n, fmt.Errorf("invalid JSON: %s", jsonReason(err))})
			return nil
		}
		if d.ID == "" {
			bad(&LineError{path, n, errors.New("document record has no id")})
			return nil
		}
		return fn(d)
	})
}

func readLines(r io.Reader, path string, bad func(*LineError), fn func([]byte, int) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	tooLong := false
	n := 0
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && len(buf)+len(chunk) > MaxLineBytes {
			tooLong, buf = true, buf[:0]
		}
		if !tooLong {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(buf) > 0 || tooLong {
			n++
			if tooLong {
				bad(&LineError{path, n, fmt.Errorf("line longer than %d bytes", MaxLineBytes)})
			} else if line := bytes.TrimSpace(buf); len(line) > 0 {
				if ferr := fn(line, n); ferr != nil {
					return ferr
				}
			}
		}
		buf, tooLong = buf[:0], false
		if err == io.EOF {
			return nil
		}
	}
}

func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be %s, not %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// EventWriter writes events as JSONL, one object a line.
type EventWriter struct{ enc *json.Encoder }

// NewEventWriter returns a writer over w.
func NewEventWriter(w io.Writer) *EventWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &EventWriter{enc}
}

// Write writes one value as a JSON line.
func (w *EventWriter) Write(v any) error { return w.enc.Encode(v) }
