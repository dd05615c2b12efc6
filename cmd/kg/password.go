package main

import (
	"fmt"
	"os"

	"golang.org/x/term"
)

// promptPassword asks for the Neo4j password on the terminal when the
// configuration has none; the answer is never echoed or printed.
func promptPassword(io *IOStreams, cfg *Neo4jConfig) error {
	if cfg.Password != "" {
		return nil
	}
	if !io.InTTY {
		return fmt.Errorf("no Neo4j password: set NEO4J_PASSWORD or neo4j.password in kg.yaml")
	}
	fmt.Fprintf(io.ErrOut, "Neo4j password for %s at %s: ", cfg.Username, RedactURI(cfg.URI))
	pw, err := term.ReadPassword(int(os.Stdin.Fd()))
	fmt.Fprintln(io.ErrOut)
	if err != nil {
		return fmt.Errorf("password prompt: %w", err)
	}
	cfg.Password = string(pw)
	return nil
}
