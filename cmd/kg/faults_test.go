package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/extract"
)

// Input faults: each bad input gets one warning line naming it, the good
// inputs beside it are still processed, and the exit status says so.

func TestFault_HugeFileSkipped(t *testing.T) {
	dir := t.TempDir()
	article(t, dir, "small", "Russian Foreign Minister Sergey Lavrov visited Pyongyang on May 31, 2018.")
	writeFile(t, filepath.Join(dir, "huge.txt"), strings.Repeat("Lorem ipsum dolor sit amet. ", 100))
	t.Setenv("KG_EXTRACT_MAX_FILE_BYTES", "1000")
	code, out, errOut := kg(t, "extract", dir)
	want := "kg: warning: " + filepath.Join(dir, "huge.txt") + ": file is 2800 bytes, over the 1000-byte limit (extract.max_file_bytes)\n"
	if code != exitPartial || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitPartial, want)
	}
	if !strings.Contains(out, `lavrov","name"`) {
		t.Errorf("the small file was not processed: %s", out)
	}
}

func TestFault_MalformedFrontMatter(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, bad, "---\nid: [unclosed\npublished: 2019-13-45\n---\nChinese President Xi Jinping visited Pyongyang on June 20, 2019.\n")
	article(t, dir, "fine", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")
	code, out, errOut := kg(t, "extract", dir)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "kg: warning: "+bad) {
		t.Errorf("want one warning naming %s, then the skipped count; got:\n%s", bad, errOut)
	}
	if !strings.Contains(out, `"doc":"fine"`) {
		t.Errorf("the good file was not processed: %s", out)
	}
}

func TestFault_MissingPathAlone(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	code, out, errOut := kg(t, "extract", missing)
	want := "kg: warning: " + missing + ": no such file or directory\nkg: nothing to extract: every input was skipped\n"
	if code != exitError || errOut != want || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, want)
	}
}

func TestFault_OverlongEventLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ev.jsonl")
	writeFile(t, path, `{"id":"`+strings.Repeat("x", extract.MaxLineBytes)+"\"}\n")
	code, _, errOut := kg(t, "load", path, "--neo4j-uri", "bolt://127.0.0.1:1")
	want := "kg: warning: " + path + ":1: line longer than 4194304 bytes\n"
	if code != exitError || !strings.HasPrefix(errOut, want) {
		t.Errorf("exit %d, stderr %q; want exit 1 starting %q", code, errOut, want)
	}
	if strings.Contains(errOut, "127.0.0.1:1") {
		t.Errorf("nothing to load, so kg should not have dialled Neo4j: %s", errOut)
	}
}

// TestMain lets the tests run kg as a separate process (kgExec): the test
// binary re-executed with KG_TEST_MAIN=1 is kg.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_MAIN") == "1" {
		main()
	}
	code := m.Run()
	for _, f := range afterAll {
		f()
	}
	os.Exit(code)
}

// afterAll are cleanups that run after every test of the package.
var afterAll []func()

var (
	kgBinOnce sync.Once
	kgBin     string
	kgBinErr  error
)

// kgExec runs kg as a separate process with the given extra environment
// (KG_* and NEO4J_* variables of the test's own environment are dropped) and
// returns its exit code, stdout and stderr. With unprivileged, kg runs as
// nobody (via setpriv when the tests run as root), so that file permissions
// apply. A run longer than a minute is killed and fails the test.
func kgExec(t *testing.T, unprivileged bool, env []string, args ...string) (int, string, string) {
	t.Helper()
	argv := append([]string{kgBinary(t)}, args...)
	if unprivileged && os.Geteuid() == 0 {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv: root reads any file, so permission errors cannot be produced")
		}
		argv = append([]string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"}, argv...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = "/" // no kg.yaml
	cmd.Env = append(kgEnv(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("kg %s did not finish within a minute (killed): stderr %s", strings.Join(args, " "), errOut.String())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

// kgEnv is the environment of a kg process: the test's, without its KG_* and
// NEO4J_* variables.
func kgEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KG_") && !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	return append(env, "KG_TEST_MAIN=1")
}

// kgBinary returns a copy of the test binary that any user may execute; run
// with KG_TEST_MAIN=1 (kgEnv) it is kg.
func kgBinary(t *testing.T) string {
	t.Helper()
	kgBinOnce.Do(func() {
		// A copy of the test binary that any user may execute.
		dir, err := os.MkdirTemp("", "kg-faults-bin-")
		if err != nil {
			kgBinErr = err
			return
		}
		afterAll = append(afterAll, func() { os.RemoveAll(dir) })
		self, err := os.Executable()
		if err != nil {
			kgBinErr = err
			return
		}
		data, err := os.ReadFile(self)
		if err != nil {
			kgBinErr = err
			return
		}
		kgBin = filepath.Join(dir, "kg")
		if err := os.WriteFile(kgBin, data, 0o755); err == nil {
			kgBinErr = os.Chmod(dir, 0o755)
		} else {
			kgBinErr = err
		}
	})
	if kgBinErr != nil {
		t.Fatal(kgBinErr)
	}
	return kgBin
}

// worldReadable makes dir and its parent searchable by other users (t.TempDir
// creates both with mode 0700).
func worldReadable(t *testing.T, dir string) {
	t.Helper()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFault_MixedDirectory runs kg extract, as an unprivileged user, over one
// directory holding every kind of bad input beside good articles, plus a
// missing path: each bad input gets exactly one warning naming it (and the
// line where there is one), the good articles are extracted, and the exit
// status is 3.
func TestFault_MixedDirectory(t *testing.T) {
	d := t.TempDir()
	worldReadable(t, d)
	article(t, d, "a-good", "Russian Foreign Minister Sergey Lavrov visited Pyongyang on May 31, 2018.")
	writeFile(t, filepath.Join(d, "b-binary.txt"), "abc\x00def")
	writeFile(t, filepath.Join(d, "c-empty.txt"), " \n")
	writeFile(t, filepath.Join(d, "d-huge.txt"), strings.Repeat("Lorem ipsum dolor sit amet. ", 100))
	writeFile(t, filepath.Join(d, "e-latin1.txt"), "Kim Jong-un met Moon Jae-in.\ncaf\xe9\n")
	writeFile(t, filepath.Join(d, "f-frontmatter.txt"), "---\nid: [unclosed\n---\nXi Jinping visited Pyongyang.\n")
	if err := syscall.Mkfifo(filepath.Join(d, "g-fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(d, "nowhere.txt"), filepath.Join(d, "h-dangling.txt")); err != nil {
		t.Fatal(err)
	}
	unreadable := filepath.Join(d, "i-unreadable.txt")
	writeFile(t, unreadable, "Xi Jinping visited Pyongyang on June 20, 2019.\n")
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(d, "j-dir.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	article(t, filepath.Join(d, "j-dir.txt"), "k-nested", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")
	if err := os.Rename(filepath.Join(d, "j-dir.txt", "k-nested.txt"), filepath.Join(d, "j-dir.txt", "k-nested.md")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(d, "real-article"), "Japanese Prime Minister Shinzo Abe visited Beijing on October 25, 2018.\n")
	if err := os.Symlink(filepath.Join(d, "real-article"), filepath.Join(d, "l-link.txt")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(d, "m-notes.pdf"), "%PDF-1.4\x00")
	if err := os.Mkdir(filepath.Join(d, ".hidden"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(d, ".hidden", "x.txt"), "\x00")
	missing := filepath.Join(d, "missing.txt")

	code, out, errOut := kgExec(t, true, []string{"KG_EXTRACT_MAX_FILE_BYTES=2000"}, "extract", d, missing)
	want := strings.Join([]string{
		"kg: warning: " + d + "/g-fifo.txt: not a regular file (named pipe)",
		"kg: warning: " + d + "/h-dangling.txt: broken symbolic link",
		"kg: warning: " + missing + ": no such file or directory",
		"kg: warning: " + d + "/b-binary.txt: binary file (NUL byte at offset 3)",
		"kg: warning: " + d + "/c-empty.txt: file is empty",
		"kg: warning: " + d + "/d-huge.txt: file is 2800 bytes, over the 2000-byte limit (extract.max_file_bytes)",
		"kg: warning: " + d + "/e-latin1.txt:2: not valid UTF-8 (byte offset 32)",
		"kg: warning: " + d + "/f-frontmatter.txt:2: front matter: did not find expected ',' or ']'",
		"kg: warning: " + d + "/i-unreadable.txt: permission denied",
		"kg: 9 input(s) skipped: some inputs were skipped",
	}, "\n") + "\n"
	if code != exitPartial || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", code, errOut, exitPartial, want)
	}
	for _, doc := range []string{"a-good", "k-nested", "l-link"} {
		if !strings.Contains(out, `"doc":"`+doc+`"`) {
			t.Errorf("no events from the good article %s:\n%s", doc, out)
		}
	}
}

// TestFault_PipesAndDirectoriesDoNotHang names a FIFO that nobody writes to,
// a directory and a dangling link as inputs: kg must answer at once (opening
// a FIFO for reading normally waits for a writer, and no signal ends that
// wait), not hang.
func TestFault_PipesAndDirectoriesDoNotHang(t *testing.T) {
	d := t.TempDir()
	for _, name := range []string{"p.txt", "p.jsonl"} {
		if err := syscall.Mkfifo(filepath.Join(d, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(d, "nowhere"), filepath.Join(d, "dangling.jsonl")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract", filepath.Join(d, "p.txt")},
			"kg: warning: " + d + "/p.txt: file is empty\nkg: nothing to extract: every input was skipped\n"},
		{[]string{"load", filepath.Join(d, "p.jsonl"), d, filepath.Join(d, "dangling.jsonl"), "--neo4j-uri", "bolt://127.0.0.1:1"},
			"kg: warning: " + d + "/p.jsonl: no events in file\n" +
				"kg: warning: " + d + ": is a directory\n" +
				"kg: warning: " + d + "/dangling.jsonl: no such file or directory\n" +
				"kg: nothing to load: 3 input(s) skipped\n"},
	}
	for _, tt := range tests {
		done := make(chan struct{})
		var code int
		var out, errOut string
		go func() {
			defer close(done)
			code, out, errOut = kg(t, tt.args...)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("kg %s hangs", strings.Join(tt.args, " "))
		}
		if code != exitError || out != "" || errOut != tt.want {
			t.Errorf("kg %s: exit %d, stdout %q, stderr:\n%s\nwant exit 1, stderr:\n%s", strings.Join(tt.args, " "), code, out, errOut, tt.want)
		}
	}
}

// TestFault_ProcessSubstitutionStillWorks checks that the non-blocking open
// keeps pipes with a writer working: `kg extract <(cat article)`.
func TestFault_ProcessSubstitutionStillWorks(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(200 * time.Millisecond) // kg waits for the data
		_, _ = w.WriteString("Chinese President Xi Jinping visited Pyongyang on June 20, 2019.\n")
		w.Close()
	}()
	defer r.Close()
	code, out, errOut := kg(t, "extract", fmt.Sprintf("/dev/fd/%d", r.Fd()))
	if code != exitOK || !strings.Contains(out, `"relation":"VISIT"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
