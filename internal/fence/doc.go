// Package fence holds no code: its test checks the import rules that keep
// exsh's layers apart (see the rules in fence_test.go).
package fence
