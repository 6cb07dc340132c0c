// Command enumgen generates model/enums_gen.go, the enumeration types of
// package model, from the declarative list in enums.txt beside it.
//
// For every enumeration it writes the string type with its doc comment,
// one constant per value in Exchange's order, an unexported list of the
// values, and the methods EnumValues (model.Enum) and Set
// (model.EnumSetter). Only an enumeration whose entry has a "func" line
// also gets the extras that line names: the function Parse<Type>
// ("func Parse") and the method Values returning the typed list
// ("func Values"), so that no generated function goes unused. The shared
// helpers they call (enumStrings, setEnum, parseEnum) are hand-written in
// model/enum.go.
//
// It is run by the go:generate directive in model/enum.go:
//
//	go generate ./model
//
// which writes enums_gen.go in the current directory (package model's).
// Run directly, it needs -o:
//
//	go run ./model/internal/enumgen -o model/enums_gen.go
//
// The list is embedded in the program, so the test beside it can check
// that the checked-in enums_gen.go is exactly what enumgen writes now.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/format"
	"go/token"
	"log"
	"os"
	"strconv"
	"strings"
	"text/template"
)

// listFile is the name of the embedded list, used in error messages.
const listFile = "enums.txt"

//go:embed enums.txt
var list []byte

func main() {
	log.SetFlags(0)
	log.SetPrefix("enumgen: ")
	out := flag.String("o", "", `output file (default "enums_gen.go" when run by go generate)`)
	flag.Parse()
	if flag.NArg() > 0 {
		log.Fatalf("unexpected arguments %q", flag.Args())
	}
	if *out == "" {
		// go generate runs us in the package directory and sets GOPACKAGE.
		if pkg := os.Getenv("GOPACKAGE"); pkg != "model" {
			log.Fatal("run by \"go generate ./model\", or pass -o model/enums_gen.go")
		}
		*out = "enums_gen.go"
	}
	src, err := generate(list)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// enum is one enumeration of the list.
type enum struct {
	Name   string   // Go type name
	Doc    []string // doc comment lines, without "// "
	Funcs  funcs    // optional extras from the func line
	Values []value  // in Exchange's order
}

// funcs are the optional extras of an enumeration (its "func" line).
type funcs struct {
	Parse  bool // func Parse<Type>(string) (<Type>, error)
	Values bool // method Values() []<Type>
}

// value is one value of an enumeration.
type value struct {
	Const string // Go constant name
	Value string // Exchange's spelling
}

// List is the name of the enumeration's unexported value list.
func (e enum) List() string {
	return strings.ToLower(e.Name[:1]) + e.Name[1:] + "List"
}

// generate parses the list src and returns the gofmt'd enums_gen.go.
func generate(src []byte) ([]byte, error) {
	enums, err := parse(src)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := fileTmpl.Execute(&buf, enums); err != nil {
		return nil, err
	}
	out, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting the generated code: %v", err)
	}
	return out, nil
}

// parse reads the list (format described at the top of enums.txt) and
// checks that every name is a fresh exported Go identifier and that no
// enumeration is empty or has two values Set could not tell apart.
func parse(src []byte) ([]enum, error) {
	var enums []enum
	names := map[string]int{} // Go identifier → line declaring it
	declare := func(line int, id, what string) error {
		if !token.IsIdentifier(id) || !token.IsExported(id) {
			return fmt.Errorf("%s:%d: %s %q is not an exported Go identifier", listFile, line, what, id)
		}
		if prev, dup := names[id]; dup {
			return fmt.Errorf("%s:%d: %s declared again (first on line %d)", listFile, line, id, prev)
		}
		names[id] = line
		return nil
	}
	for i, text := range strings.Split(string(src), "\n") {
		line := i + 1
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		keyword, rest, _ := strings.Cut(text, " ")
		rest = strings.TrimSpace(rest)
		switch keyword {
		case "enum":
			if err := checkLast(enums); err != nil {
				return nil, err
			}
			if err := declare(line, rest, "enum name"); err != nil {
				return nil, err
			}
			enums = append(enums, enum{Name: rest})
		case "func":
			if len(enums) == 0 {
				return nil, fmt.Errorf("%s:%d: func before the first enum", listFile, line)
			}
			e := &enums[len(enums)-1]
			if len(e.Values) > 0 {
				return nil, fmt.Errorf("%s:%d: func after the values of %s", listFile, line, e.Name)
			}
			if e.Funcs != (funcs{}) {
				return nil, fmt.Errorf("%s:%d: second func line for %s", listFile, line, e.Name)
			}
			names := strings.Fields(rest)
			if len(names) == 0 {
				return nil, fmt.Errorf("%s:%d: func line names no function (Parse, Values)", listFile, line)
			}
			for _, name := range names {
				var flag *bool
				switch name {
				case "Parse":
					flag = &e.Funcs.Parse
				case "Values":
					flag = &e.Funcs.Values
				default:
					return nil, fmt.Errorf("%s:%d: unknown func %q (want Parse or Values)", listFile, line, name)
				}
				if *flag {
					return nil, fmt.Errorf("%s:%d: func %s twice", listFile, line, name)
				}
				*flag = true
			}
			if e.Funcs.Parse {
				if err := declare(line, "Parse"+e.Name, "parse function"); err != nil {
					return nil, err
				}
			}
		case "doc":
			if len(enums) == 0 {
				return nil, fmt.Errorf("%s:%d: doc before the first enum", listFile, line)
			}
			e := &enums[len(enums)-1]
			if len(e.Values) > 0 {
				return nil, fmt.Errorf("%s:%d: doc after the values of %s", listFile, line, e.Name)
			}
			if len(e.Doc) == 0 && !strings.HasPrefix(rest, e.Name+" ") {
				return nil, fmt.Errorf("%s:%d: doc of %s must start with %q", listFile, line, e.Name, e.Name+" ")
			}
			e.Doc = append(e.Doc, rest)
		default:
			if len(enums) == 0 {
				return nil, fmt.Errorf("%s:%d: value before the first enum", listFile, line)
			}
			e := &enums[len(enums)-1]
			name, lit, ok := strings.Cut(text, "=")
			name, lit = strings.TrimSpace(name), strings.TrimSpace(lit)
			if !ok {
				return nil, fmt.Errorf("%s:%d: want enum, doc, func or Const = \"value\"", listFile, line)
			}
			v, err := strconv.Unquote(lit)
			if err != nil || !strings.HasPrefix(lit, `"`) {
				return nil, fmt.Errorf("%s:%d: value of %s is not a Go string literal: %s", listFile, line, name, lit)
			}
			if v == "" || v != strings.TrimSpace(v) {
				// Set and ParseX trim their input, so these would never match.
				return nil, fmt.Errorf("%s:%d: value of %s is empty or has outer spaces", listFile, line, name)
			}
			for _, prev := range e.Values {
				if strings.EqualFold(prev.Value, v) {
					return nil, fmt.Errorf("%s:%d: %s has %q twice (values match case-insensitively)", listFile, line, e.Name, v)
				}
			}
			if err := declare(line, name, "constant name"); err != nil {
				return nil, err
			}
			e.Values = append(e.Values, value{Const: name, Value: v})
		}
	}
	if err := checkLast(enums); err != nil {
		return nil, err
	}
	if len(enums) == 0 {
		return nil, fmt.Errorf("%s: no enumerations", listFile)
	}
	return enums, nil
}

// checkLast reports an enumeration left without doc or values.
func checkLast(enums []enum) error {
	if len(enums) == 0 {
		return nil
	}
	e := enums[len(enums)-1]
	if len(e.Doc) == 0 {
		return fmt.Errorf("%s: %s has no doc", listFile, e.Name)
	}
	if len(e.Values) == 0 {
		return fmt.Errorf("%s: %s has no values", listFile, e.Name)
	}
	return nil
}

// fileTmpl is enums_gen.go before gofmt.
var fileTmpl = template.Must(template.New("enums_gen.go").Parse(`// Code generated by model/internal/enumgen; DO NOT EDIT.

package model

// The enumerations below are listed in internal/enumgen/enums.txt: edit
// that file and run "go generate ./model".
{{range .}}{{$e := .}}
{{range .Doc}}// {{.}}
{{end -}}
type {{.Name}} string

// Values of [{{.Name}}].
const (
{{range .Values}}	{{.Const}} {{$e.Name}} = {{printf "%q" .Value}}
{{end -}}
)

// {{.List}} is every [{{.Name}}] in Exchange's order.
var {{.List}} = []{{.Name}}{
{{range .Values}}	{{.Const}},
{{end -}}
}
{{if .Funcs.Values}}
// Values returns every [{{.Name}}] in Exchange's order.
func ({{.Name}}) Values() []{{.Name}} {
	return append([]{{.Name}}(nil), {{.List}}...)
}
{{end}}
// EnumValues implements [Enum].
func ({{.Name}}) EnumValues() []string {
	return enumStrings({{.List}})
}

// Set implements [EnumSetter].
func (v *{{.Name}}) Set(s string) error {
	return setEnum(v, {{printf "%q" .Name}}, s, {{.List}})
}
{{if .Funcs.Parse}}
// Parse{{.Name}} parses s case-insensitively into a [{{.Name}}].
func Parse{{.Name}}(s string) ({{.Name}}, error) {
	return parseEnum({{printf "%q" .Name}}, s, {{.List}})
}
{{end}}{{end}}`))
