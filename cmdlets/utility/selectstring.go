package utility

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// SelectString is Select-String: it finds text in strings and files.
type SelectString struct {
	Pattern       []string     `ps:"pos=0,mandatory" help:"The regular expressions (or with -SimpleMatch, the texts) to find."`
	Path          []string     `ps:"pos=1,mandatory,name,set=File,complete=path" help:"The files to search (wildcards allowed)."`
	LiteralPath   []string     `ps:"mandatory,name,alias=PSPath|FullName,set=LiteralFile,complete=path" help:"The files to search, taken exactly as typed."`
	InputObject   any          `ps:"mandatory,value,set=Object" help:"The text to search: each piped string is a line; a piped file is searched."`
	SimpleMatch   bind.Switch  `help:"Finds the patterns as plain text, not as regular expressions."`
	CaseSensitive bind.Switch  `help:"Matches case-sensitively (the default ignores case)."`
	NotMatch      bind.Switch  `help:"Outputs the lines that do not match."`
	AllMatches    bind.Switch  `help:"Finds every match in each line, not only the first (the Matches property)."`
	Quiet         bind.Switch  `help:"Outputs True when a line matches, else False, instead of the lines."`
	List          bind.Switch  `help:"Outputs only the first matching line of each file."`
	Include       []string     `help:"Searches only the files whose names match these wildcards."`
	Exclude       []string     `help:"Skips the files whose names match these wildcards."`
	Context       []int        `help:"The lines to show before and after each match: one number for both, or two (before, after)."`
	Encoding      FileEncoding `help:"The encoding of the files (UTF-8 and ASCII text is read either way)."`

	res     []*regexp.Regexp
	here    string // the current location, for the display of paths
	line    int    // line number of the piped input
	piped   []string
	found   bool
	stopped bool
}

// MatchInfo is a line Select-String found (Microsoft.PowerShell.Commands.MatchInfo).
// It shows as 5.1 shows it: path:line:text for a file (the path relative
// to the location it was found from), the text alone for piped input.
type MatchInfo struct {
	IgnoreCase bool
	LineNumber int
	Line       string
	Filename   string
	Path       string
	Pattern    string
	Context    *MatchContext
	Matches    []*RegexMatch

	display string
}

// MatchContext is the lines around a match (-Context).
type MatchContext struct {
	PreContext  []string
	PostContext []string
}

// TypeName is the .NET type name.
func (*MatchContext) TypeName() string { return "Microsoft.PowerShell.Commands.MatchInfoContext" }

// RegexMatch is one match of a pattern in a line (System.Text.RegularExpressions.Match).
type RegexMatch struct {
	Success bool
	Index   int
	Length  int
	Value   string
}

// TypeName is the .NET type name.
func (*RegexMatch) TypeName() string { return "System.Text.RegularExpressions.Match" }

// String is the matched text.
func (m *RegexMatch) String() string { return m.Value }

// TypeName is the .NET type name.
func (*MatchInfo) TypeName() string { return "Microsoft.PowerShell.Commands.MatchInfo" }

// String is the line as 5.1's console shows it.
func (m *MatchInfo) String() string { return m.display }

// TextView is the default view: the line as text (5.1's MatchInfo view);
// Format-List and Select-Object show the properties.
func (m *MatchInfo) TextView() string { return m.display }

func addSelectString(r *cmdlet.Registry) {
	cmdlet.Add[SelectString](r, &cmdlet.Info{
		Name: "Select-String", Aliases: []string{"sls"}, Module: modUtility, DefaultSet: "File",
		Synopsis: "Finds text in strings and files.",
		Description: "The Select-String cmdlet searches each line of files (-Path, or files piped from Get-ChildItem) or of piped strings for regular expressions, case-insensitively unless -CaseSensitive. " +
			"It outputs a MatchInfo object per matching line, shown as file:line:text (text alone for piped strings); its LineNumber, Line, Path, Filename and Matches properties read by name. " +
			"-SimpleMatch finds plain text, -NotMatch outputs the other lines, -AllMatches records every match of a line, -Quiet outputs True or False, -List the first match of each file, " +
			"-Context N (or N,M) adds the lines around each match, marked with > for the match.",
		Examples: []cmdlet.Example{
			{Code: "Select-String -Path users.csv -Pattern fabrikam", Remarks: "Shows the lines of users.csv that contain fabrikam, as users.csv:2:..."},
			{Code: "Get-Content log.txt | Select-String 't[wh]'", Remarks: "Shows the piped lines that match the regular expression."},
			{Code: "Select-String -Path *.txt -Pattern 'TNEF' -SimpleMatch -CaseSensitive | Select-Object Filename, LineNumber", Remarks: "Lists where TNEF appears in the text files."},
			{Code: "Select-String log.txt -Pattern four -Context 1", Remarks: "Shows the matching line with one line before and after it."},
			{Code: "if (Get-Content notes.txt | Select-String remote -Quiet) { 'mentioned' }", Remarks: "Tests whether a file mentions a word."},
		},
	})
}

// Begin compiles the patterns.
func (s *SelectString) Begin(ctx *cmdlet.Context) error {
	if len(s.Context) > 2 {
		return cmdlet.NewError("Cannot validate argument on parameter 'Context'. The parameter requires at least 0 value(s) and no more than 2 value(s) - 3 value(s) were provided.",
			"InvalidData", "ParameterBindingValidationException", "ParameterArgumentValidationError")
	}
	for _, p := range s.Pattern {
		src := p
		if s.SimpleMatch {
			src = regexp.QuoteMeta(p)
		} else if _, _, err := value.Match("", p, bool(s.CaseSensitive)); err != nil {
			return cmdlet.NewError(fmt.Sprintf("The string %s is not a valid regular expression: %s", p, err.Error()),
				"InvalidArgument", "ArgumentException", "InvalidRegex")
		}
		if !s.CaseSensitive {
			src = "(?i)" + src
		}
		re, err := regexp.Compile(src)
		if err != nil {
			return err
		}
		s.res = append(s.res, re)
	}
	s.here = ctx.Host.Path(".")
	return nil
}

// Process searches the files or the piped object.
func (s *SelectString) Process(ctx *cmdlet.Context) error {
	if s.stopped {
		return nil
	}
	if ctx.Binding.Set() == "Object" || (ctx.HasInput && len(s.Path) == 0 && len(s.LiteralPath) == 0) {
		return s.input(ctx)
	}
	paths, literal := s.Path, false
	if len(s.LiteralPath) > 0 {
		paths, literal = s.LiteralPath, true
	}
	for _, p := range paths {
		files, err := resolveItems(ctx, p, literal, false)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := s.file(ctx, f); err != nil || s.stopped {
				return err
			}
		}
	}
	return nil
}

// input searches one piped object: a file item is read, anything else is
// one line.
func (s *SelectString) input(ctx *cmdlet.Context) error {
	if it, ok := s.InputObject.(*FileItem); ok {
		return s.file(ctx, it.FullName)
	}
	if s.InputObject == nil {
		return nil
	}
	text := value.ToString(s.InputObject)
	if len(s.Context) > 0 {
		s.piped = append(s.piped, text)
		return nil
	}
	s.line++
	if m := s.match(text, s.line, "InputStream"); m != nil {
		return s.emit(ctx, m)
	}
	return nil
}

// End searches the piped lines kept for -Context, and outputs False for
// -Quiet when nothing matched.
func (s *SelectString) End(ctx *cmdlet.Context) error {
	if len(s.piped) > 0 {
		if err := s.lines(ctx, s.piped, "InputStream"); err != nil {
			return err
		}
	}
	if bool(s.Quiet) && !s.found {
		return ctx.Emit(false)
	}
	return nil
}

// file searches the lines of one file.
func (s *SelectString) file(ctx *cmdlet.Context, full string) error {
	name := filepath.Base(full)
	if (len(s.Include) > 0 && !matchAnyName(s.Include, name)) || matchAnyName(s.Exclude, name) {
		return nil
	}
	data, err := os.ReadFile(full)
	if err != nil {
		if st, serr := os.Stat(full); serr == nil && st.IsDir() {
			return nil // 5.1 skips folders
		}
		return ctx.WriteError(openError(full, err))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if text == "" {
		lines = nil
	}
	return s.lines(ctx, lines, full)
}

// lines searches a sequence of lines from one source, with -Context and
// -List.
func (s *SelectString) lines(ctx *cmdlet.Context, lines []string, path string) error {
	var hits []*MatchInfo
	var at []int
	for i, l := range lines {
		if m := s.match(l, i+1, path); m != nil {
			hits, at = append(hits, m), append(at, i)
			if s.List || s.Quiet {
				break
			}
		}
	}
	before, after := s.contextSize()
	for k, m := range hits {
		if before+after > 0 {
			lo, hi := max(at[k]-before, 0), min(at[k]+after, len(lines)-1)
			if k > 0 {
				lo = max(lo, at[k-1]+1)
			}
			if k+1 < len(at) {
				hi = min(hi, at[k+1]-1)
			}
			m.Context = &MatchContext{PreContext: append([]string{}, lines[lo:at[k]]...), PostContext: append([]string{}, lines[at[k]+1:hi+1]...)}
			m.display = s.display(m)
		}
		if err := s.emit(ctx, m); err != nil || s.stopped {
			return err
		}
	}
	return nil
}

// contextSize is the -Context before and after counts.
func (s *SelectString) contextSize() (int, int) {
	switch len(s.Context) {
	case 1:
		return max(s.Context[0], 0), max(s.Context[0], 0)
	case 2:
		return max(s.Context[0], 0), max(s.Context[1], 0)
	}
	return 0, 0
}

// match returns the MatchInfo of a line that is selected, or nil: the
// first pattern that matches, or with -NotMatch a line no pattern matches.
func (s *SelectString) match(line string, n int, path string) *MatchInfo {
	hit, pattern := -1, 0
	var locs [][]int
	for i, re := range s.res {
		if locs = re.FindAllStringIndex(line, matchLimit(s.AllMatches)); len(locs) > 0 {
			hit, pattern = i, i
			break
		}
	}
	if (hit >= 0) == bool(s.NotMatch) {
		return nil
	}
	m := &MatchInfo{IgnoreCase: !bool(s.CaseSensitive), LineNumber: n, Line: line, Path: path, Filename: filepath.Base(path), Pattern: s.Pattern[pattern], Matches: []*RegexMatch{}}
	if path == "InputStream" {
		m.Filename = path
	}
	for _, l := range locs {
		m.Matches = append(m.Matches, &RegexMatch{Success: true, Index: len([]rune(line[:l[0]])), Length: len([]rune(line[l[0]:l[1]])), Value: line[l[0]:l[1]]})
	}
	m.display = s.display(m)
	return m
}

// matchLimit is the number of matches to find in a line.
func matchLimit(all bind.Switch) int {
	if all {
		return -1
	}
	return 1
}

// display is how the MatchInfo shows: path:line:text (the path relative
// to the location it was found from) or the text alone for piped input,
// with the context lines around it, the match marked with >.
func (s *SelectString) display(m *MatchInfo) string {
	shown := m.Path
	if rel, ok := strings.CutPrefix(m.Path, s.here+string(filepath.Separator)); ok {
		shown = rel
	}
	format := func(prefix, text string, n int) string {
		if m.Path == "InputStream" {
			return prefix + text
		}
		return prefix + shown + ":" + itoa(n) + ":" + text
	}
	if m.Context == nil {
		return format("", m.Line, m.LineNumber)
	}
	var out []string
	for i, l := range m.Context.PreContext {
		out = append(out, format("  ", l, m.LineNumber-len(m.Context.PreContext)+i))
	}
	out = append(out, format("> ", m.Line, m.LineNumber))
	for i, l := range m.Context.PostContext {
		out = append(out, format("  ", l, m.LineNumber+1+i))
	}
	return strings.Join(out, "\n")
}

// itoa formats a line number.
func itoa(n int) string { return value.ToString(n) }

// emit outputs a match (True once with -Quiet).
func (s *SelectString) emit(ctx *cmdlet.Context, m *MatchInfo) error {
	s.found = true
	if s.Quiet {
		s.stopped = true
		return ctx.Emit(true)
	}
	return ctx.Emit(m)
}
