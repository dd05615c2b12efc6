package queries_test

import (
	"fmt"
	"strings"
)

// fmtValue renders a bound or returned value compactly for comparisons.
func fmtValue(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = fmtValue(e)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case nil:
		return "<nil>"
	}
	return fmt.Sprint(v)
}
