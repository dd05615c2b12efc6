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
	x := MustExtractor(t)
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

// TestDebugText prints the events of $KG_TEXT published $KG_PUB (development aid).
func TestDebugText(t *testing.T) {
	text := os.Getenv("KG_TEXT")
	if text == "" {
		t.Skip("set KG_TEXT=... [KG_PUB=YYYY-MM-DD] to print its events")
	}
	x := MustExtractor(t)
	res := x.Extract(Document{ID: "t", Published: os.Getenv("KG_PUB"), Body: text})
	if os.Getenv("KG_MENTIONS") != "" {
		st := &docState{known: map[string]*Entry{}, counts: map[string]*Mention{}, pubStr: os.Getenv("KG_PUB")}
		toks := tokenize(text, 0, len(text))
		for _, stoks := range splitSentences(toks) {
			s := &sentence{toks: stoks}
			for _, m := range x.findMentions(s, st) {
				id := ""
				if m.ent != nil {
					id = m.ent.ID
				}
				t.Logf("mention %q kind=%d ent=%s appos=%v", m.text, m.kind, id, m.appos)
			}
		}
	}
	for i, ev := range res.Events {
		e, _ := json.Marshal(res.Explanations[i])
		t.Logf("%s %s %s %s %s %s", ev.Subject.ID, ev.Relation, ev.Object.ID, ev.Date, ev.Modality, e)
	}
}
