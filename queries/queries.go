package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed *.cypher
var files embed.FS

// Param is one parameter of a saved query, declared in its header as
//
//	// param: NAME TYPE [= DEFAULT] [(A|B|C) or (MIN..MAX)] - description
//
// TYPE is string, int, float, bool, date (YYYY, YYYY-MM or YYYY-MM-DD, bound
// as the period's first day), date-end (the same, bound as its last day, so
// "to = 2019" includes all of 2019),
// list (comma-separated strings) or actor (a name or alias the dictionary
// resolves to an actor id). A parameter without a default is required.
//
// The optional constraint in parentheses lists the allowed values of a
// string or list parameter (matched without regard to case and bound in the
// spelling given), or the inclusive range of an int parameter.
type Param struct {
	Name        string
	Type        string
	Default     string // raw text; "" with HasDefault means the empty value
	HasDefault  bool
	Description string
	Values      []string // allowed values of a string or list parameter; nil = any
	Min, Max    int64    // inclusive range of an int parameter when HasRange
	HasRange    bool
}

// Constraint renders the allowed values or range as in the header, "" when
// the parameter has none.
func (p Param) Constraint() string {
	switch {
	case p.HasRange:
		return fmt.Sprintf("%d..%d", p.Min, p.Max)
	case len(p.Values) > 0:
		return strings.Join(p.Values, "|")
	}
	return ""
}

// Query is a saved report: a .cypher file with a header of // comments.
type Query struct {
	Name        string  // the file name without .cypher
	Description string  // "// description: ..." lines joined
	Params      []Param // in header order
	Example     []Arg   // "// example: a=Russia; b=North Korea": values for the docs and the Browser guide
	Cypher      string  // the whole file text, header included
	File        string
}

var paramTypes = map[string]bool{"string": true, "int": true, "float": true, "bool": true, "date": true, "date-end": true, "list": true, "actor": true}

// All returns the saved queries sorted by name. The embedded files are
// checked by tests, so a parse error here is a programming error.
func All() []Query {
	names, err := fs.Glob(files, "*.cypher")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	qs := make([]Query, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			panic(err)
		}
		q, err := Parse(n, string(b))
		if err != nil {
			panic(err)
		}
		qs = append(qs, q)
	}
	return qs
}

// Get returns the saved query called name.
func Get(name string) (Query, bool) {
	for _, q := range All() {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

// Names lists the saved queries' names.
func Names() []string {
	var out []string
	for _, q := range All() {
		out = append(out, q.Name)
	}
	return out
}

// Parse reads a saved query's header.
func Parse(file, text string) (Query, error) {
	q := Query{Name: strings.TrimSuffix(file, ".cypher"), Cypher: text, File: file}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			if line == "" {
				continue
			}
			break
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, val, ok := strings.Cut(body, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			if val != q.Name {
				return q, fmt.Errorf("%s:%d: name %q does not match the file name", file, i+1, val)
			}
		case "description":
			q.Description = strings.TrimSpace(q.Description + " " + val)
		case "example":
			for _, kv := range strings.Split(val, ";") {
				k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
				if !ok {
					return q, fmt.Errorf("%s:%d: example %q: want name=value; name=value", file, i+1, val)
				}
				q.Example = append(q.Example, Arg{strings.TrimSpace(k), strings.TrimSpace(v)})
			}
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return q, fmt.Errorf("%s:%d: %w", file, i+1, err)
			}
			q.Params = append(q.Params, p)
		}
	}
	if q.Description == "" {
		return q, fmt.Errorf("%s: no \"// description:\" line", file)
	}
	return q, nil
}

func parseParam(s string) (Param, error) {
	var p Param
	decl, desc, _ := strings.Cut(s, " - ")
	p.Description = strings.TrimSpace(desc)
	if i := strings.Index(decl, "("); i >= 0 {
		j := strings.LastIndex(decl, ")")
		if j < i {
			return p, fmt.Errorf("param %q: unclosed \"(\"", s)
		}
		cons := strings.TrimSpace(decl[i+1 : j])
		decl = decl[:i] + decl[j+1:]
		if lo, hi, ok := strings.Cut(cons, ".."); ok {
			var err1, err2 error
			p.Min, err1 = strconv.ParseInt(strings.TrimSpace(lo), 10, 64)
			p.Max, err2 = strconv.ParseInt(strings.TrimSpace(hi), 10, 64)
			if err1 != nil || err2 != nil || p.Min > p.Max {
				return p, fmt.Errorf("param %q: bad range %q", s, cons)
			}
			p.HasRange = true
		} else {
			for _, v := range strings.Split(cons, "|") {
				if v = strings.TrimSpace(v); v != "" {
					p.Values = append(p.Values, v)
				}
			}
		}
	}
	decl, def, hasDef := strings.Cut(decl, "=")
	f := strings.Fields(decl)
	if len(f) != 2 {
		return p, fmt.Errorf("param %q: want \"NAME TYPE [= DEFAULT] - description\"", s)
	}
	p.Name, p.Type = f[0], f[1]
	if !paramTypes[p.Type] {
		return p, fmt.Errorf("param %s: unknown type %q", p.Name, p.Type)
	}
	if p.HasRange && p.Type != "int" {
		return p, fmt.Errorf("param %s: a range needs type int, not %s", p.Name, p.Type)
	}
	if p.Values != nil && p.Type != "string" && p.Type != "list" {
		return p, fmt.Errorf("param %s: allowed values need type string or list, not %s", p.Name, p.Type)
	}
	if hasDef {
		p.HasDefault = true
		p.Default = strings.Trim(strings.TrimSpace(def), `"`)
	}
	return p, nil
}

// HasParam reports whether the query declares the parameter name.
func (q Query) HasParam(name string) bool {
	for _, p := range q.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// Arg is a parameter value given as text, as to kg query --param.
type Arg struct{ Name, Value string }

// Resolver turns an actor name or alias into an actor id.
type Resolver func(name string) (id string, err error)

// Bind converts raw --param values to driver parameters, applying defaults
// and types. Unknown names and missing required parameters are errors.
func (q Query) Bind(raw map[string]string, resolve Resolver) (map[string]any, error) {
	out := map[string]any{}
	known := map[string]bool{}
	for _, p := range q.Params {
		known[p.Name] = true
		v, given := raw[p.Name]
		if !given {
			if !p.HasDefault {
				return nil, fmt.Errorf("query %s: parameter %s (%s) is required", q.Name, p.Name, p.Type)
			}
			v = p.Default
		}
		val, err := convert(p, v, resolve)
		if err != nil {
			return nil, fmt.Errorf("query %s: parameter %s: %w", q.Name, p.Name, err)
		}
		out[p.Name] = val
	}
	var unknown []string
	for k := range raw {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var names []string
		for _, p := range q.Params {
			names = append(names, p.Name)
		}
		return nil, fmt.Errorf("query %s: unknown parameter %s (it takes: %s)", q.Name, strings.Join(unknown, ", "), strings.Join(names, ", "))
	}
	return out, nil
}

func convert(p Param, v string, resolve Resolver) (any, error) {
	if v == "" && p.Type != "string" {
		if p.Type == "list" {
			return []any{}, nil
		}
		return nil, nil
	}
	switch p.Type {
	case "int":
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a whole number", v)
		}
		if p.HasRange && (n < p.Min || n > p.Max) {
			return nil, fmt.Errorf("%d is out of range (%d to %d)", n, p.Min, p.Max)
		}
		return n, nil
	case "float":
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", v)
		}
		return n, nil
	case "bool":
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, fmt.Errorf("%q is not true or false", v)
		}
		return b, nil
	case "date":
		return normalizeDate(v, false)
	case "date-end":
		return normalizeDate(v, true)
	case "list":
		out := []any{}
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				c, err := allowed(p, s)
				if err != nil {
					return nil, err
				}
				out = append(out, c)
			}
		}
		return out, nil
	case "actor":
		if resolve == nil {
			return v, nil
		}
		return resolve(v)
	case "string":
		return allowed(p, v)
	}
	return v, nil
}

// allowed returns v in the spelling of p.Values, or an error naming them.
func allowed(p Param, v string) (string, error) {
	if p.Values == nil {
		return v, nil
	}
	for _, a := range p.Values {
		if strings.EqualFold(a, v) {
			return a, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", v, strings.Join(p.Values, ", "))
}

// normalizeDate accepts YYYY, YYYY-MM or YYYY-MM-DD and returns the period's
// first day, or with end its last day.
func normalizeDate(v string, end bool) (string, error) {
	parts := strings.Split(v, "-")
	ok := len(parts) >= 1 && len(parts) <= 3 && len(parts[0]) == 4
	for i, p := range parts {
		if _, err := strconv.Atoi(p); err != nil || (i > 0 && len(p) != 2) {
			ok = false
		}
	}
	if !ok {
		return "", fmt.Errorf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", v)
	}
	switch {
	case len(parts) == 3:
	case !end && len(parts) == 1:
		parts = append(parts, "01", "01")
	case !end:
		parts = append(parts, "01")
	case len(parts) == 1:
		parts = append(parts, "12", "31")
	default:
		y, _ := strconv.Atoi(parts[0])
		m, _ := strconv.Atoi(parts[1])
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		parts = append(parts, strconv.Itoa(last))
	}
	d := strings.Join(parts, "-")
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return "", fmt.Errorf("%q is not a valid date", v)
	}
	return d, nil
}
