// Package procstat reads a process's CPU time from /proc, for benchmarks
// that report work per CPU second on a shared machine.
package procstat

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// CPUSeconds returns the user+system CPU time of process pid, or 0 when it
// cannot be read (no such process, not Linux).
func CPUSeconds(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the parenthesised command name; utime and stime are the
	// 12th and 13th of them, in clock ticks (100 per second on Linux).
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (u + st) / 100
}
