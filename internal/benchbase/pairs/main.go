//go:build linux

// Command pairs times exsh against its whole-process baselines, as
// .ci/bench runs it: each row is a pair of commands, A (exsh) and B (a
// bare program of storage/benchbase or internal/benchbase, or the tnef C
// tool), run interleaved A B A B for several rounds on the same input,
// and printed as the median and range of each and the ratio of the
// medians (with the range of the per-round ratios). Pairs run one process at a time, so
// that the machine's load hits both sides alike.
//
//	pairs -bin DIR [-rounds 5] [-quick] [-tnef /usr/bin/tnef]
//
// DIR holds the built programs: exsh, read, write and rewrite
// (storage/benchbase) and idle (internal/benchbase/idle).
// The fixtures (exsh files of 0, 1,000, 10,000 and 50,000 mail contacts,
// filled one commit per contact like the shell fills them, a 20 MB
// winmail.dat) are made in a temporary directory, removed at the end.
// -quick runs 3 rounds and leaves out the 50,000-contact sizes.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

func main() {
	bin := flag.String("bin", "", "directory of the built exsh and baseline programs")
	rounds := flag.Int("rounds", 5, "rounds of each pair")
	quick := flag.Bool("quick", false, "3 rounds, no 50,000-contact sizes")
	tnefTool := flag.String("tnef", "", "the tnef C tool, for the winmail.dat pair (left out when empty)")
	child := flag.Bool("child", false, "internal: run the command after the flags and print what it used")
	fixtureOf := flag.Int("fixture", -1, "internal: make the fixture file of this many contacts at the path after the flags")
	flag.Parse()
	switch {
	case *child:
		runChild(flag.Args())
		return
	case *fixtureOf >= 0:
		if err := fixture(flag.Arg(0), *fixtureOf); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *bin == "" {
		log.Fatal("usage: pairs -bin DIR [-rounds N] [-quick] [-tnef PATH]")
	}
	sizes := []int{1000, 10000, 50000}
	if *quick {
		*rounds, sizes = 3, sizes[:2]
	}
	work, err := os.MkdirTemp("", "exsh-bench-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)
	stop := make(chan os.Signal, 1) // interrupted, or the reader of the output went away
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM, syscall.SIGPIPE)
	go func() {
		<-stop
		stopping.Store(true)
		for range 50 { // until no child writes into work any more
			if pid := running.Load(); pid != 0 {
				syscall.Kill(-int(pid), syscall.SIGKILL) // its group: the child and what it runs
			}
			if os.RemoveAll(work) == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		os.Exit(1)
	}()
	// The programs run see none of the user's files or settings.
	for k, v := range map[string]string{"HOME": work, "XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "EXSH_DB": ""} {
		os.Setenv(k, v)
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	b := &bench{bin: *bin, work: work, rounds: *rounds, self: self}
	if err := b.run(sizes, *tnefTool); err != nil {
		os.RemoveAll(work)
		log.Fatal(err)
	}
}

// bench is one run of the pairs.
type bench struct {
	bin, work string
	rounds    int
	self      string // this program, run as -child and -fixture
}

// side is one command of a pair; prep runs before each run of it,
// untimed.
type side struct {
	argv []string
	prep func() error
}

// sample is what one run measured.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // peak resident set, KiB
}

func (b *bench) run(sizes []int, tnefTool string) error {
	fmt.Printf("Whole-process pairs, A (exsh) and B (baseline) interleaved A B A B, %d rounds: median [min-max];\n", b.rounds)
	fmt.Printf("ratio = median A / median B [range of the per-round ratios].\n\n")
	files := map[int]string{}
	for _, n := range append([]int{0}, sizes...) {
		files[n] = filepath.Join(b.work, fmt.Sprintf("contacts%d.db", n))
		if out, err := output(exec.Command(b.self, "-fixture", fmt.Sprint(n), files[n]), true); err != nil {
			return fmt.Errorf("fixture of %d contacts: %v\n%s", n, err, out)
		}
	}
	exsh := filepath.Join(b.bin, "exsh")
	prog := func(name string) string { return filepath.Join(b.bin, name) }
	scratch := filepath.Join(b.work, "scratch.db")
	copyOf := func(src string) func() error { return func() error { return copyFile(src, scratch) } }

	if err := b.timed("Cold start: exsh -Command Get-RemoteDomain", "read (bare bbolt reader, same file)", "<= 1.5x", 1,
		side{argv: []string{exsh, "-Database", files[0], "-Command", "Get-RemoteDomain"}},
		side{argv: []string{prog("read"), files[0]}}); err != nil {
		return err
	}

	type growth struct {
		n    int
		a, b sample
	}
	var adds, sets []growth
	const added = 1000
	for _, n := range sizes {
		script := filepath.Join(b.work, fmt.Sprintf("new%d.ps1", n))
		if err := os.WriteFile(script, []byte(newContacts(n, added)), 0o600); err != nil {
			return err
		}
		a, bb, err := b.pair(fmt.Sprintf("%d durable New-MailContact into %d contacts, per contact", added, n),
			"write (bare bbolt commits of the same records)", "<= 1.3x wall, <= 1.5x CPU", added,
			side{argv: []string{exsh, "-Database", scratch, "-File", script}, prep: copyOf(files[n])},
			side{argv: []string{prog("write"), "-n", fmt.Sprint(added), "-start", fmt.Sprint(n), scratch}, prep: copyOf(files[n])})
		if err != nil {
			return err
		}
		adds = append(adds, growth{n, a, bb})
	}
	for _, n := range sizes {
		a, bb, err := b.pair(fmt.Sprintf("Get-MailContact | Set-MailContact over %d, per contact", n),
			"rewrite (bare read+rewrite, one commit)", "<= 1.5x", n,
			side{argv: []string{exsh, "-Database", scratch, "-Command", "Get-MailContact -ResultSize Unlimited | Set-MailContact -UseMapiRichTextFormat Always"}, prep: copyOf(files[n])},
			side{argv: []string{prog("rewrite"), scratch}, prep: copyOf(files[n])})
		if err != nil {
			return err
		}
		sets = append(sets, growth{n, a, bb})
	}
	if err := b.peak("Peak RSS: Get-MailContact -ResultSize Unlimited | Measure-Object over 10000", "read -count (bare decoder)", "<= 1.2x",
		side{argv: []string{exsh, "-Database", files[10000], "-Command", "Get-MailContact -ResultSize Unlimited | Measure-Object"}},
		side{argv: []string{prog("read"), "-kind", "MailContact", "-count", files[10000]}}); err != nil {
		return err
	}
	if err := b.idle("Idle interactive shell RSS", "idle (Go program waiting for a line)", "<= 3x",
		[]string{exsh, "-Database", files[0]}, []string{prog("idle")}); err != nil {
		return err
	}
	if tnefTool != "" {
		dat, err := b.winmail(exsh, files[0])
		if err != nil {
			return err
		}
		outA, outB := filepath.Join(b.work, "outA"), filepath.Join(b.work, "outB")
		if err := b.timed("Expand a 20 MB winmail.dat: Expand-TnefAttachment", "tnef -C (C tool)", "<= 1.0x", 1,
			side{argv: []string{exsh, "-Database", files[0], "-Command", "Expand-TnefAttachment '" + dat + "' -Destination '" + outA + "' | Out-Null"}, prep: emptyDir(outA)},
			side{argv: []string{tnefTool, "-C", outB, "--overwrite", dat}, prep: emptyDir(outB)}); err != nil {
			return err
		}
	} else {
		fmt.Printf("Expand a 20 MB winmail.dat: left out, the tnef C tool is not installed (apt-get install tnef)\n\n")
	}

	fmt.Printf("Growth: wall and CPU time per contact at each size, and their growth from %d contacts\n", sizes[0])
	for _, g := range []struct {
		title string
		rows  []growth
	}{{fmt.Sprintf("New-MailContact, %d added, one durable commit each", added), adds}, {"Get-MailContact | Set-MailContact, all, one commit", sets}} {
		fmt.Printf("  %s\n", g.title)
		first := g.rows[0]
		for _, x := range g.rows {
			fmt.Printf("    %6d contacts: wall exsh %9s bare %9s (%5.2fx), growth exsh %5.2fx bare %5.2fx;"+
				" CPU exsh %9s bare %9s (%5.2fx), growth exsh %5.2fx bare %5.2fx\n", x.n,
				dur(float64(x.a.wall)), dur(float64(x.b.wall)), ratio(x.a.wall, x.b.wall), ratio(x.a.wall, first.a.wall), ratio(x.b.wall, first.b.wall),
				dur(float64(x.a.cpu)), dur(float64(x.b.cpu)), ratio(x.a.cpu, x.b.cpu), ratio(x.a.cpu, first.a.cpu), ratio(x.b.cpu, first.b.cpu))
		}
	}
	return nil
}

// running is the process group of the program running now, ended with
// it when the runner is interrupted (stopping), so that the work
// directory can go.
var (
	running  atomic.Int64
	stopping atomic.Bool
)

// output runs cmd in a process group of its own, recorded in running, and
// returns its standard output, or its standard output and error combined.
func output(cmd *exec.Cmd, combined bool) ([]byte, error) {
	var out bytes.Buffer
	cmd.Stdout = &out
	if combined {
		cmd.Stderr = &out
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if stopping.Load() {
		return nil, errors.New("interrupted")
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	running.Store(int64(cmd.Process.Pid))
	defer running.Store(0)
	err := cmd.Wait()
	return out.Bytes(), err
}

// timed runs a pair and prints it; see pair.
func (b *bench) timed(name, baseline, goal string, per int, a, bs side) error {
	_, _, err := b.pair(name, baseline, goal, per, a, bs)
	return err
}

// interleave runs a and b in turn, A B A B, for the rounds and returns
// the samples of each.
func (b *bench) interleave(a, bs func() (sample, error)) (as, bss []sample, err error) {
	for range b.rounds {
		for _, x := range []struct {
			run func() (sample, error)
			out *[]sample
		}{{a, &as}, {bs, &bss}} {
			m, err := x.run()
			if err != nil {
				return nil, nil, err
			}
			*x.out = append(*x.out, m)
		}
	}
	return as, bss, nil
}

// pair runs a and bs interleaved for the rounds and prints wall and CPU
// time, each divided by per (the objects a run handles), and returns the
// medians.
func (b *bench) pair(name, baseline, goal string, per int, a, bs side) (sample, sample, error) {
	perObject := func(s side) func() (sample, error) {
		return func() (sample, error) {
			m, err := b.measure(s)
			m.wall /= time.Duration(per)
			m.cpu /= time.Duration(per)
			return m, err
		}
	}
	as, bss, err := b.interleave(perObject(a), perObject(bs))
	if err != nil {
		return sample{}, sample{}, err
	}
	wall := func(s sample) float64 { return float64(s.wall) }
	cpu := func(s sample) float64 { return float64(s.cpu) }
	ma, mb := median(as, wall), median(bss, wall)
	ca, cb := median(as, cpu), median(bss, cpu)
	fmt.Printf("%s\n  vs %s   goal %s\n", name, baseline, goal)
	fmt.Printf("  wall  A %s  B %s  ratio %.2fx %s\n", spread(as, wall, dur), spread(bss, wall, dur), ma/mb, ratios(as, bss, wall))
	fmt.Printf("  CPU   A %s  B %s  ratio %.2fx %s\n\n", spread(as, cpu, dur), spread(bss, cpu, dur), ca/cb, ratios(as, bss, cpu))
	return sample{wall: time.Duration(ma), cpu: time.Duration(ca)}, sample{wall: time.Duration(mb), cpu: time.Duration(cb)}, nil
}

// peak runs a pair like pair and prints the peak resident set sizes.
func (b *bench) peak(name, baseline, goal string, a, bs side) error {
	measure := func(s side) func() (sample, error) { return func() (sample, error) { return b.measure(s) } }
	as, bss, err := b.interleave(measure(a), measure(bs))
	if err != nil {
		return err
	}
	printRSS(name, baseline, goal, as, bss)
	return nil
}

// idle starts a and bs in turn on a terminal, waits until each has
// printed its prompt and sat still for a moment, and compares their
// resident sets (VmRSS).
func (b *bench) idle(name, baseline, goal string, a, bs []string) error {
	rssOf := func(argv []string) func() (sample, error) {
		return func() (sample, error) {
			kib, err := idleRSS(argv, b.work)
			return sample{rss: kib}, err
		}
	}
	as, bss, err := b.interleave(rssOf(a), rssOf(bs))
	if err != nil {
		return err
	}
	printRSS(name, baseline, goal, as, bss)
	return nil
}

// printRSS prints a row of resident set sizes: each side's median and
// range, and their ratio.
func printRSS(name, baseline, goal string, as, bss []sample) {
	rss := func(s sample) float64 { return float64(s.rss) }
	fmt.Printf("%s\n  vs %s   goal %s\n", name, baseline, goal)
	fmt.Printf("  RSS   A %s  B %s  ratio %.2fx %s\n\n", spread(as, rss, mib), spread(bss, rss, mib),
		median(as, rss)/median(bss, rss), ratios(as, bss, rss))
}

// measure runs one side once, through a child of this program: a
// process's peak resident set (getrusage's maxrss) starts at its
// parent's when the parent forks it, so the runner, which holds no more
// than a small Go program's, starts it.
func (b *bench) measure(s side) (sample, error) {
	if s.prep != nil {
		if err := s.prep(); err != nil {
			return sample{}, err
		}
	}
	cmd := exec.Command(b.self, append([]string{"-child", "--"}, s.argv...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := output(cmd, false)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %v\n%s", strings.Join(s.argv, " "), err, stderr.String())
	}
	var m sample
	if _, err := fmt.Sscan(string(out), &m.wall, &m.cpu, &m.rss); err != nil {
		return sample{}, fmt.Errorf("%s: %v: %q", strings.Join(s.argv, " "), err, out)
	}
	return m, nil
}

// runChild runs argv with its output discarded and prints its wall time,
// CPU time (both in ns) and peak resident set (KiB); it exits 1 when the
// command fails, with its standard error.
func runChild(argv []string) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		log.Fatal(err)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	fmt.Println(int64(wall), ru.Utime.Nano()+ru.Stime.Nano(), ru.Maxrss)
}

// idleRSS starts argv on a new terminal, waits for its prompt and half a
// second more, and returns its VmRSS in KiB; then it ends the program.
func idleRSS(argv []string, dir string) (int64, error) {
	master, slave, err := openPTY()
	if err != nil {
		return 0, err
	}
	defer master.Close()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		slave.Close()
		return 0, err
	}
	running.Store(int64(cmd.Process.Pid)) // a session of its own: its group
	defer running.Store(0)
	slave.Close()
	prompt := make(chan struct{})
	go func() { // the terminal's output: wait for a prompt, then drain
		buf := make([]byte, 4096)
		var seen []byte
		signalled := false
		for {
			n, err := master.Read(buf)
			seen = append(seen, buf[:n]...)
			if !signalled && bytes.Contains(seen, []byte("> ")) {
				close(prompt)
				signalled = true
			}
			if err != nil {
				if !signalled {
					close(prompt)
				}
				return
			}
		}
	}()
	select {
	case <-prompt:
	case <-time.After(10 * time.Second):
	}
	time.Sleep(500 * time.Millisecond)
	kib, rssErr := vmRSS(cmd.Process.Pid)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	master.Write([]byte("exit\r"))
	select {
	case <-done:
	case <-ctx.Done():
		cmd.Process.Kill()
		<-done
	}
	return kib, rssErr
}

// vmRSS reads the resident set of a process from /proc, in KiB.
func vmRSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kib int64
			_, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kib)
			return kib, err
		}
	}
	return 0, fmt.Errorf("process %d: no VmRSS", pid)
}

// fixture makes an exsh file of the Contoso seed and n mail contacts
// named Contact 00000 on, filled one commit per contact (without fsync,
// which changes nothing in the file). It runs in a process of its own
// (see measure).
func fixture(path string, n int) error {
	env := model.DefaultEnv()
	s := storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(env), NoSync: true})
	defer s.Close()
	ctx := context.Background()
	var org *model.Organization
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err == nil {
			org = orgs[0]
		}
		return err
	})
	for i := 0; err == nil && i < n; i++ {
		var c *model.MailContact
		addr := model.ProxyAddress{Prefix: "SMTP", Address: fmt.Sprintf("contact%05d@fabrikam.com", i)}
		if c, err = env.NewMailContact(org, fmt.Sprintf("Contact %05d", i), addr); err == nil {
			err = s.Update(ctx, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
		}
	}
	return err
}

// winmail makes a 20 MB winmail.dat (four 5 MB attachments) with exsh's
// ConvertTo-Tnef.
func (b *bench) winmail(exsh, db string) (string, error) {
	var names []string
	for i := range 4 {
		name := filepath.Join(b.work, fmt.Sprintf("attachment%d.bin", i))
		if err := noise(name, 5_000_000, uint32(i+1)); err != nil {
			return "", err
		}
		names = append(names, "'"+name+"'")
	}
	dat := filepath.Join(b.work, "winmail.dat")
	cmd := exec.Command(exsh, "-Database", db, "-Command", "ConvertTo-Tnef -Subject Bench -Body Hello -BodyFormat RichText -Attachment "+
		strings.Join(names, ",")+" -Path '"+dat+"' | Out-Null")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("ConvertTo-Tnef: %v\n%s", err, out)
	}
	return dat, nil
}

// noise writes a file of size incompressible bytes (like most
// attachments), 64 KiB at a time.
func noise(name string, size int, seed uint32) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	buf := make([]byte, 64<<10)
	x := seed
	for size > 0 {
		n := min(size, len(buf))
		for i := range buf[:n] {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			buf[i] = byte(x)
		}
		if _, err := f.Write(buf[:n]); err != nil {
			f.Close()
			return err
		}
		size -= n
	}
	return f.Close()
}

// newContacts returns count New-MailContact statements for the contacts
// numbered from first.
func newContacts(first, count int) string {
	var sb strings.Builder
	for i := first; i < first+count; i++ {
		fmt.Fprintf(&sb, "New-MailContact -Name \"Contact %05d\" -ExternalEmailAddress contact%05d@fabrikam.com\n", i, i)
	}
	return sb.String()
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// emptyDir returns a prep that makes dir an empty directory.
func emptyDir(dir string) func() error {
	return func() error {
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		return os.Mkdir(dir, 0o700)
	}
}

func median(s []sample, f func(sample) float64) float64 {
	v := make([]float64, len(s))
	for i, x := range s {
		v[i] = f(x)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// spread formats the median and range of a figure.
func spread(s []sample, f func(sample) float64, unit func(float64) string) string {
	lo, hi := f(s[0]), f(s[0])
	for _, x := range s {
		lo, hi = min(lo, f(x)), max(hi, f(x))
	}
	return fmt.Sprintf("%9s [%s-%s]", unit(median(s, f)), unit(lo), unit(hi))
}

// ratios formats the range of the per-round ratios A/B.
func ratios(a, b []sample, f func(sample) float64) string {
	lo, hi := 0.0, 0.0
	for i := range a {
		r := f(a[i]) / f(b[i])
		if i == 0 || r < lo {
			lo = r
		}
		if i == 0 || r > hi {
			hi = r
		}
	}
	return fmt.Sprintf("[%.2f-%.2f]", lo, hi)
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

// dur formats a duration with 3 significant digits.
func dur(ns float64) string {
	d := time.Duration(ns)
	for r := time.Duration(1); r < time.Hour; r *= 10 {
		if d < 1000*r {
			return d.Round(r).String()
		}
	}
	return d.String()
}

func mib(kib float64) string { return fmt.Sprintf("%.1fMiB", kib/1024) }
