package procstat

import (
	"os"
	"testing"
)

func TestCPUSeconds(t *testing.T) {
	// Burn some CPU so the reading is above zero, then check it grows.
	before := CPUSeconds(os.Getpid())
	x := 0
	for i := 0; i < 200_000_000; i++ {
		x += i & 3
	}
	after := CPUSeconds(os.Getpid())
	if x < 0 || after <= before || after <= 0 {
		t.Errorf("CPUSeconds: before %v, after %v; want it to grow above 0", before, after)
	}
	if got := CPUSeconds(-1); got != 0 {
		t.Errorf("CPUSeconds(-1) = %v, want 0", got)
	}
}
