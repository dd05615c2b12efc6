# kg — see README.md. `make run` builds the seeds graph; `make test` tests
# against a real Neo4j, starting the local one when NEO4J_URI is unset.
SHELL := /bin/bash
GO    ?= go
KG    := bin/kg
WITH_NEO4J := bash scripts/with-neo4j.sh
FUZZTIME ?= 10s

.PHONY: all build run test faults fuzz bench eval neo4j neo4j-stop vet clean

all: build

build:
	$(GO) build -o $(KG) ./cmd/kg

run: build
	@bash scripts/run.sh

## test: vet, unit tests and integration tests against a real Neo4j.
test: build vet
	$(WITH_NEO4J) $(GO) test -count=1 -timeout 20m ./...

## faults: fault-injection tests against the real Neo4j (they stop and
## restart the local server), then each fuzz target for $(FUZZTIME).
faults: build
	$(WITH_NEO4J) $(GO) test -count=1 -tags faults -run 'Fault' -timeout 20m ./...
	$(MAKE) fuzz

fuzz:
	@set -e; for pkg in ./extract ./graph ./cmd/kg; do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== fuzz $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

## bench: loading and extraction benchmarks; see BENCHMARKS.md.
bench: build
	$(WITH_NEO4J) $(GO) test ./graph ./extract -run '^$$' -bench . -benchtime 1x -timeout 60m

## eval: score extraction on the seeds against the gold events.
eval: build
	$(KG) eval --gold ../shared/eval/seeds-gold.jsonl seeds

neo4j:
	@bash scripts/neo4j.sh start

neo4j-stop:
	@bash scripts/neo4j.sh stop

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

clean:
	rm -rf bin
