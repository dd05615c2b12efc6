package graph

import (
	"go/ast"
	"go/parser"
	"go/printer"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
)

// cypherWord recognises query text in a string literal.
var cypherWord = regexp.MustCompile(`\b(MATCH|MERGE|CREATE|UNWIND|RETURN|DELETE|SET|REMOVE|CALL|FOREACH)\b`)

// interpolationsAllowed are the only expressions graph may splice into
// Cypher text, by the function that does it. Labels and relationship types
// cannot be parameters, so they come from the fixed vocabulary: t is an
// extract.Relations name and k an extract.Kinds name, each checked by
// relTypeOK or kindOK (which panic otherwise); lower is strings.ToLower(t);
// p ranges over a fixed list of indexed properties and props over the fixed
// event property names; others are the other extract.Kinds. These builders
// run once, at init, on no data; the template check below proves it.
var interpolationsAllowed = map[string][]string{
	"buildRelStatements":  {"lower", "p", `strings.Join(props, ", ")`, "t"},
	"buildKindStatements": {"k", `strings.Join(others, ":")`},
	"buildDyadStatements": {`strings.Join(relTypes(), "|")`},
}

// TestFault_Cypher_InterpolatesOnlyVocabulary reads graph's source and fails
// on any Cypher text built with fmt.Sprintf or + from anything but the
// vocabulary; then checks that the statements built per relation and per
// kind differ only by the vocabulary word.
func TestFault_Cypher_InterpolatesOnlyVocabulary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	got := map[string][]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.CallExpr:
					sel, ok := x.Fun.(*ast.SelectorExpr)
					if !ok || !isPkg(sel.X, "fmt") || sel.Sel.Name == "Errorf" || !strings.HasSuffix(sel.Sel.Name, "f") || len(x.Args) == 0 {
						return true
					}
					i := 0
					if sel.Sel.Name == "Fprintf" || sel.Sel.Name == "Appendf" {
						i = 1
					}
					if i >= len(x.Args) || !isCypher(x.Args[i]) {
						return true
					}
					for _, a := range x.Args[i+1:] {
						got[fn.Name.Name] = append(got[fn.Name.Name], src(fset, a))
					}
				case *ast.BinaryExpr:
					if x.Op == gotoken.ADD && (isCypher(x.X) || isCypher(x.Y)) && !(isLit(x.X) && isLit(x.Y)) {
						t.Errorf("%s: Cypher built with +: %s", fset.Position(x.Pos()), src(fset, x))
					}
				}
				return true
			})
		}
	}
	for fn, exprs := range got {
		allowed := interpolationsAllowed[fn]
		for _, e := range exprs {
			if !contains(allowed, e) {
				t.Errorf("%s splices %s into Cypher; only the vocabulary (%v) may be", fn, e, allowed)
			}
		}
	}
	if len(got) == 0 {
		t.Error("found no Cypher built with fmt; has the statement builder moved?")
	}

	// The guards the allow-list relies on.
	for _, bad := range []string{"", "MEET]->() DETACH DELETE r //", "meet", "VISIT`"} {
		if relTypeOK(bad) {
			t.Errorf("relTypeOK(%q) = true", bad)
		}
	}
	for _, bad := range []string{"", "Person:Admin", "Person)", "person"} {
		if kindOK(bad) {
			t.Errorf("kindOK(%q) = true", bad)
		}
	}
	// Statements per relation type are one template: replacing the type
	// (and its lower-case form) gives the same text for every type.
	var first string
	for _, r := range extract.Relations {
		norm := strings.NewReplacer(r.Name, "REL", strings.ToLower(r.Name), "rel")
		text := norm.Replace(statementText(reflect.ValueOf(relCypher[r.Name])))
		if first == "" {
			first = text
		} else if text != first {
			t.Errorf("statements for %s differ from the others' by more than the type", r.Name)
		}
	}
	var kindTemplate string
	for _, k := range extract.Kinds {
		text := statementText(reflect.ValueOf(kindCypher[k]))
		for _, o := range extract.Kinds {
			text = strings.ReplaceAll(text, ":"+o, ":KIND")
		}
		if kindTemplate == "" {
			kindTemplate = text
		} else if text != kindTemplate {
			t.Errorf("statements for kind %s differ from the others' by more than the labels:\n%s\n%s", k, text, kindTemplate)
		}
	}
}

// statementText joins every string in a statements struct.
func statementText(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return v.String() + "\n"
	case reflect.Slice, reflect.Array:
		var b strings.Builder
		for i := 0; i < v.Len(); i++ {
			b.WriteString(statementText(v.Index(i)))
		}
		return b.String()
	case reflect.Struct:
		var b strings.Builder
		for i := 0; i < v.NumField(); i++ {
			b.WriteString(statementText(v.Field(i)))
		}
		return b.String()
	}
	return ""
}

func isPkg(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func isLit(e ast.Expr) bool {
	_, ok := e.(*ast.BasicLit)
	return ok
}

// isCypher reports whether e is a string literal holding Cypher.
func isCypher(e ast.Expr) bool {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != gotoken.STRING {
		return false
	}
	s, err := strconv.Unquote(lit.Value)
	return err == nil && cypherWord.MatchString(s)
}

func src(fset *gotoken.FileSet, n ast.Node) string {
	var b strings.Builder
	_ = printer.Fprint(&b, fset, n)
	return b.String()
}

func contains(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}
