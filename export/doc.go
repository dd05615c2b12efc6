// Package export writes a subgraph as GraphML, GEXF, CSV, JSON, DOT, figures and evidence tables.
package export
