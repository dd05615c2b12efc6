package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the command's standard streams; tests replace them with
// buffers to assert exact output.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// ErrTTY is true when ErrOut is a terminal: progress is drawn only then.
	ErrTTY bool
	// InTTY is true when In is a terminal: only then may kg prompt.
	InTTY bool
}

func systemStreams() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
	}
}
