package complete

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/google/go-cmp/cmp"
)

// fakeSource is an in-memory org: names per object type, addresses
// (of the connected organization and of the others), Message-IDs,
// variables and a directory.
type fakeSource struct {
	names  map[reflect.Type][]string
	addrs  []string
	others []string // addresses of the other organizations
	ids    []string
	vars   []Variable
	dir    string
	hist   []string
}

func (f *fakeSource) Names(get *cmdlet.Info, prefix string, limit int) []string {
	return byPrefix(f.names[get.OutputType], prefix, limit)
}

func (f *fakeSource) Addresses(prefix string, limit int, everyOrg bool) []string {
	if everyOrg {
		return byPrefix(append(append([]string(nil), f.addrs...), f.others...), prefix, limit)
	}
	return byPrefix(f.addrs, prefix, limit)
}

func (f *fakeSource) MessageIds(prefix string, limit int) []string {
	return byPrefix(f.ids, prefix, limit)
}
func (f *fakeSource) Variables() []Variable { return f.vars }
func (f *fakeSource) Dir() string           { return f.dir }
func (f *fakeSource) History() []string     { return f.hist }

// byPrefix returns at most limit of the sorted names starting with
// prefix, ignoring case.
func byPrefix(names []string, prefix string, limit int) []string {
	var out []string
	for _, n := range names {
		if len(out) < limit && strings.HasPrefix(strings.ToLower(n), strings.ToLower(prefix)) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// fixtures returns the test org: remote domains, mail contacts,
// mailboxes, two organizations, variables and a directory with files.
func fixtures(t testing.TB) *fakeSource {
	dir := t.TempDir()
	for _, p := range []string{"lab one.ps1", "lab2.ps1", "notes.txt", ".hidden", "scripts/seed.ps1"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rd := &model.RemoteDomain{DomainName: "fabrikam.com", ConfigHeader: model.ConfigHeader{Name: "Fabrikam"}}
	return &fakeSource{
		names: map[reflect.Type][]string{
			reflect.TypeFor[model.RemoteDomain](): {"Default", "Fabrikam", "Fourth Coffee", "Litware"},
			reflect.TypeFor[model.MailContact]():  {"Bob Kelly", "Bob's Mail", "Carol"},
			reflect.TypeFor[model.Mailbox]():      {"Administrator", "Alice"},
			reflect.TypeFor[model.Organization](): {"Contoso", "Fabrikam Lab"},
			serviceType():                         {"MSExchangeIMC", "MSExchangeIS"},
		},
		addrs:  []string{"administrator@contoso.com", "alice@contoso.com", "bob@fabrikam.com", "kim@contoso.com"},
		others: []string{"kim@fabrikam.com"},
		ids:    []string{"<1@contoso.com>", "<2@contoso.com>"},
		vars: []Variable{{Name: "true", Value: true}, {Name: "false", Value: false}, {Name: "rd", Value: rd}, {Name: "rds", Value: []any{rd}},
			{Name: "h", Value: hashtable()}, {Name: "folder", Value: "x"}},
		dir:  dir,
		hist: []string{"Get-RemoteDomain", "Set-RemoteDomain Fabrikam -TNEFEnabled $false", "Get-RemoteDomain Fabrikam"},
	}
}

// serviceType is what Get-Service emits.
func serviceType() reflect.Type {
	get, _ := cmdlets.Registry().Lookup("Get-Service")
	return get.OutputType
}

type test struct {
	name string
	in   string // the cursor is at | (at the end when there is none)
	want []string
	// from is the text the range replaces ("" = the word at the cursor).
	from string
}

var tests = []test{
	{name: "cmdlet prefix", in: "Get-RemoteD", want: []string{"Get-RemoteDomain"}},
	{name: "cmdlet canonical case", in: "set-remotedo", want: []string{"Set-RemoteDomain"}},
	{name: "cmdlet wildcard", in: "Get-*Domain", want: []string{"Get-AcceptedDomain", "Get-RemoteDomain"}},
	{name: "cmdlet contains", in: "*RemoteDom", want: []string{"Get-RemoteDomain", "New-RemoteDomain", "Remove-RemoteDomain", "Set-RemoteDomain"}},
	{name: "alias", in: "whe", want: []string{"Where-Object", "where"}},
	{name: "cmdlet after pipe", in: "Get-RemoteDomain | Format-L", want: []string{"Format-List"}},
	{name: "cmdlet after assignment", in: "$x = Get-RemoteDom", want: []string{"Get-RemoteDomain"}},
	{name: "cmdlet mid-line", in: "Get-RemoteD| | Format-List", want: []string{"Get-RemoteDomain"}, from: "Get-RemoteD"},
	{name: "help topic", in: "Get-Help Set-RemoteD", want: []string{"Set-RemoteDomain"}},
	{name: "command name", in: "Get-Command -Name *-RemoteDom", want: []string{"Get-RemoteDomain", "New-RemoteDomain", "Remove-RemoteDomain", "Set-RemoteDomain"}},
	{name: "parameter", in: "Set-RemoteDomain Default -TN", want: []string{"-TNEFEnabled"}},
	{name: "parameter given", in: "Set-RemoteDomain Default -TNEFEnabled $true -TN", want: nil},
	{name: "parameter prefix many", in: "Set-RemoteDomain Default -Auto", want: []string{"-AutoForwardEnabled", "-AutoReplyEnabled"}},
	{name: "parameter identity given", in: "Get-RemoteDomain -Identity x -Id", want: nil},
	{name: "parameter common", in: "Get-RemoteDomain -ErrorA", want: []string{"-ErrorAction"}},
	{name: "parameter unknown command", in: "Frobnicate -X", want: nil},
	{name: "unknown command path", in: "Frobnicate no", want: []string{"notes.txt"}},
	{name: "unknown command empty word", in: "while ($true) { $n++ } ", want: nil},
	{name: "enum values", in: "Set-MailContact Bob -UseMapiRichTextFormat ", want: []string{"Always", "Never", "UseDefaultSettings"}},
	{name: "enum prefix", in: "Set-MailContact Bob -UseMapiRichTextFormat u", want: []string{"UseDefaultSettings"}},
	{name: "enum colon", in: "Set-MailContact Bob -MessageFormat:M", want: []string{"Mime"}, from: "M"},
	{name: "action preference", in: "Get-RemoteDomain -ErrorAction Si", want: []string{"SilentlyContinue"}},
	{name: "tri-state", in: "Set-RemoteDomain Default -TNEFEnabled ", want: []string{"$true", "$false", "$null"}},
	{name: "tri-state prefix", in: "Set-RemoteDomain Default -TNEFEnabled $f", want: []string{"$false"}},
	{name: "boolean", in: "Set-RemoteDomain Default -AutoReplyEnabled ", want: []string{"$true", "$false"}},
	{name: "switch takes no value", in: "Get-Content -Raw ", want: []string{"'lab one.ps1'", "lab2.ps1", "notes.txt", "scripts/"}},
	{name: "positional identity", in: "Set-RemoteDomain F", want: []string{"Fabrikam", "'Fourth Coffee'"}},
	{name: "positional identity after named", in: "Set-RemoteDomain -TNEFEnabled $false L", want: []string{"Litware"}},
	{name: "named identity", in: "Set-RemoteDomain -Identity f", want: []string{"Fabrikam", "'Fourth Coffee'"}},
	{name: "identity colon", in: "Get-RemoteDomain -Identity:Li", want: []string{"Litware"}, from: "Li"},
	{name: "identity quoted", in: "Set-RemoteDomain 'Fou", want: []string{"'Fourth Coffee'"}},
	{name: "identity double quoted", in: `Set-MailContact "Bob`, want: []string{`"Bob Kelly"`, `"Bob's Mail"`}},
	{name: "identity apostrophe", in: "Set-MailContact Bob", want: []string{"'Bob Kelly'", "'Bob''s Mail'"}},
	{name: "identity second positional", in: "Set-RemoteDomain Fabrikam F", want: nil},
	{name: "mailbox", in: "Get-OutlookContact -Mailbox A", want: []string{"Administrator", "Alice"}},
	{name: "address", in: "Set-MailContact Carol -ExternalEmailAddress bo", want: []string{"bob@fabrikam.com"}},
	{name: "organizations", in: "Connect-Organization ", want: []string{"Contoso", "'Fabrikam Lab'"}},
	{name: "no identity value", in: "Set-RemoteDomain Default -Name F", want: nil},
	{name: "path", in: "Get-Content ", want: []string{"'lab one.ps1'", "lab2.ps1", "notes.txt", "scripts/"}},
	{name: "path prefix", in: "Get-Content -Path la", want: []string{"'lab one.ps1'", "lab2.ps1"}},
	{name: "path subdirectory", in: "Get-Content scripts/s", want: []string{"scripts/seed.ps1"}},
	{name: "path hidden", in: "Get-Content .h", want: []string{".hidden"}},
	{name: "path destination", in: "Export-Csv -Path n", want: []string{"notes.txt"}},
	{name: "variable", in: "$f", want: []string{"$false", "$folder"}},
	{name: "variable in argument", in: "Write-Output $r", want: []string{"$rd", "$rds"}},
	{name: "property of variable", in: "$rd.TN", want: []string{"TNEFEnabled"}, from: "TN"},
	{name: "property of collection", in: "$rds.DomainN", want: []string{"DomainName"}, from: "DomainN"},
	{name: "hashtable key", in: "$h.Na", want: []string{"Name"}, from: "Na"},
	{name: "property chain", in: "$rd.Name.Len", want: nil},
	{name: "pipeline property", in: "Get-RemoteDomain | Where-Object {$_.TN", want: []string{"TNEFEnabled"}, from: "TN"},
	{name: "pipeline property psitem", in: "Get-MailContact | ForEach-Object { $PSItem.UseMapi", want: []string{"UseMapiRichTextFormat"}, from: "UseMapi"},
	{name: "pipeline property through sort", in: "Get-RemoteDomain | Sort-Object Name | Where-Object { $_.Name -ne 'x' -and $_.DomainN", want: []string{"DomainName"}, from: "DomainN"},
	{name: "pipeline property second statement", in: "Get-RemoteDomain | % { $_.Name; $_.AutoR", want: []string{"AutoReplyEnabled"}, from: "AutoR"},
	{name: "select property", in: "Get-RemoteDomain | Select-Object Name,TNEF", want: []string{"TNEFEnabled"}, from: "TNEF"},
	{name: "format property named", in: "Get-MailContact | Sort-Object Name | Format-Table -Property UseMapi", want: []string{"UseMapiRichTextFormat"}},
	{name: "expand property", in: "Get-RemoteDomain | Select-Object -ExpandProperty DomainN", want: []string{"DomainName"}},
	{name: "where property", in: "Get-RemoteDomain | Where-Object TNEF", want: []string{"TNEFEnabled"}},
	{name: "property without upstream", in: "Select-Object Na", want: nil},
	{name: "pipeline property unknown type", in: "Get-Content x | Where-Object {$_.Le", want: nil},
	{name: "nested block closed", in: "Get-RemoteDomain | Where-Object {$_.Name} | Format-L", want: []string{"Format-List"}},
	{name: "comment", in: "# Get-RemoteD", want: nil},
	{name: "second statement", in: "Get-RemoteDomain; Set-RemoteDomain Default -TNEFE", want: []string{"-TNEFEnabled"}},
	{name: "empty", in: "", want: nil},
	{name: "history by id", in: "#2", want: []string{"Set-RemoteDomain Fabrikam -TNEFEnabled $false"}},
	{name: "history by text", in: "  #fabrikam", want: []string{"Get-RemoteDomain Fabrikam", "Set-RemoteDomain Fabrikam -TNEFEnabled $false"}, from: "#fabrikam"},
	{name: "history id out of range", in: "#9", want: nil},
	{name: "address typed positional", in: "Test-TnefConversion kim", want: []string{"kim@contoso.com", "kim@fabrikam.com"}},
	{name: "address typed named", in: "Get-RemoteDomain -Recipient kim@", want: []string{"kim@contoso.com", "kim@fabrikam.com"}},
	{name: "address typed empty", in: "Get-RemoteDomain -Recipient ", want: []string{"administrator@contoso.com", "alice@contoso.com", "bob@fabrikam.com", "kim@contoso.com", "kim@fabrikam.com"}},
	{name: "address hint this org only", in: "Send-TestMessage -From Administrator -Cc kim", want: []string{"kim@contoso.com"}},
	{name: "address of To every org", in: "Send-TestMessage -From Administrator -To kim", want: []string{"kim@contoso.com", "kim@fabrikam.com"}},
	{name: "proxy address typed", in: "Set-MailContact Carol -ExternalEmailAddress al", want: []string{"alice@contoso.com"}},
	{name: "service", in: "Restart-Service ", want: []string{"MSExchangeIMC", "MSExchangeIS"}},
	{name: "service prefix", in: "Get-Service msexchangeim", want: []string{"MSExchangeIMC"}},
	{name: "message id quoted", in: "Trace-Message ", want: []string{"'<1@contoso.com>'", "'<2@contoso.com>'"}},
	{name: "message id named", in: "Get-MailboxMessage -Mailbox Administrator -MessageId '<2", want: []string{"'<2@contoso.com>'"}},
	{name: "new name not completed", in: "New-MailContact ", want: nil},
}

func TestComplete(t *testing.T) {
	src := fixtures(t)
	e := &Engine{Commands: cmdlets.Registry(), Source: src}
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.name] || seen["in:"+tc.in] {
			t.Fatalf("duplicate test %q", tc.name)
		}
		seen[tc.name], seen["in:"+tc.in] = true, true
		t.Run(tc.name, func(t *testing.T) {
			text, cursor := cursorAt(tc.in)
			res := e.Complete(text, cursor)
			var got []string
			for _, c := range res.Candidates {
				got = append(got, c.Text)
			}
			if tc.name == "cmdlet contains" || tc.name == "variable" {
				got = sortedTexts(got)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Complete(%q, %d) candidates (-want +got):\n%s", text, cursor, diff)
			}
			from := tc.from
			if from == "" && len(tc.want) > 0 {
				from = text[lastWord(text[:cursor]):cursor]
			}
			if len(tc.want) > 0 && (res.End != cursor || text[res.Start:res.End] != from) {
				t.Errorf("range %d..%d = %q, want %q", res.Start, res.End, text[res.Start:res.End], from)
			}
			if len(tc.want) == 0 && res.Start != cursor {
				t.Errorf("empty result range starts at %d, want the cursor %d", res.Start, cursor)
			}
		})
	}
}

// cursorAt removes the | marker (if any) and returns the cursor offset.
func cursorAt(in string) (string, int) {
	if i := strings.Index(in, "| |"); i >= 0 {
		return in[:i] + in[i+1:], i
	}
	return in, len(in)
}

// lastWord returns where the last blank-separated word of s starts.
func lastWord(s string) int { return strings.LastIndexAny(s, " {") + 1 }

func sortedTexts(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestDescriptions(t *testing.T) {
	e := &Engine{Commands: cmdlets.Registry(), Source: fixtures(t)}
	res := e.Complete("Set-RemoteDomain Default -TNEFE", 31)
	if len(res.Candidates) != 1 || !strings.HasPrefix(res.Candidates[0].Description, "[Boolean] $true: always TNEF") {
		t.Errorf("parameter description = %+v, want its type and help", res.Candidates)
	}
	res = e.Complete("Get-RemoteDomai", 15)
	if len(res.Candidates) != 1 || res.Candidates[0].Description != "Gets the remote domains of the organization." {
		t.Errorf("cmdlet description = %+v, want its synopsis", res.Candidates)
	}
}

func TestLimit(t *testing.T) {
	src := fixtures(t)
	e := &Engine{Commands: cmdlets.Registry(), Source: src, Limit: 1}
	if res := e.Complete("Set-RemoteDomain ", 17); len(res.Candidates) != 1 || res.Candidates[0].Text != "Default" {
		t.Errorf("limited result = %+v, want Default only", res.Candidates)
	}
}
