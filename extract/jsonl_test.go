package extract

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

const goodEventLine = `{"id":"e-000000000001","doc":"d1","sentence":0,"span":[0,10],"text":"A met B.","subject":{"id":"a","name":"A","kind":"Person","mention":"A"},"relation":"MEET","object":{"id":"b","name":"B","kind":"Country","mention":"B"},"date":"2019-04","precision":"month","date_source":"text","modality":"asserted","place":null,"confidence":0.9,"rule":"verb:meet","cameo":"040","goldstein":1}`

func TestReadEvents_BadLinesReportedAndSkipped(t *testing.T) {
	long := `{"id":"` + strings.Repeat("x", MaxLineBytes) + `"}`
	in := strings.Join([]string{
		goodEventLine,
		`{not json`,
		``,
		`{"id":"e-2","doc":"d1","relation":"HUG","subject":{"id":"a","kind":"Person"},"object":{"id":"b","kind":"Person"},"precision":"none","modality":"asserted"}`,
		long,
		`{"id": 7}`,
		strings.Replace(goodEventLine, "e-000000000001", "e-000000000002", 1),
	}, "\n")
	var got []string
	var bad []string
	err := ReadEvents(strings.NewReader(in), "ev.jsonl", func(e Event) error {
		got = append(got, e.ID)
		return nil
	}, func(le *LineError) { bad = append(bad, le.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"e-000000000001", "e-000000000002"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("events = %v, want %v", got, want)
	}
	want := []string{
		"ev.jsonl:2: invalid JSON: invalid character 'n' looking for beginning of object key string (at byte 2)",
		`ev.jsonl:4: event e-2: unknown relation "HUG"`,
		fmt.Sprintf("ev.jsonl:5: line longer than %d bytes", MaxLineBytes),
		`ev.jsonl:6: invalid JSON: field "id" should be string, not number`,
	}
	if fmt.Sprint(bad) != fmt.Sprint(want) {
		t.Errorf("bad lines:\n got %q\nwant %q", bad, want)
	}
}

func TestEvent_JSONRoundTripWritesNulls(t *testing.T) {
	var e Event
	if err := json.Unmarshal([]byte(goodEventLine), &e); err != nil {
		t.Fatal(err)
	}
	if e.Place != "" || e.Date != "2019-04" {
		t.Fatalf("place %q date %q", e.Place, e.Date)
	}
	e.Date, e.Precision = "", PrecisionNone
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, `"date":null`) || !strings.Contains(s, `"place":null`) {
		t.Errorf("want null date and place: %s", s)
	}
	var back Event
	if err := json.Unmarshal(b, &back); err != nil || back != e {
		t.Errorf("round trip: %v\n got %+v\nwant %+v", err, back, e)
	}
}

// FuzzReadEvents checks that no input makes the event reader panic, and
// that every event it accepts is valid.
func FuzzReadEvents(f *testing.F) {
	f.Add(goodEventLine + "\n{bad\n")
	f.Add("")
	f.Add("\n\n{}\n")
	f.Add(`{"id":"e-1","doc":"d","subject":{"id":"a","kind":"Person"},"object":{"id":"b","kind":"Person"},"relation":"MEET","precision":"year","date":"20x9","modality":"asserted"}`)
	f.Fuzz(func(t *testing.T, in string) {
		err := ReadEvents(strings.NewReader(in), "f.jsonl", func(e Event) error {
			if verr := e.Validate(); verr != nil {
				t.Errorf("accepted an invalid event: %v", verr)
			}
			return nil
		}, func(*LineError) {})
		if err != nil {
			t.Errorf("reading from memory failed: %v", err)
		}
	})
}
