package value

import (
	"strings"
	"testing"
)

func TestExceptionChain(t *testing.T) {
	tests := []struct{ name, want string }{
		{"DivideByZeroException", "System.DivideByZeroException System.ArithmeticException System.SystemException System.Exception System.Object"},
		{"System.Management.Automation.MethodInvocationException", "System.Management.Automation.MethodInvocationException System.Management.Automation.MethodException System.Management.Automation.RuntimeException System.SystemException System.Exception System.Object"},
		{"PSInvalidCastException", "System.Management.Automation.PSInvalidCastException System.InvalidCastException System.SystemException System.Exception System.Object"},
		{"ItemNotFoundException", "System.Management.Automation.ItemNotFoundException System.Management.Automation.SessionStateException System.Management.Automation.RuntimeException System.SystemException System.Exception System.Object"},
		{"ArgumentNullException", "System.ArgumentNullException System.ArgumentException System.SystemException System.Exception System.Object"},
	}
	for _, tt := range tests {
		if got := strings.Join(ExceptionChain(tt.name), " "); got != tt.want {
			t.Errorf("ExceptionChain(%s) = %s", tt.name, got)
		}
	}
	// Every base of the table is itself in the table.
	for _, e := range exceptionTable {
		if _, ok := exceptionBase[strings.ToLower(e[1])]; !ok && e[1] != "System.Object" {
			t.Errorf("%s: base %s not declared", e[0], e[1])
		}
	}
}

func TestExceptionIs(t *testing.T) {
	tests := []struct {
		exc, want string
		is        bool
	}{
		{"System.DivideByZeroException", "System.ArithmeticException", true},
		{"System.DivideByZeroException", "ArithmeticException", true},
		{"System.DivideByZeroException", "[System.Exception]", true},
		{"System.DivideByZeroException", "System.FormatException", false},
		{"System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException", true},
		{"System.Management.Automation.CommandNotFoundException", "RuntimeException", true},
		{"System.ArgumentException", "System.Management.Automation.RuntimeException", false},
		{"System.Management.Automation.ScriptCallDepthException", "SystemException", true},
		{"Custom.ThingException", "ThingException", true},
	}
	for _, tt := range tests {
		if got := ExceptionIs(tt.exc, tt.want); got != tt.is {
			t.Errorf("ExceptionIs(%s, %s) = %v", tt.exc, tt.want, got)
		}
	}
}

func TestErrorExceptionTypes(t *testing.T) {
	_, err := Binary("/", 1, 0)
	e := err.(*Error)
	if e.ExceptionType() != "System.Management.Automation.RuntimeException" || e.Inner.ExceptionType() != "System.DivideByZeroException" {
		t.Errorf("1/0: %s / %s", e.ExceptionType(), e.Inner.ExceptionType())
	}
	_, err = Convert("abc", "int")
	e = err.(*Error)
	if e.Inner == nil || e.Inner.ExceptionType() != "System.Management.Automation.PSInvalidCastException" ||
		e.Inner.Inner == nil || e.Inner.Inner.ExceptionType() != "System.FormatException" {
		t.Errorf("[int]'abc': %#v", e)
	}
	_, err = CallMethod("abc", "Substring", []any{10})
	e = err.(*Error)
	if e.ExceptionType() != "System.Management.Automation.MethodInvocationException" || e.Inner.ExceptionType() != "System.ArgumentOutOfRangeException" {
		t.Errorf("Substring: %s", e.ExceptionType())
	}
}
