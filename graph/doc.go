// Package graph loads extracted events into Neo4j and reads them back.
package graph
