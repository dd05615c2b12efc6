// Package queries holds kg's saved Cypher reports, embedded in the binary.
package queries

//go:generate go test -run TestBrowserDocs -update
