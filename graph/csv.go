package graph

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The bulk path: WriteImportCSV writes the same nodes, relationships and
// properties Load would write, as header and data files for
//
//	neo4j-admin database import full neo4j $(ImportArgs dir)
//
// into an empty database; start the server afterwards and call EnsureSchema.

// importFile is one header + data file pair of the bulk import.
type importFile struct {
	name   string // base name: name.header.csv and name.csv
	nodes  bool   // --nodes, else --relationships
	header []string
}

var importFiles = []importFile{
	{"actors", true, []string{"id:ID(Actor)", "name", "kind", "aliases:string[]", ":LABEL"}},
	{"documents", true, []string{"id:ID(Document)", "title", "source", "published:date", "url", "sha256", ":LABEL"}},
	{"events", false, append([]string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"}, eventColumns...)},
	{"mentions", false, []string{":START_ID(Document)", ":END_ID(Actor)", ":TYPE", "count:long"}},
	{"affiliations", false, []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "role", "from", "to"}},
	{"dyads", false, []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "events:long", "relations:string[]",
		"counts:long[]", "goldstein:double[]", "first:string[]", "last:string[]"}},
}

// eventColumns are the event properties with their import types.
var eventColumns = []string{"id", "date", "start:date", "end:date", "year:long", "precision",
	"modality", "confidence:double", "doc", "sentence:long", "text", "place", "cameo",
	"goldstein:double", "rule"}

// ImportArgs returns the neo4j-admin `database import full` options that
// read the files WriteImportCSV wrote to dir (made absolute). Put the
// database name before them: `database import full neo4j ARGS…`.
func ImportArgs(dir string) ([]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("import args: %w", err)
	}
	args := []string{"--multiline-fields=true", "--array-delimiter=;", "--id-type=string",
		"--report-file=" + filepath.Join(abs, "import.report")}
	for _, f := range importFiles {
		kind := "--relationships="
		if f.nodes {
			kind = "--nodes="
		}
		args = append(args, kind+filepath.Join(abs, f.name+".header.csv")+","+filepath.Join(abs, f.name+".csv"))
	}
	return args, nil
}

// WriteImportCSV writes b as header and data CSV files into dir (created if
// needed) for neo4j-admin database import full; see ImportArgs.
func WriteImportCSV(dir string, b Batch) error {
	p, err := prepare(b)
	if err != nil {
		return fmt.Errorf("write import csv: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write import csv: %w", err)
	}
	rows := map[string][][]string{}
	// Actors, documents.
	for _, k := range extract.Kinds {
		for _, r := range p.actors[k] {
			pr := r["props"].(map[string]any)
			var aliases string
			if a, ok := pr["aliases"].([]string); ok {
				clean := make([]string, len(a))
				for i, s := range a {
					clean[i] = strings.ReplaceAll(s, ";", ",")
				}
				aliases = strings.Join(clean, ";")
			}
			rows["actors"] = append(rows["actors"], []string{r["id"].(string), csvValue(pr["name"]),
				csvValue(pr["kind"]), aliases, "Actor;" + k})
		}
	}
	for _, id := range p.docIDs {
		row := []string{id, "", "", "", "", "", "Document"}
		if d := p.docs[id]; d != nil {
			pr := documentProps(d)
			row = []string{id, csvValue(pr["title"]), csvValue(pr["source"]), csvValue(pr["published"]),
				csvValue(pr["url"]), csvValue(pr["sha256"]), "Document"}
		}
		rows["documents"] = append(rows["documents"], row)
		for _, m := range p.mentions[id] {
			rows["mentions"] = append(rows["mentions"], []string{id, m["actor"].(string), "MENTIONS", csvValue(m["count"])})
		}
	}
	// Events.
	for _, t := range relTypes() {
		for _, r := range p.events[t] {
			row := []string{r.s, r.o, t}
			for _, v := range r.props() {
				row = append(row, csvValue(v))
			}
			rows["events"] = append(rows["events"], row)
		}
	}
	// Dyad summaries, as Load would keep them.
	for _, d := range dyadsOf(p) {
		rows["dyads"] = append(rows["dyads"], dyadCSVRow(d))
	}
	// Affiliations.
	for _, s := range p.affSync {
		for _, a := range p.affCreate[s["id"].(string)] {
			rows["affiliations"] = append(rows["affiliations"], []string{a["id"].(string), a["org"].(string),
				"AFFILIATED_WITH", csvValue(a["role"]), csvValue(a["from"]), csvValue(a["to"])})
		}
	}
	for _, f := range importFiles {
		if err := writeCSV(filepath.Join(dir, f.name+".header.csv"), [][]string{f.header}); err != nil {
			return fmt.Errorf("write import csv: %w", err)
		}
		if err := writeCSV(filepath.Join(dir, f.name+".csv"), rows[f.name]); err != nil {
			return fmt.Errorf("write import csv: %w", err)
		}
	}
	return nil
}

// csvValue formats a parameter value as an import field; nil is an empty
// field, which the importer reads as "no property".
func csvValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	default:
		return fmt.Sprint(x)
	}
}

func writeCSV(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
