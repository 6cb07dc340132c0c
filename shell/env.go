package shell

import (
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/exsh/exsh/model"
)

// Environment variables that make the clock and the GUIDs of new or
// changed objects deterministic, for tests and golden lab transcripts.
const (
	// EnvNow fixes the clock: every WhenCreated and WhenChanged stamp is
	// this RFC 3339 time (EXSH_NOW=2026-01-01T00:00:00Z).
	EnvNow = "EXSH_NOW"
	// EnvGuidSeed makes GUIDs sequential: with EXSH_GUID_SEED=n the k-th
	// GUID the process creates is [model.SequentialGuid](n<<32 + k).
	// Processes that share one database must use different seeds, or
	// their GUIDs collide.
	EnvGuidSeed = "EXSH_GUID_SEED"
)

// processEnv is built once: one counter of sequential GUIDs serves the
// whole process, so the seed of a new database and the cmdlets that
// follow never hand out the same GUID.
var processEnv = sync.OnceValue(func() model.Env { return envFrom(os.Getenv) })

// EnvFromEnvironment returns the clock and GUID source of this process:
// [model.DefaultEnv] unless [EnvNow] or [EnvGuidSeed] is set. Every call
// returns the same source (one GUID counter per process), so pass it to
// storage.ContosoSeed as well as to the cmdlets. A value that does not
// parse is ignored.
func EnvFromEnvironment() model.Env { return processEnv() }

// Env returns the clock and GUID source the Exchange cmdlets stamp new
// and changed objects with: [EnvFromEnvironment].
func (s *Session) Env() model.Env { return EnvFromEnvironment() }

// envFrom builds an Env from the variables getenv returns.
func envFrom(getenv func(string) string) model.Env {
	env := model.DefaultEnv()
	if t, err := time.Parse(time.RFC3339, getenv(EnvNow)); err == nil {
		env.Now = func() time.Time { return t }
	}
	if seed, err := strconv.ParseUint(getenv(EnvGuidSeed), 10, 32); err == nil {
		env.NewGuid = sequentialGuids(seed << 32)
	}
	return env
}

// sequentialGuids returns a GUID source counting up from base+1; it is
// safe for concurrent use.
func sequentialGuids(base uint64) func() model.Guid {
	var mu sync.Mutex
	n := base
	return func() model.Guid {
		mu.Lock()
		defer mu.Unlock()
		n++
		return model.SequentialGuid(n)
	}
}
