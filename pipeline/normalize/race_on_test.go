//go:build race

package normalize

// raceEnabled is set under the race detector, whose sync.Pool drops some
// of what it is given: counts of allocations mean nothing there.
const raceEnabled = true
