package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/graph"
)

// outputFormats are kg query's --format values.
var outputFormats = []string{"table", "csv", "json", "md"}

// writeResult prints a query result in one of outputFormats.
func writeResult(w io.Writer, r *graph.Result, format string) error {
	switch format {
	case "table":
		return writeTable(w, r)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(r.Columns)
		for _, row := range r.Rows {
			rec := make([]string, len(row))
			for i, v := range row {
				rec[i] = cellText(v)
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	case "json":
		return writeJSON(w, r)
	case "md":
		return writeMarkdown(w, r)
	}
	return usageErrorf("--format must be one of %s, not %q", strings.Join(outputFormats, ", "), format)
}

// cellBreaks keeps a table cell on one line.
var cellBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func writeTable(w io.Writer, r *graph.Result) error {
	const maxWidth = 80
	cells := make([][]string, len(r.Rows))
	width := make([]int, len(r.Columns))
	for i, c := range r.Columns {
		width[i] = utf8.RuneCountInString(c)
	}
	for j, row := range r.Rows {
		cells[j] = make([]string, len(row))
		for i, v := range row {
			s := cellBreaks.Replace(cellText(v))
			if utf8.RuneCountInString(s) > maxWidth {
				s = string([]rune(s)[:maxWidth-1]) + "…"
			}
			cells[j][i] = s
			if n := utf8.RuneCountInString(s); n > width[i] {
				width[i] = n
			}
		}
	}
	numeric := numericColumns(r)
	line := func(vals []string) {
		var b strings.Builder
		for i, v := range vals {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(v))
			if i > 0 {
				b.WriteString("  ")
			}
			switch {
			case numeric[i]:
				b.WriteString(pad + v)
			case i < len(vals)-1:
				b.WriteString(v + pad)
			default:
				b.WriteString(v)
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(r.Columns)
	rule := make([]string, len(width))
	for i, n := range width {
		rule[i] = strings.Repeat("-", n)
	}
	line(rule)
	for _, row := range cells {
		line(row)
	}
	fmt.Fprintf(w, "(%d row%s)\n", len(r.Rows), plural(len(r.Rows)))
	return nil
}

func writeMarkdown(w io.Writer, r *graph.Result) error {
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.ReplaceAll(s, "\n", " ")
	}
	head := make([]string, len(r.Columns))
	align := make([]string, len(r.Columns))
	numeric := numericColumns(r)
	for i, c := range r.Columns {
		head[i] = esc(c)
		align[i] = "---"
		if numeric[i] {
			align[i] = "--:"
		}
	}
	fmt.Fprintf(w, "| %s |\n| %s |\n", strings.Join(head, " | "), strings.Join(align, " | "))
	for _, row := range r.Rows {
		vals := make([]string, len(row))
		for i, v := range row {
			vals[i] = esc(cellText(v))
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(vals, " | "))
	}
	return nil
}

// writeJSON prints rows as a JSON array of objects with keys in column
// order, in the familiar spaced style: [{"n": 123}].
func writeJSON(w io.Writer, r *graph.Result) error {
	var b strings.Builder
	b.WriteByte('[')
	for j, row := range r.Rows {
		if j > 0 {
			b.WriteString(",\n ")
		}
		b.WriteByte('{')
		for i, v := range row {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSONValue(&b, r.Columns[i])
			b.WriteString(": ")
			writeJSONValue(&b, v)
		}
		b.WriteByte('}')
	}
	b.WriteString("]\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeJSONValue(b *strings.Builder, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		enc, _ := json.Marshal(x)
		b.Write(enc)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			b.WriteString("null")
		} else {
			b.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
		}
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSONValue(b, e)
		}
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSONValue(b, k)
			b.WriteString(": ")
			writeJSONValue(b, x[k])
		}
		b.WriteByte('}')
	case graph.Node:
		writeJSONValue(b, map[string]any{"labels": stringsToAny(x.Labels), "properties": x.Props})
	case graph.Relationship:
		writeJSONValue(b, map[string]any{"type": x.Type, "start": x.StartID, "end": x.EndID, "properties": x.Props})
	case graph.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = n
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = r
		}
		writeJSONValue(b, map[string]any{"nodes": nodes, "relationships": rels})
	case []string:
		writeJSONValue(b, stringsToAny(x))
	default:
		enc, err := json.Marshal(x)
		if err != nil {
			enc, _ = json.Marshal(fmt.Sprint(x))
		}
		b.Write(enc)
	}
}

func stringsToAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// cellText renders a value for a table, CSV or Markdown cell.
func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return formatFloat(x)
	case graph.Node:
		if n, ok := x.Props["name"].(string); ok {
			return n
		}
		if id, ok := x.Props["id"].(string); ok {
			return id
		}
		return strings.Join(x.Labels, ":")
	case graph.Relationship:
		return x.Type
	case graph.Path:
		var b strings.Builder
		for i, n := range x.Nodes {
			if i > 0 && i-1 < len(x.Relationships) {
				fmt.Fprintf(&b, " -[%s]- ", x.Relationships[i-1].Type)
			}
			b.WriteString(cellText(n))
		}
		return b.String()
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cellText(e)
		}
		return strings.Join(parts, ", ")
	case []string:
		return strings.Join(x, ", ")
	case map[string]any:
		var b strings.Builder
		writeJSONValue(&b, x)
		return b.String()
	}
	return fmt.Sprint(v)
}

// formatFloat prints a float in its shortest exact form, keeping ".0" on
// whole numbers so that a Goldstein weight of 1.0 does not read as a count.
func formatFloat(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// numericColumns reports the columns whose values are all numbers or null,
// with at least one number: they are right-aligned.
func numericColumns(r *graph.Result) []bool {
	out := make([]bool, len(r.Columns))
	for i := range r.Columns {
		num, other := false, false
		for _, row := range r.Rows {
			switch {
			case row[i] == nil:
			case isNumber(row[i]):
				num = true
			default:
				other = true
			}
		}
		out[i] = num && !other
	}
	return out
}

func isNumber(v any) bool {
	switch v.(type) {
	case int, int64, float64:
		return true
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
