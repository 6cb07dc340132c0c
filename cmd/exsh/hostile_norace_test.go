//go:build linux && !race

package main

// raceEnabled reports a -race build, whose runs get no address-space limit.
const raceEnabled = false
