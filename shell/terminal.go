package shell

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/exsh/exsh/cmdlet"
)

// The Session draws cmdlets' pictures and progress bars on a terminal.
var _ cmdlet.Terminal = (*Session)(nil)

// Painted implements [cmdlet.Terminal]: the console is a colour
// terminal (see [Options].Color, NO_COLOR read again now), no transcript
// records it, and the cmdlet of ctx writes to the statement's default
// output itself: it is the last command of a pipeline that is not
// captured, redirected or kept in -OutVariable.
func (s *Session) Painted(ctx *cmdlet.Context) bool {
	if !s.opts.Color || s.transcript != nil || ctx.Common.OutVariable != "" {
		return false
	}
	if noColor() {
		return false
	}
	st, ok := ctx.Sink.(*cmdletStage)
	return ok && st.out != nil && sameCode(st.out, s.defaultOut)
}

// sameCode reports whether two output functions run the same code. The
// default output is the method value s.defaultOut, handed unchanged
// through loops, blocks and pipelines to the last command of a top-level
// statement; a capture, a redirection or a next command is another
// function.
func sameCode(a, b emitFn) bool {
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// progressInterval is how often a visible progress pane is redrawn at
// most: a loop calling Write-Progress on every iteration is not slowed
// by the terminal.
const progressInterval = 100 * time.Millisecond

// Progress implements [cmdlet.Terminal].
func (s *Session) Progress(rec *cmdlet.ProgressRecord) {
	p := s.progressPane()
	if p.term == nil {
		return
	}
	changed := p.update(rec)
	if p.shown > 0 && !changed && time.Since(p.drawn) < progressInterval {
		return
	}
	p.redraw()
}

// Tally implements [cmdlet.Terminal]; it counts only when the console
// shows progress (it is 0 otherwise).
func (s *Session) Tally(key string) int {
	p := s.progressPane()
	if p.term == nil {
		return 0
	}
	p.tallies[key]++
	return p.tallies[key]
}

// progressPane returns the progress pane of the running run (a script,
// a -Command text, an interactive entry), creating it on first use. It
// stays on screen between statements (Write-Progress; Start-Sleep 5
// shows the bar during the sleep) and is cleared when the run ends (see
// [Session.release]).
func (s *Session) progressPane() *progressPane {
	if s.progress != nil {
		return s.progress
	}
	p := &progressPane{s: s, tallies: map[string]int{}, atLineStart: true}
	if s.opts.Color || isTerminalWriter(s.opts.Stdout) {
		p.term, p.color = s.opts.Stdout, s.opts.Color && !noColor()
	}
	s.progress = p
	return p
}

// clearProgress removes the progress pane at the end of a run.
func (s *Session) clearProgress() {
	if s.progress != nil {
		_ = s.progress.Close()
		s.progress = nil
	}
}

// progressPane is the progress of the running statement, drawn below
// the output as Windows PowerShell's console draws its pane. While it is
// on screen the session's stdout and stderr are wrapped: whatever else is
// written first erases it, and the next Write-Progress draws it again.
type progressPane struct {
	s       *Session
	term    io.Writer // the terminal; nil when the console is not one
	color   bool
	records []*cmdlet.ProgressRecord
	tallies map[string]int
	shown   int // lines on screen, 0 when hidden
	drawn   time.Time
	// atLineStart: the cursor is at the start of a line, where the pane
	// may be drawn.
	atLineStart    bool
	stdout, stderr io.Writer // the writers the pane wrapped, nil when not wrapped
}

// update stores rec and reports whether the pane's shape changed (an
// activity added or removed).
func (p *progressPane) update(rec *cmdlet.ProgressRecord) bool {
	i := p.find(rec.ActivityId, rec.SourceId)
	if rec.Completed {
		if i < 0 {
			return false
		}
		p.remove(p.records[i])
		return true
	}
	if i >= 0 {
		*p.records[i] = *rec
		return false
	}
	r := *rec
	p.records = append(p.records, &r)
	return true
}

func (p *progressPane) find(id int, source int64) int {
	for i, r := range p.records {
		if r.ActivityId == id && r.SourceId == source {
			return i
		}
	}
	return -1
}

// remove drops rec and the activities under it.
func (p *progressPane) remove(rec *cmdlet.ProgressRecord) {
	var kept []*cmdlet.ProgressRecord
	for _, r := range p.records {
		if r != rec {
			kept = append(kept, r)
		}
	}
	p.records = kept
	for _, r := range kept {
		if r.ParentActivityId == rec.ActivityId && r.SourceId == rec.SourceId && r.ParentActivityId != r.ActivityId {
			p.remove(r)
		}
	}
}

// redraw replaces the pane on screen with the current records.
func (p *progressPane) redraw() {
	p.hide()
	if len(p.records) == 0 {
		p.unwrap()
		return
	}
	if !p.atLineStart {
		return
	}
	lines := renderProgress(p.records, p.s.opts.Width, p.color)
	p.wrap()
	_, _ = io.WriteString(p.term, strings.Join(lines, "\n"))
	p.shown, p.drawn = len(lines), time.Now()
}

// hide erases the pane: the cursor goes back to the start of its first
// line and the screen below is cleared.
func (p *progressPane) hide() {
	if p.shown == 0 {
		return
	}
	erase := "\r\x1b[J"
	if p.shown > 1 {
		erase = fmt.Sprintf("\r\x1b[%dA\x1b[J", p.shown-1)
	}
	_, _ = io.WriteString(p.term, erase)
	p.shown = 0
}

// wrap puts the pane's writer around the session's stdout and stderr.
func (p *progressPane) wrap() {
	if p.stdout != nil {
		return
	}
	p.stdout, p.stderr = p.s.opts.Stdout, p.s.opts.Stderr
	p.s.opts.Stdout = paneWriter{p, p.stdout}
	p.s.opts.Stderr = paneWriter{p, p.stderr}
}

// unwrap gives the session its writers back.
func (p *progressPane) unwrap() {
	if p.stdout == nil {
		return
	}
	p.s.opts.Stdout, p.s.opts.Stderr = p.stdout, p.stderr
	p.stdout, p.stderr = nil, nil
}

// Close clears the pane at the end of the statement.
func (p *progressPane) Close() error {
	p.records = nil
	p.hide()
	p.unwrap()
	return nil
}

// paneWriter erases the pane before anything else is written.
type paneWriter struct {
	p *progressPane
	w io.Writer
}

func (pw paneWriter) Write(b []byte) (int, error) {
	pw.p.hide()
	if len(b) > 0 {
		pw.p.atLineStart = b[len(b)-1] == '\n'
	}
	return pw.w.Write(b)
}

// Colours of the progress pane, as the Windows console draws it: yellow
// on dark cyan.
const paneColor = "\x1b[33;46m"

// renderProgress returns the lines of the pane for records within width
// columns, as Windows PowerShell 5.1's console renders them: per
// activity its name, the status, a bar of 'o' when PercentComplete is
// set, the time remaining and the current operation; an activity under a
// parent is indented below it.
func renderProgress(records []*cmdlet.ProgressRecord, width int, color bool) []string {
	if width < 20 {
		width = 20
	}
	var lines []string
	var add func(parent int, source int64, depth int)
	seen := map[*cmdlet.ProgressRecord]bool{}
	add = func(parent int, source int64, depth int) {
		for _, r := range records {
			top := depth == 0 && (r.ParentActivityId < 0 || r.ParentActivityId == r.ActivityId || !hasActivity(records, r.ParentActivityId, r.SourceId))
			child := depth > 0 && r.ParentActivityId == parent && r.SourceId == source
			if seen[r] || (!top && !child) || depth > 8 {
				continue
			}
			seen[r] = true
			lines = append(lines, recordLines(r, strings.Repeat(" ", 4*depth), width-1)...)
			add(r.ActivityId, r.SourceId, depth+1)
		}
	}
	add(-1, 0, 0)
	for i, l := range lines {
		l = truncateRunes(l, width-1)
		if color {
			l = paneColor + l + strings.Repeat(" ", width-1-utf8.RuneCountInString(l)) + colorReset
		}
		lines[i] = l
	}
	return lines
}

func hasActivity(records []*cmdlet.ProgressRecord, id int, source int64) bool {
	for _, r := range records {
		if r.ActivityId == id && r.SourceId == source {
			return true
		}
	}
	return false
}

// recordLines renders one activity.
func recordLines(r *cmdlet.ProgressRecord, indent string, width int) []string {
	lines := []string{" " + indent + r.Activity + " "}
	indent += "    "
	lines = append(lines, indent+r.StatusDescription+" ")
	if r.PercentComplete >= 0 {
		bar := max(3, width-len(indent)-2)
		full := bar * min(r.PercentComplete, 100) / 100
		lines = append(lines, indent+"["+strings.Repeat("o", full)+strings.Repeat(" ", bar-full)+"]")
	}
	if r.SecondsRemaining >= 0 {
		d := time.Duration(r.SecondsRemaining) * time.Second
		lines = append(lines, fmt.Sprintf("%s%02d:%02d:%02d remaining ", indent, int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60))
	}
	if r.CurrentOperation != "" {
		lines = append(lines, indent+r.CurrentOperation+" ")
	}
	return lines
}

// truncateRunes cuts s to at most n characters.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
