package main

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// captureFactory returns a factory over buffers.
func captureFactory() (*Factory, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	path := ""
	return &Factory{IO: &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, configPath: &path}, &out, &errOut
}

func execute(t *testing.T, cmd *cobra.Command, argv string) error {
	t.Helper()
	cmd.SetArgs(strings.Fields(argv))
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	return cmd.ExecuteContext(context.Background())
}

func TestNewExtractCmd_Flags(t *testing.T) {
	tests := []struct {
		argv    string
		want    ExtractOptions
		wantErr string
	}{
		{"seeds", ExtractOptions{Paths: []string{"seeds"}, Format: "jsonl"}, ""},
		{"a.txt b --out ev.jsonl --format csv --workers 3", ExtractOptions{Paths: []string{"a.txt", "b"}, Out: "ev.jsonl", Format: "csv", Workers: 3}, ""},
		{"seeds --explain", ExtractOptions{Paths: []string{"seeds"}, Format: "jsonl", Explain: true}, ""},
		{"seeds --format xml", ExtractOptions{}, `--format must be jsonl or csv, not "xml"`},
		{"seeds --format csv --explain", ExtractOptions{}, "--explain works with --format jsonl"},
		{"", ExtractOptions{}, "requires at least 1 arg(s), only received 0"},
	}
	for _, tt := range tests {
		t.Run(tt.argv, func(t *testing.T) {
			f, _, _ := captureFactory()
			var got *ExtractOptions
			err := execute(t, newExtractCmd(f, func(o *ExtractOptions) error { got = o; return nil }), tt.argv)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestNewQueryCmd_Flags(t *testing.T) {
	tests := []struct {
		argv    string
		want    QueryOptions
		wantErr string
	}{
		{"dyad-history --param a=Putin --param b=Kim", QueryOptions{Name: "dyad-history", Params: map[string]string{"a": "Putin", "b": "Kim"}, Format: "table"}, ""},
		{"timeline -p actor=Putin -p from=2019 -f md", QueryOptions{Name: "timeline", Params: map[string]string{"actor": "Putin", "from": "2019"}, Format: "md"}, ""},
		{"--cypher RETURN_1 --format json", QueryOptions{Cypher: "RETURN_1", Params: map[string]string{}, Format: "json"}, ""},
		{"", QueryOptions{}, "give a saved query NAME or --cypher, not both or neither (kg queries lists the names)"},
		{"x --cypher RETURN_1", QueryOptions{}, "give a saved query NAME or --cypher, not both or neither (kg queries lists the names)"},
		{"x --param novalue", QueryOptions{}, `--param "novalue": want name=value`},
		{"x --param a=1 --param a=2", QueryOptions{}, "--param a given twice"},
		{"x --format xml", QueryOptions{}, `--format must be one of table, csv, json, md, not "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.argv, func(t *testing.T) {
			f, _, _ := captureFactory()
			var got *QueryOptions
			err := execute(t, newQueryCmd(f, func(o *QueryOptions) error { got = o; return nil }), tt.argv)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestNewLoadCmd_Flags(t *testing.T) {
	f, _, _ := captureFactory()
	var got *LoadOptions
	if err := execute(t, newLoadCmd(f, func(o *LoadOptions) error { got = o; return nil }), "a.jsonl b.jsonl --batch-size 100 --load-workers 4 --replace"); err != nil {
		t.Fatal(err)
	}
	want := LoadOptions{Files: []string{"a.jsonl", "b.jsonl"}, BatchSize: 100, Workers: 4, Replace: true}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("got %+v, want %+v", *got, want)
	}
}

func TestNewEvalCmd_Flags(t *testing.T) {
	f, _, _ := captureFactory()
	var got *EvalOptions
	if err := execute(t, newEvalCmd(f, func(o *EvalOptions) error { got = o; return nil }), "--gold g.jsonl seeds --details"); err != nil {
		t.Fatal(err)
	}
	want := EvalOptions{Gold: "g.jsonl", Paths: []string{"seeds"}, Details: true}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("got %+v, want %+v", *got, want)
	}
	err := execute(t, newEvalCmd(f, func(o *EvalOptions) error { return nil }), "seeds")
	if err == nil || err.Error() != "--gold FILE is required" {
		t.Errorf("err = %v", err)
	}
}

func TestRun_ExitCodesAndOneLineErrors(t *testing.T) {
	tests := []struct {
		argv     string
		wantCode int
		wantErr  string
	}{
		{"frobnicate", exitUsage, "kg: unknown command \"frobnicate\" for \"kg\"\n"},
		{"query", exitUsage, "kg: give a saved query NAME or --cypher, not both or neither (kg queries lists the names)\n"},
		{"extract --nope x", exitUsage, "kg: unknown flag: --nope\n"},
	}
	for _, tt := range tests {
		t.Run(tt.argv, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), strings.Fields(tt.argv), &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
			if code != tt.wantCode {
				t.Errorf("code = %d, want %d", code, tt.wantCode)
			}
			if errOut.String() != tt.wantErr {
				t.Errorf("stderr = %q, want %q", errOut.String(), tt.wantErr)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out.String())
			}
		})
	}
}

func TestLoadConfig_Precedence(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/kg.yaml"
	writeFile(t, path, "neo4j:\n  uri: bolt://from-file:7687\n  username: fileuser\n  database: filedb\nload:\n  batch_size: 77\n")
	t.Setenv("NEO4J_URI", "")
	t.Setenv("KG_NEO4J_URI", "")
	t.Setenv("NEO4J_USERNAME", "envuser")
	t.Setenv("NEO4J_PASSWORD", "s3cret")
	t.Setenv("KG_LOAD_WORKERS", "5")

	f, _, _ := captureFactory()
	cmd := newRootCmd(f)
	cmd.SetArgs([]string{"--config", path, "--neo4j-database", "flagdb", "queries"})
	var cfg *Config
	sub, _, _ := cmd.Find([]string{"queries"})
	sub.RunE = func(c *cobra.Command, _ []string) error {
		var err error
		cfg, err = f.Config(c)
		return err
	}
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := Neo4jConfig{URI: "bolt://from-file:7687", Username: "envuser", Password: "s3cret", Database: "flagdb"}
	if cfg.Neo4j != want {
		t.Errorf("neo4j = %+v, want %+v", cfg.Neo4j, want)
	}
	if cfg.Load.BatchSize != 77 || cfg.Load.Workers != 5 {
		t.Errorf("load = %+v, want batch 77 (file), workers 5 (env)", cfg.Load)
	}
}

func TestConfig_Validate(t *testing.T) {
	base := Config{Neo4j: Neo4jConfig{URI: "bolt://127.0.0.1:7687"}, Extract: ExtractConfig{Workers: 1, MaxFileBytes: 1}, Load: LoadConfig{BatchSize: 1, Workers: 1}}
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := base
	bad.Neo4j.URI = "http://user:hunter2@host:7474"
	err := bad.Validate()
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("err = %v: want an error that hides the password", err)
	}
	for _, uri := range []string{"neo4j+s://x.databases.neo4j.io", "bolt+s://h:7687", "neo4j://h"} {
		ok := base
		ok.Neo4j.URI = uri
		if err := ok.Validate(); err != nil {
			t.Errorf("%s: %v", uri, err)
		}
	}
}

func TestRedactURI(t *testing.T) {
	got := RedactURI("neo4j+s://bob:hunter2@db.example:7687")
	if strings.Contains(got, "hunter2") || !strings.Contains(got, "bob") {
		t.Errorf("RedactURI = %q", got)
	}
}

func TestLoadConfig_CredentialsInURI(t *testing.T) {
	t.Setenv("NEO4J_URI", "neo4j+s://alice:s3cr%40t@db.example:7687")
	t.Setenv("NEO4J_PASSWORD", "ignored")
	cfg, err := loadConfig(nil, filepath.Join(t.TempDir(), "none.yaml"))
	if err == nil {
		t.Fatal("an explicit config path that does not exist should be an error")
	}
	cfg, err = loadConfig(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	want := Neo4jConfig{URI: "neo4j+s://db.example:7687", Username: "alice", Password: "s3cr@t"}
	if cfg.Neo4j != want {
		t.Errorf("got %+v, want %+v", cfg.Neo4j, want)
	}
}
