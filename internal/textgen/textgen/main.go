// Command textgen writes generated news-like articles, for measuring
// kg extract on a large corpus:
//
//	go run ./internal/textgen/textgen -mb 100 -dir /tmp/corpus100
//	/usr/bin/time -v bin/kg extract /tmp/corpus100 > /dev/null
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kgraph/kg/internal/textgen"
)

func main() {
	dir := flag.String("dir", "corpus", "directory to write the articles into")
	mb := flag.Int("mb", 100, "megabytes of text to write")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "textgen: %v\n", err)
		os.Exit(1)
	}
	g := textgen.New(*seed)
	files := 0
	for n := 0; n < *mb<<20; files++ {
		a := g.Article(6000)
		if err := os.WriteFile(filepath.Join(*dir, a.ID+".txt"), []byte(a.Text), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "textgen: %v\n", err)
			os.Exit(1)
		}
		n += len(a.Text)
	}
	fmt.Fprintf(os.Stderr, "textgen: %d articles in %s\n", files, *dir)
}
