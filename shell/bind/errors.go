package bind

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is a parameter binding error. ID is PowerShell's
// FullyQualifiedErrorId (NamedParameterNotFound, MissingArgument, ...),
// Message its exact wording, Category the ErrorCategory name, Param the
// parameter concerned (if any) and Pos the extent of the offending
// parameter or argument item (zero for errors about the whole command,
// such as MissingMandatoryParameter).
type Error struct {
	ID, Message, Category, Param string
	Pos                          Pos
}

// Error returns the PowerShell message.
func (e *Error) Error() string { return e.Message }

// Error IDs (FullyQualifiedErrorId values) returned by this package.
const (
	IDNamedParameterNotFound         = "NamedParameterNotFound"
	IDAmbiguousParameter             = "AmbiguousParameter"
	IDPositionalParameterNotFound    = "PositionalParameterNotFound"
	IDMissingArgument                = "MissingArgument"
	IDParameterAlreadyBound          = "ParameterAlreadyBound"
	IDTransformation                 = "ParameterArgumentTransformationError"
	IDCannotConvertArgument          = "CannotConvertArgument"
	IDCannotConvertArgumentNoMessage = "CannotConvertArgumentNoMessage"
	IDMissingMandatoryParameter      = "MissingMandatoryParameter"
	IDAmbiguousParameterSet          = "AmbiguousParameterSet"
	IDInputObjectNotBound            = "InputObjectNotBound"
	IDNullNotAllowed                 = "ParameterArgumentValidationErrorNullNotAllowed"
	IDEmptyStringNotAllowed          = "ParameterArgumentValidationErrorEmptyStringNotAllowed"
	IDScriptBlockArgumentNoInput     = "ScriptBlockArgumentNoInput"
	IDValidation                     = "ParameterArgumentValidationError"
)

// Error categories used by this package.
const (
	catInvalidArgument = "InvalidArgument"
	catInvalidData     = "InvalidData"
)

// newErr builds an [Error] with a formatted message.
func newErr(id, cat, param string, pos Pos, format string, args ...any) *Error {
	return &Error{ID: id, Category: cat, Param: param, Pos: pos, Message: fmt.Sprintf(format, args...)}
}

func errNotFound(typed string, pos Pos) *Error {
	return newErr(IDNamedParameterNotFound, catInvalidArgument, "", pos,
		"A parameter cannot be found that matches parameter name '%s'.", typed)
}

func errAmbiguous(typed string, cands []*Param) *Error {
	var b strings.Builder
	for _, p := range cands {
		b.WriteString(" -" + p.Name)
	}
	return newErr(IDAmbiguousParameter, catInvalidArgument, "", Pos{},
		"Parameter cannot be processed because the parameter name '%s' is ambiguous. Possible matches include:%s.", typed, b.String())
}

func errPositional(arg string, pos Pos) *Error {
	return newErr(IDPositionalParameterNotFound, catInvalidArgument, "", pos,
		"A positional parameter cannot be found that accepts argument '%s'.", arg)
}

func errMissingArgument(p *Param, pos Pos) *Error {
	return newErr(IDMissingArgument, catInvalidArgument, p.Name, pos,
		"Missing an argument for parameter '%s'. Specify a parameter of type '%s' and try again.", p.Name, paramNetName(p))
}

func errAlreadyBound(p *Param, pos Pos) *Error {
	return newErr(IDParameterAlreadyBound, catInvalidArgument, p.Name, pos,
		"Cannot bind parameter because parameter '%s' is specified more than once. "+
			"To provide multiple values to parameters that can accept multiple values, use the array syntax. "+
			"For example, \"-parameter value1,value2,value3\".", p.Name)
}

func errMissingMandatory(names []string) *Error {
	return newErr(IDMissingMandatoryParameter, catInvalidArgument, strings.Join(names, " "), Pos{},
		"Cannot process command because of one or more missing mandatory parameters: %s.", strings.Join(names, " "))
}

func errAmbiguousSet() *Error {
	return newErr(IDAmbiguousParameterSet, catInvalidArgument, "", Pos{},
		"Parameter set cannot be resolved using the specified named parameters.")
}

func errInputNotBound() *Error {
	return newErr(IDInputObjectNotBound, catInvalidArgument, "", Pos{},
		"The input object cannot be bound to any parameters for the command either because the command does not take "+
			"pipeline input or the input and its properties do not match any of the parameters that take pipeline input.")
}

func errNoInput(p *Param, pos Pos) *Error {
	return newErr(IDScriptBlockArgumentNoInput, catInvalidArgument, p.Name, pos,
		"Cannot bind parameter because parameter '%s' is a script block and there is no input. "+
			"A script block cannot be evaluated without input.", p.Name)
}

func errNull(p *Param) *Error {
	return newErr(IDNullNotAllowed, catInvalidData, p.Name, Pos{},
		"Cannot bind argument to parameter '%s' because it is null.", p.Name)
}

func errEmpty(p *Param) *Error {
	return newErr(IDEmptyStringNotAllowed, catInvalidData, p.Name, Pos{},
		"Cannot bind argument to parameter '%s' because it is an empty string.", p.Name)
}

// errRange is the error of [ValidateRange()] for a value below min or
// above max.
func errRange(p *Param, v float64) *Error {
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	if v < p.Range.Min {
		return newErr(IDValidation, catInvalidData, p.Name, Pos{},
			"Cannot validate argument on parameter '%s'. The %s argument is less than the minimum allowed range of %s. "+
				"Supply an argument that is greater than or equal to %s and then try the command again.", p.Name, num(v), num(p.Range.Min), num(p.Range.Min))
	}
	return newErr(IDValidation, catInvalidData, p.Name, Pos{},
		"Cannot validate argument on parameter '%s'. The %s argument is greater than the maximum allowed range of %s. "+
			"Supply an argument that is less than or equal to %s and then try the command again.", p.Name, num(v), num(p.Range.Max), num(p.Range.Max))
}

// errTransform is "Cannot process argument transformation on parameter
// 'p'. <inner>".
func errTransform(p *Param, inner string) *Error {
	return newErr(IDTransformation, catInvalidData, p.Name, Pos{},
		"Cannot process argument transformation on parameter '%s'. %s", p.Name, inner)
}

func errBool(p *Param, v any, full string) *Error {
	return errTransform(p, fmt.Sprintf("Cannot convert value \"%s\" to type \"%s\". "+
		"Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.", typeNameOf(v), full))
}

// errEnum is the failure to match an enumeration name; 5.1 puts the
// valid names on a line of their own after "try again:".
func errEnum(p *Param, v, typ string, vals []string) *Error {
	return errBindConvert(p, fmt.Sprintf("Cannot convert value \"%s\" to type \"%s\". Error: \"Unable to match the identifier name %s "+
		"to a valid enumerator name. Specify one of the following enumerator names and try again:\n%s\"",
		v, typ, v, strings.Join(vals, ", ")))
}

// errBindConvert is a compiled cmdlet's conversion failure: "Cannot bind
// parameter 'p'. <inner>".
func errBindConvert(p *Param, inner string) *Error {
	return newErr(IDCannotConvertArgumentNoMessage, catInvalidArgument, p.Name, Pos{},
		"Cannot bind parameter '%s'. %s", p.Name, inner)
}

func errCollection(p *Param, v any) *Error {
	return newErr(IDCannotConvertArgument, catInvalidArgument, p.Name, Pos{},
		"Cannot convert '%s' to the type '%s' required by parameter '%s'. Specified method is not supported.",
		typeNameOf(v), paramNetName(p), p.Name)
}

func errCast(p *Param, v any, full string) *Error {
	if v == nil {
		return errBindConvert(p, nullConvert(full))
	}
	return errBindConvert(p, fmt.Sprintf("Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".",
		stringOf(v), typeNameOf(v), full))
}

func errParse(p *Param, s, full string, err error) *Error {
	return errTransform(p, fmt.Sprintf("Cannot convert value \"%s\" to type \"%s\". Error: \"%s\"", s, full, err))
}

// nullConvert is .NET's InvalidCastFromNull text, which 5.1 gives for
// $null converted to a value type that does not take it (an enumeration,
// a parsed Exchange type): "Cannot convert null to type "T".", never
// "Cannot convert value "" ...". errBool is the exception: 5.1 formats
// the missing type of $null as "" there.
func nullConvert(full string) string {
	return fmt.Sprintf("Cannot convert null to type \"%s\".", full)
}

// errNullEnum is $null given to an enumeration parameter.
func errNullEnum(p *Param, typ string) *Error {
	return errBindConvert(p, nullConvert(typ))
}

// errNullParse is $null given to a parsed (Set/UnmarshalText) type.
func errNullParse(p *Param, full string) *Error {
	return errTransform(p, nullConvert(full))
}

func errHashKey(p *Param, key string) *Error {
	return errTransform(p, fmt.Sprintf("The hashtable key '%s' is not valid. Valid keys are: Add, Remove.", key))
}

// at returns err with its position set to pos when it is an [*Error]
// without one.
func at(err error, pos Pos) error {
	if e, ok := err.(*Error); ok && e.Pos == (Pos{}) {
		e.Pos = pos
	}
	return err
}
