# kg — see README.md. `make run` builds the seeds graph; `make test` tests
# against a real Neo4j, starting the local one when NEO4J_URI is unset.
SHELL := /bin/bash
GO    ?= go
KG    := bin/kg
WITH_NEO4J := bash scripts/with-neo4j.sh
# An execution count, not a duration: with a duration, Go 1.26's fuzzing
# coordinator can report "context deadline exceeded" at the deadline without
# any failing input (golang/go#75804, fixed in Go 1.27).
FUZZTIME ?= 40000x

.PHONY: all build run test faults fuzz bench bench-queries eval eval-dev neo4j neo4j-stop vet clean

all: build

build:
	$(GO) build -o $(KG) ./cmd/kg

run: build
	@bash scripts/run.sh

## test: vet, unit tests and integration tests against a real Neo4j. The
## packages share one database (each test under its own id prefix), so they
## run one package at a time.
test: build vet
	$(WITH_NEO4J) $(GO) test -count=1 -p 1 -timeout 30m ./...

## faults: fault-injection tests (every test named *Fault*, with the faults
## build tag): bad inputs, the shared Neo4j for read-only and injection checks,
## and throw-away Neo4j servers of their own that they kill -9 (never the
## shared one); then each fuzz target for $(FUZZTIME). A test that exists
## only under the tag must have Fault in its name, or it would never run.
faults: build
	@missed=$$(grep -l '^//go:build.*faults' $$(git ls-files '*_test.go') /dev/null | xargs -r grep -h '^func Test' | grep -v Fault || true); \
	  if [ -n "$$missed" ]; then echo "faults: tests behind the faults tag that -run Fault would miss: $$missed" >&2; exit 1; fi
	$(WITH_NEO4J) $(GO) test -count=1 -tags faults -run 'Fault' -timeout 20m ./...
	$(MAKE) fuzz

## fuzz: every fuzz target of every package for $(FUZZTIME) each, seeded
## from testdata/fuzz/; a failure leaves its input there to commit.
fuzz:
	@set -eo pipefail; \
	  targets=$$($(GO) test -list '^Fuzz' ./... | awk '/^Fuzz/ {f[n++] = $$1} /^ok / {for (i = 0; i < n; i++) print $$2 " " f[i]; n = 0}'); \
	  [ -n "$$targets" ] || { echo "fuzz: no fuzz targets found" >&2; exit 1; }; \
	  while read -r pkg t; do \
	    echo "== fuzz $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) $$pkg </dev/null; \
	  done <<< "$$targets"

## bench: extraction on one core and on all cores beside prose's full
## pipeline on the same text, then loading 200k and 1M generated events
## (batch sizes and workers) beside the naive one-transaction-per-event
## writer in the same run. Figures and how to read them: BENCHMARKS.md.
bench: build
	GOMAXPROCS=1 $(GO) test ./extract -run '^$$' -bench 'Extract/.*/kg/' -count 3
	$(GO) test ./extract -run '^$$' -bench 'Extract/.*/kg/' -count 3
	GOMAXPROCS=1 $(GO) test ./extract -run '^$$' -bench 'Extract/.*/prose/' -benchtime 1x
	$(WITH_NEO4J) $(GO) run ./internal/loadbench -n 200000 -batch 5000,20000 -workers 1,2 -naive 1000
	$(WITH_NEO4J) $(GO) run ./internal/loadbench -n 1000000 -batch 5000 -workers 2 -naive 0 -reload=false

## bench-queries: every saved query on 1M generated events, in a Neo4j of its
## own under .neo4j/bench (loaded on the first run, about a minute).
BENCH_NEO4J := KG_NEO4J_HOME=$(CURDIR)/.neo4j/bench NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475
bench-queries: build
	$(BENCH_NEO4J) bash scripts/neo4j.sh start
	NEO4J_URI=bolt://127.0.0.1:7688 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=$${NEO4J_PASSWORD:-kgpassword} \
	  $(GO) test ./queries -run '^$$' -bench Queries -benchtime 3x -timeout 60m
	$(BENCH_NEO4J) bash scripts/neo4j.sh stop

## eval: score extraction on the seeds, the development sets and the
## report-only held-out set (never tune rules on eval/heldout-b).
eval: build
	@echo "== seeds";               $(KG) eval --gold ../shared/eval/seeds-gold.jsonl seeds | tail -1
	@echo "== dev A (extract/testdata/heldout)"; $(KG) eval --gold extract/testdata/heldout/gold.jsonl extract/testdata/heldout/articles | tail -1
	@if [ -d extract/testdata/dev-c ]; then echo "== dev C (extract/testdata/dev-c)"; $(KG) eval --gold extract/testdata/dev-c/gold.jsonl extract/testdata/dev-c/articles | tail -1; fi
	@echo "== held-out B (eval/heldout-b, report only)"; $(KG) eval --gold eval/heldout-b/gold.jsonl eval/heldout-b/articles | tail -1
	@echo "== held-out E (eval/heldout-e, report only)"; $(KG) eval --gold eval/heldout-e/gold.jsonl eval/heldout-e/articles | tail -1
	@echo "== held-out F (eval/heldout-f, report only)"; $(KG) eval --gold eval/heldout-f/gold.jsonl eval/heldout-f/articles | tail -1
	@echo "== held-out G (eval/heldout-g, report only)"; $(KG) eval --gold eval/heldout-g/gold.jsonl eval/heldout-g/articles | tail -1
	@g=$${TMPDIR:-/tmp}/kg-heldout-gold.jsonl; cat eval/heldout-b/gold.jsonl eval/heldout-e/gold.jsonl eval/heldout-f/gold.jsonl eval/heldout-g/gold.jsonl > $$g; \
	  echo "== held-out B+E+F+G pooled (the estimate for unseen news)"; $(KG) eval --gold $$g eval/heldout-b/articles eval/heldout-e/articles eval/heldout-f/articles eval/heldout-g/articles | tail -1; rm -f $$g

## eval-dev: the seeds and the development sets only (what rules may be
## tuned on); eval adds the report-only held-out sets.
DEV_SETS := extract/testdata/heldout extract/testdata/dev-c extract/testdata/dev-d extract/testdata/bank extract/testdata/dev-g extract/testdata/bank2
eval-dev: build
	@echo "== seeds"; $(KG) eval --gold ../shared/eval/seeds-gold.jsonl seeds | tail -1
	@for d in $(DEV_SETS); do if [ -d $$d ]; then echo "== $$d"; $(KG) eval --gold $$d/gold.jsonl $$d/articles | tail -1; fi; done

neo4j:
	@bash scripts/neo4j.sh start

neo4j-stop:
	@bash scripts/neo4j.sh stop

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

clean:
	rm -rf bin
