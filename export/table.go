package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// evidenceRow is one line of the evidence table.
type evidenceRow struct {
	Date, Relation, Subject, Object, Quote string
	Doc                                    Document
	HasDoc                                 bool
}

// evidence lists g's edges in date order (undated last) for a table.
func evidence(p *prepared) []evidenceRow {
	var rows []evidenceRow
	for _, e := range p.edges {
		r := evidenceRow{
			Date:     orDefault(dateOf(e), "undated"),
			Relation: relationWords(e.Relation),
			Subject:  p.byID[e.Source].Label,
			Object:   p.byID[e.Target].Label,
		}
		if m, _ := e.Attrs["modality"].(string); m != "" && m != "asserted" {
			r.Relation += " (" + m + ")"
		}
		r.Quote, _ = e.Attrs["text"].(string)
		r.Quote = strings.Join(strings.Fields(r.Quote), " ")
		if id, _ := e.Attrs["doc"].(string); id != "" {
			r.Doc, r.HasDoc = p.g.Documents[id]
			if !r.HasDoc {
				r.Doc, r.HasDoc = Document{ID: id}, true
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// relationWords spells a relation as in figure legends: lowercase words,
// "SIGN_AGREEMENT" as "sign agreement", so that narrow columns can wrap it.
func relationWords(r string) string {
	return strings.ToLower(strings.ReplaceAll(r, "_", " "))
}

// caption is the table's caption: the title, the period and the count.
func caption(g *Graph, p *prepared) string {
	s := fmt.Sprintf("%d event%s", p.events, plural(p.events))
	if other := len(p.edges) - p.events; other > 0 {
		s += fmt.Sprintf(", %d other relationship%s", other, plural(other))
	}
	if per := period(g, p); per != "" {
		s = per + ", " + s
	}
	if g.Title != "" {
		return g.Title + " (" + s + ")"
	}
	return "Events (" + s + ")"
}

// Markdown writes g's evidence table as a pipe table, one row per edge in
// date order: date, relation (in words, with its modality unless asserted), subject,
// object, quote and source (title, outlet, publication date, URL),
// followed by a pandoc "Table:" caption.
func Markdown(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, "| Date | Relation | Subject | Object | Quote | Source |\n|---|---|---|---|---|---|\n")
	for _, r := range evidence(p) {
		quote := ""
		if r.Quote != "" {
			quote = "“" + mdEscape(r.Quote) + "”"
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s |\n", mdEscape(r.Date), mdEscape(r.Relation),
			mdEscape(r.Subject), mdEscape(r.Object), quote, mdSource(r))
	}
	fmt.Fprintf(bw, "\nTable: %s\n", mdEscape(caption(g, p)))
	return bw.Flush()
}

func mdSource(r evidenceRow) string {
	if !r.HasDoc {
		return ""
	}
	var parts []string
	if r.Doc.Title != "" {
		t := "*" + mdEscape(r.Doc.Title) + "*"
		if r.Doc.URL != "" {
			t = "[" + t + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "|", "%7C").Replace(r.Doc.URL) + ")"
		}
		parts = append(parts, t)
	}
	for _, s := range []string{r.Doc.Source, r.Doc.Published} {
		if s != "" {
			parts = append(parts, mdEscape(s))
		}
	}
	if r.Doc.Title == "" && r.Doc.URL != "" {
		parts = append(parts, "<"+r.Doc.URL+">")
	}
	if len(parts) == 0 {
		parts = append(parts, "document "+mdEscape(r.Doc.ID))
	}
	return strings.Join(parts, ", ")
}

// mdEscape keeps text inside one table cell and literal.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`, "]", `\]`).Replace(s)
}

// LaTeX writes g's evidence table as a longtable with booktabs rules, the
// same columns as Markdown, for an appendix: \input it in a document that
// loads booktabs, longtable, array and url (or hyperref). The text is
// UTF-8; LaTeX's special characters are escaped.
func LaTeX(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	head := `\textbf{Date} & \textbf{Relation} & \textbf{Subject} & \textbf{Object} & \textbf{Quote} & \textbf{Source} \\`
	fmt.Fprintf(bw, `%% Evidence table written by kg export; needs \usepackage{booktabs,longtable,array,url}
%% (or hyperref instead of url) and UTF-8 input.
\begingroup
\footnotesize
\setlength{\tabcolsep}{3pt}
\renewcommand{\arraystretch}{1.15}
\begin{longtable}{@{}%[1]sp{0.09\linewidth}%[1]sp{0.11\linewidth}%[1]sp{0.11\linewidth}%[1]sp{0.11\linewidth}%[1]sp{0.315\linewidth}%[1]sp{0.165\linewidth}@{}}
\caption{%[2]s}\label{tab:%[3]s}\\
\toprule
%[4]s
\midrule
\endfirsthead
\multicolumn{6}{@{}l}{\emph{(continued)}}\\
\toprule
%[4]s
\midrule
\endhead
\midrule
\multicolumn{6}{r@{}}{\emph{(continued on next page)}}\\
\endfoot
\bottomrule
\endlastfoot
`, `>{\raggedright\arraybackslash}`, texEscape(caption(g, p)), texLabel(g.Title), head)
	for _, r := range evidence(p) {
		quote := ""
		if r.Quote != "" {
			quote = "“" + texEscape(r.Quote) + "”"
		}
		fmt.Fprintf(bw, "%s & %s & %s & %s & %s & %s \\\\\n", texEscape(r.Date), texEscape(r.Relation),
			texEscape(r.Subject), texEscape(r.Object), quote, texSource(r))
	}
	fmt.Fprint(bw, "\\end{longtable}\n\\endgroup\n")
	return bw.Flush()
}

func texSource(r evidenceRow) string {
	if !r.HasDoc {
		return ""
	}
	var parts []string
	if r.Doc.Title != "" {
		parts = append(parts, `\emph{`+texEscape(r.Doc.Title)+`}`)
	}
	for _, s := range []string{r.Doc.Source, r.Doc.Published} {
		if s != "" {
			parts = append(parts, texEscape(s))
		}
	}
	if r.Doc.URL != "" {
		parts = append(parts, `\url{`+texURL(r.Doc.URL)+`}`)
	}
	if len(parts) == 0 {
		parts = append(parts, "document "+texEscape(r.Doc.ID))
	}
	return strings.Join(parts, ", ")
}

// texEscape escapes LaTeX's special characters; other UTF-8 text, curly
// quotes included, passes through.
func texEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer(
		`\`, `\textbackslash{}`,
		"&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`,
		"{", `\{`, "}", `\}`,
		"~", `\textasciitilde{}`, "^", `\textasciicircum{}`,
		"<", `\textless{}`, ">", `\textgreater{}`, "|", `\textbar{}`,
	).Replace(s)
}

// texURL percent-encodes what \url cannot take verbatim: backslashes,
// braces and spaces. The table is not a macro argument, so \url reads %,
// # and & verbatim.
func texURL(u string) string {
	return strings.NewReplacer(`\`, "%5C", "{", "%7B", "}", "%7D", " ", "%20").Replace(u)
}

// texLabel makes a \label key from the title: "kg-" and its letters and
// digits, lowercased and joined with hyphens.
func texLabel(title string) string {
	var b strings.Builder
	b.WriteString("kg")
	dash := true
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
