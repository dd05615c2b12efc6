package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestDumpSeeds writes the seeds' events to $KG_DUMP (development aid).
func TestDumpSeeds(t *testing.T) {
	out := os.Getenv("KG_DUMP")
	if out == "" {
		t.Skip("set KG_DUMP=FILE to write the seeds' events")
	}
	dict, err := LoadDictionary("testdata/actors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(dict, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../seeds/*.txt")
	f, _ := os.Create(out)
	defer f.Close()
	for _, p := range files {
		b, _ := os.ReadFile(p)
		doc, err := ParseDocument(p, b)
		if err != nil {
			t.Fatal(err)
		}
		res := x.Extract(doc)
		for i, ev := range res.Events {
			if err := ev.Validate(); err != nil {
				t.Error(err)
			}
			b, _ := json.Marshal(ev)
			f.Write(b)
			f.WriteString("\n")
			if os.Getenv("KG_EXPLAIN") != "" {
				e, _ := json.Marshal(res.Explanations[i])
				t.Logf("%s %s %s %s %s %s | %s", ev.Subject.Name, ev.Relation, ev.Object.Name, ev.Date, ev.Modality, e, ev.Text[:min(len(ev.Text), 90)])
			}
		}
	}
}
