package shell

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

func TestColor(t *testing.T) {
	for _, color := range []bool{true, false} {
		var out, errs bytes.Buffer
		s := New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errs, Color: color})
		if _, _, err := s.Run("", "Write-Warning 'low disk'; Write-Error 'bad'; 'plain'"); err != nil {
			t.Fatal(err)
		}
		e := errs.String()
		hasRed := strings.HasPrefix(e, colorRed) && strings.Contains(e, " : bad\n") && strings.Contains(e, colorReset)
		hasYellow := strings.Contains(out.String(), colorYellow+"WARNING: low disk"+colorReset+"\n")
		plain := strings.Contains(out.String(), "\nplain\n") || strings.HasSuffix(out.String(), "plain\n")
		if hasRed != color || hasYellow != color || !plain {
			t.Errorf("Color %v: stdout %q stderr %q", color, out.String(), errs.String())
		}
	}
}

func TestUseColor(t *testing.T) {
	if useColor(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	t.Setenv("NO_COLOR", "")
	if useColor(&bytes.Buffer{}) {
		t.Error("NO_COLOR set")
	}
}

func TestPromptFollowsConnect(t *testing.T) {
	st, err := storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	s := New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errs, OpenStore: func() (storage.Store, error) { return st, nil }})
	if got := s.Prompt(); got != "[PS] Contoso> " {
		t.Errorf("prompt = %q", got)
	}
	s.Entry(t.Context(), "New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null; Connect-Organization Fabrikam")
	if got := s.Prompt(); got != "[PS] Fabrikam> " {
		t.Errorf("prompt after Connect-Organization = %q (stderr %q)", got, errs.String())
	}
}
