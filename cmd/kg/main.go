// Command kg builds a knowledge graph of international relations from news
// text: kg extract turns articles into events, kg load writes them to Neo4j,
// kg query and kg export read them back for analysts.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], systemStreams())
	stop()
	os.Exit(code)
}
