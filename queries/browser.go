package queries

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// BrowserParams returns Neo4j Browser :param lines that set every parameter
// of q: the example value where the header gives one, else the default, in
// the form the query expects (actor parameters take an id, a name or an
// alias; dates are YYYY-MM-DD).
func (q Query) BrowserParams() []string {
	ex := map[string]string{}
	for _, a := range q.Example {
		ex[a.Name] = a.Value
	}
	var out []string
	for _, p := range q.Params {
		v, ok := ex[p.Name]
		if !ok {
			v = p.Default
		}
		var lit string
		switch conv, err := convert(p, v, nil); {
		case err != nil || conv == nil:
			lit = "null"
		case p.Type == "list":
			var items []string
			for _, x := range conv.([]any) {
				items = append(items, strconv.Quote(x.(string)))
			}
			lit = "[" + strings.Join(items, ", ") + "]"
		case p.Type == "int", p.Type == "float", p.Type == "bool":
			lit = fmt.Sprint(conv)
		default:
			lit = "'" + strings.ReplaceAll(fmt.Sprint(conv), "'", `\'`) + "'"
		}
		out = append(out, fmt.Sprintf(":param %s => %s", p.Name, lit))
	}
	return out
}

// BrowserFavorite returns q as a Neo4j Browser favorite script: a title
// comment, the :param lines, then the query (run it with the multi-statement
// editor, Browser's default).
func (q Query) BrowserFavorite() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// kg: %s\n// %s\n// Generated from queries/%s by `go generate ./queries`; edit that file, not this one.\n", q.Name, q.Description, q.File)
	for _, l := range q.BrowserParams() {
		b.WriteString(l + ";\n")
	}
	b.WriteString(strings.TrimRight(body(q.Cypher), "\n") + ";\n")
	return b.String()
}

// body is the query text without its header comments.
func body(cypher string) string {
	lines := strings.Split(cypher, "\n")
	i := 0
	for i < len(lines) && (strings.HasPrefix(strings.TrimSpace(lines[i]), "//") || strings.TrimSpace(lines[i]) == "") {
		i++
	}
	return strings.Join(lines[i:], "\n")
}

// BrowserGuide returns a Neo4j Browser guide (for :play URL) with a slide
// per saved query: what it does, its parameters, a runnable :param block
// and the runnable query.
func BrowserGuide(qs []Query) string {
	var b strings.Builder
	b.WriteString(`<!-- Generated from queries/*.cypher by "go generate ./queries"; do not edit. -->
<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>kg: saved reports</h3>
        <p>The saved queries of <code>kg query</code>, one per slide. On each slide, click the
        <code>:param</code> block to put it in the editor and run it (change the values first),
        then click the query and run it. Actor parameters take an actor id
        (<code>kim-jong-un</code>), its name or an alias; dates are <code>'YYYY-MM-DD'</code>
        (<code>from</code> the first day, <code>to</code> the last), or <code>null</code>.</p>
        <ol>
`)
	for _, q := range qs {
		fmt.Fprintf(&b, "          <li><b>%s</b>: %s</li>\n", html.EscapeString(q.Name), html.EscapeString(firstSentence(q.Description)))
	}
	b.WriteString("        </ol>\n      </div>\n    </slide>\n")
	for _, q := range qs {
		fmt.Fprintf(&b, "    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n        <h3>%s</h3>\n        <p>%s</p>\n",
			html.EscapeString(q.Name), html.EscapeString(q.Description))
		if len(q.Params) > 0 {
			b.WriteString("        <table class=\"table\">\n          <tr><th>parameter</th><th>type</th><th>default</th><th>meaning</th></tr>\n")
			for _, p := range q.Params {
				def := "required"
				if p.HasDefault {
					def = p.Default
					if def == "" {
						def = "none"
					}
				}
				typ := p.Type
				if c := p.Constraint(); c != "" {
					typ += " (" + c + ")"
				}
				fmt.Fprintf(&b, "          <tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
					html.EscapeString(p.Name), html.EscapeString(typ), html.EscapeString(def), html.EscapeString(p.Description))
			}
			b.WriteString("        </table>\n")
			fmt.Fprintf(&b, "        <pre class=\"pre-scrollable code runnable\">%s</pre>\n", html.EscapeString(strings.Join(q.BrowserParams(), "\n")))
		}
		fmt.Fprintf(&b, "        <pre mode=\"cypher\" class=\"pre-scrollable code runnable\">%s</pre>\n", html.EscapeString(strings.TrimRight(body(q.Cypher), "\n")))
		fmt.Fprintf(&b, "        <p>From the shell: <code>%s</code></p>\n      </div>\n    </slide>\n", html.EscapeString(q.CommandLine()))
	}
	b.WriteString("  </carousel>\n</article>\n")
	return b.String()
}

// CommandLine returns the kg query command that runs q's example.
func (q Query) CommandLine() string {
	parts := []string{"kg query " + q.Name}
	for _, a := range q.Example {
		v := a.Value
		if strings.ContainsAny(v, " '\"") {
			v = strconv.Quote(v)
		}
		parts = append(parts, "--param "+a.Name+"="+v)
	}
	return strings.Join(parts, " ")
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}
