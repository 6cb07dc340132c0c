// Package value owns the runtime values of the exsh PowerShell dialect and
// every operation on them: conversion ([ToString], [Convert], [Truthy]),
// member access ([GetMember], [CallMethod]), operators ([Binary], [Unary]),
// comparison ([Equal], [Compare]), composite formatting ([Format]),
// wildcards ([MatchWildcard]) and numeric literals ([ParseNumber]).
//
// Values are plain Go values:
//
//	$null            nil
//	[bool]           bool
//	[int] / [long]   int (Int32 while in range, Int64 beyond)
//	[double]         float64
//	[decimal]        [Decimal] (exact base 10, 28-29 digits)
//	[string]         string
//	[char]           [Char]
//	object[]         []any (reference semantics)
//	hashtable        *[Hashtable] (also [ordered])
//	PSCustomObject   *[Object]
//	DateTime         time.Time
//	TimeSpan         time.Duration
//
// Any other Go value is treated by reflection: the exported fields of a
// struct (declaration order, embedded structs flattened, fields tagged
// `ps:"-"` skipped) are its properties; [fmt.Stringer] gives its string
// form, a TypeName() string method its .NET type name and a
// DefaultTableColumns() []string method its default table view.
//
// Error values returned by this package are [*Error]: their message is the
// PowerShell wording, because this package is the user-facing runtime.
//
// The package imports nothing from exsh. Its only package-level state are
// concurrency-safe caches (struct layouts, compiled wildcard and regular
// expression patterns) that never change observable behaviour.
package value
