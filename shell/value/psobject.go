package value

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Member is one member of a value as Get-Member and .PSObject describe
// it. MemberType is Method, NoteProperty, ParameterizedProperty or
// Property; Definition is the 5.1 text ("int Length {get;}",
// "string ToUpper(), string ToUpper(cultureinfo culture)").
type Member struct {
	Name       string
	MemberType string
	Definition string
	// Value is the property's value (properties only).
	Value any
}

// Member types.
const (
	MemberMethod                = "Method"
	MemberNoteProperty          = "NoteProperty"
	MemberProperty              = "Property"
	MemberParameterizedProperty = "ParameterizedProperty"
)

// Members lists the members of v that exsh implements, in Get-Member's
// order (by member type, then by name): the methods callable on v, then
// its properties. A PSCustomObject's properties are NoteProperties;
// hashtable keys are not members.
func Members(v any) []Member {
	if v == nil {
		return nil
	}
	var out []Member
	for name, defs := range methodDefs(v) {
		out = append(out, Member{Name: name, MemberType: MemberMethod, Definition: defs})
	}
	out = append(out, propertyMembers(v)...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].MemberType != out[j].MemberType {
			return out[i].MemberType < out[j].MemberType
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out
}

// propertyMembers lists the properties of v.
func propertyMembers(v any) []Member {
	var out []Member
	switch x := v.(type) {
	case *Object:
		for _, p := range x.Properties() {
			out = append(out, Member{p.Name, MemberNoteProperty, ShortTypeName(p.Value) + " " + p.Name + "=" + noteText(p.Value), p.Value})
		}
		return out
	case string:
		return []Member{
			{"Chars", MemberParameterizedProperty, "char Chars(int index) {get;}", nil},
			{"Length", MemberProperty, "int Length {get;}", utf16Len(x)},
		}
	case *Hashtable:
		return []Member{
			{"Count", MemberProperty, "int Count {get;}", x.Len()},
			{"Item", MemberParameterizedProperty, "System.Object Item(System.Object key) {get;set;}", nil},
			{"Keys", MemberProperty, "System.Collections.ICollection Keys {get;}", x.Keys()},
			{"Values", MemberProperty, "System.Collections.ICollection Values {get;}", x.Values()},
		}
	case time.Time:
		return getters(v, dateProps)
	case time.Duration:
		return getters(v, spanProps)
	}
	if l, ok := asList(v); ok {
		return []Member{
			{"Count", MemberProperty, "int Count {get;}", len(l)},
			{"Length", MemberProperty, "int Length {get;}", len(l)},
		}
	}
	return structMembers(v)
}

// structMembers lists the properties of a struct; a property's type comes
// from its value, or from the field's type when the value is $null (a
// pointer to a value type is a Nullable of it).
func structMembers(v any) []Member {
	rv := structValue(v)
	if !rv.IsValid() {
		return nil
	}
	l := structLayout(rv.Type())
	hidden := hiddenOf(v)
	out := make([]Member, 0, len(l.fields))
	for _, f := range l.fields {
		if hidden[strings.ToLower(f.name)] {
			continue
		}
		val := fieldValue(rv, f)
		t := fieldTypeName(rv.Type().FieldByIndex(f.index).Type, val)
		out = append(out, Member{f.name, MemberProperty, t + " " + f.name + " {get;set;}", val})
	}
	return out
}

// fieldTypeName is the type a property definition shows, without Go
// package qualifiers.
func fieldTypeName(t reflect.Type, val any) string {
	if val != nil {
		return goQualifier.ReplaceAllString(ShortTypeName(val), "")
	}
	nullable := t.Kind() == reflect.Pointer
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	name := "object"
	if t.Kind() != reflect.Interface {
		name = goQualifier.ReplaceAllString(ShortTypeName(Normalize(reflect.Zero(t).Interface())), "")
	}
	if nullable && t.Kind() != reflect.Struct && t.Kind() != reflect.Interface && t.Kind() != reflect.String {
		return "System.Nullable[" + name + "]"
	}
	return name
}

// goQualifier matches a Go package qualifier such as "model.".
var goQualifier = regexp.MustCompile(`\b[a-z][a-z0-9]*\.`)

// dateProps and spanProps are the read-only properties of DateTime and
// TimeSpan, spelled as .NET does.
var (
	dateProps = []string{"Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"}
	spanProps = []string{"Days", "Hours", "Milliseconds", "Minutes", "Seconds", "Ticks", "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds"}
)

// getters lists read-only properties of v with their current values.
func getters(v any, names []string) []Member {
	out := make([]Member, 0, len(names))
	for _, n := range names {
		x, _ := GetMember(v, n)
		t := ShortTypeName(x)
		switch n {
		case "DayOfWeek":
			t = "System.DayOfWeek"
		case "Kind":
			t = "System.DateTimeKind"
		}
		out = append(out, Member{n, MemberProperty, t + " " + n + " {get;}", x})
	}
	return out
}

// noteText is a NoteProperty value in its definition ("null" for $null).
func noteText(v any) string {
	if v == nil {
		return "null"
	}
	return ToString(v)
}

// shortNames are the type accelerators Get-Member uses in definitions.
var shortNames = map[string]string{
	"System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool",
	"System.Double": "double", "System.Decimal": "decimal", "System.Char": "char", "System.Byte": "byte",
	"System.DateTime": "datetime", "System.TimeSpan": "timespan", "System.Collections.Hashtable": "hashtable",
	"System.Management.Automation.ScriptBlock": "scriptblock", "System.Object[]": "Object[]",
	"System.Management.Automation.PSCustomObject": "System.Management.Automation.PSCustomObject",
}

// ShortTypeName is the type name of v as Get-Member definitions show it:
// the accelerator of common types (int, string, datetime), "object" for
// $null, the full .NET name otherwise.
func ShortTypeName(v any) string {
	if v == nil {
		return "object"
	}
	n := TypeNames(v)[0]
	if s, ok := shortNames[n]; ok {
		return s
	}
	return n
}

// methodDefs returns the definitions of the methods callable on v, by
// canonical name: those of [commonDefs] and of v's kind that exsh
// implements.
func methodDefs(v any) map[string]string {
	out := map[string]string{}
	for _, set := range methodSets(v) {
		for key := range set {
			name, def := methodDef(v, key)
			if name == "" {
				continue
			}
			if _, dup := out[name]; !dup {
				out[name] = def
			}
		}
	}
	return out
}

// methodDef returns the canonical name and definition of the method key
// (lower case) on v; "" when it has none (a method exsh only accepts as
// an alias of another).
func methodDef(v any, key string) (string, string) {
	tables := []map[string][2]string{commonDefs}
	switch v.(type) {
	case string:
		tables = []map[string][2]string{stringDefs, commonDefs}
	case *Hashtable:
		tables = []map[string][2]string{hashtableDefs, commonDefs}
	case time.Time:
		tables = []map[string][2]string{dateDefs, commonDefs}
	case time.Duration:
		tables = []map[string][2]string{spanDefs, commonDefs}
	case int, float64, Decimal, bool:
		tables = []map[string][2]string{scalarDefs, commonDefs}
	case SwitchParameter:
		tables = []map[string][2]string{switchDefs, commonDefs}
	default:
		if IsEnumerable(v) {
			tables = []map[string][2]string{listDefs, commonDefs}
		}
	}
	for _, t := range tables {
		if d, ok := t[key]; ok {
			return d[0], d[1]
		}
	}
	return "", ""
}

// commonDefs are the methods of every object.
var commonDefs = map[string][2]string{
	"equals":      {"Equals", "bool Equals(System.Object obj)"},
	"gethashcode": {"GetHashCode", "int GetHashCode()"},
	"gettype":     {"GetType", "type GetType()"},
	"tostring":    {"ToString", "string ToString()"},
}

// scalarDefs are the methods of numbers and Booleans beyond [commonDefs].
var scalarDefs = map[string][2]string{
	"compareto": {"CompareTo", "int CompareTo(System.Object value)"},
	"tostring":  {"ToString", "string ToString(), string ToString(string format)"},
}

// stringDefs are the System.String methods exsh implements.
var stringDefs = map[string][2]string{
	"compareto":        {"CompareTo", "int CompareTo(System.Object value), int CompareTo(string strB)"},
	"contains":         {"Contains", "bool Contains(string value)"},
	"endswith":         {"EndsWith", "bool EndsWith(string value)"},
	"equals":           {"Equals", "bool Equals(System.Object obj), bool Equals(string value)"},
	"indexof":          {"IndexOf", "int IndexOf(char value), int IndexOf(string value), int IndexOf(string value, int startIndex)"},
	"insert":           {"Insert", "string Insert(int startIndex, string value)"},
	"lastindexof":      {"LastIndexOf", "int LastIndexOf(char value), int LastIndexOf(string value)"},
	"padleft":          {"PadLeft", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"},
	"padright":         {"PadRight", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"},
	"remove":           {"Remove", "string Remove(int startIndex, int count), string Remove(int startIndex)"},
	"replace":          {"Replace", "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)"},
	"split":            {"Split", "string[] Split(Params char[] separator), string[] Split(char[] separator, int count)"},
	"startswith":       {"StartsWith", "bool StartsWith(string value)"},
	"substring":        {"Substring", "string Substring(int startIndex), string Substring(int startIndex, int length)"},
	"tochararray":      {"ToCharArray", "char[] ToCharArray()"},
	"tolower":          {"ToLower", "string ToLower()"},
	"tolowerinvariant": {"ToLowerInvariant", "string ToLowerInvariant()"},
	"tostring":         {"ToString", "string ToString(), string ToString(System.IFormatProvider provider)"},
	"toupper":          {"ToUpper", "string ToUpper()"},
	"toupperinvariant": {"ToUpperInvariant", "string ToUpperInvariant()"},
	"trim":             {"Trim", "string Trim(Params char[] trimChars), string Trim()"},
	"trimend":          {"TrimEnd", "string TrimEnd(Params char[] trimChars)"},
	"trimstart":        {"TrimStart", "string TrimStart(Params char[] trimChars)"},
}

// hashtableDefs are the System.Collections.Hashtable methods exsh
// implements.
var hashtableDefs = map[string][2]string{
	"add":           {"Add", "void Add(System.Object key, System.Object value)"},
	"clear":         {"Clear", "void Clear()"},
	"clone":         {"Clone", "System.Object Clone()"},
	"contains":      {"Contains", "bool Contains(System.Object key)"},
	"containskey":   {"ContainsKey", "bool ContainsKey(System.Object key)"},
	"containsvalue": {"ContainsValue", "bool ContainsValue(System.Object value)"},
	"getenumerator": {"GetEnumerator", "System.Collections.IDictionaryEnumerator GetEnumerator()"},
	"remove":        {"Remove", "void Remove(System.Object key)"},
}

// listDefs are the array methods exsh implements.
var listDefs = map[string][2]string{
	"add":      {"Add", "int IList.Add(System.Object value)"},
	"clone":    {"Clone", "System.Object Clone()"},
	"contains": {"Contains", "bool IList.Contains(System.Object value)"},
	"getvalue": {"GetValue", "System.Object GetValue(int index)"},
	"indexof":  {"IndexOf", "int IList.IndexOf(System.Object value)"},
}

// dateDefs are the System.DateTime methods exsh implements.
var dateDefs = map[string][2]string{
	"add":                  {"Add", "datetime Add(timespan value)"},
	"adddays":              {"AddDays", "datetime AddDays(double value)"},
	"addhours":             {"AddHours", "datetime AddHours(double value)"},
	"addmilliseconds":      {"AddMilliseconds", "datetime AddMilliseconds(double value)"},
	"addminutes":           {"AddMinutes", "datetime AddMinutes(double value)"},
	"addmonths":            {"AddMonths", "datetime AddMonths(int months)"},
	"addseconds":           {"AddSeconds", "datetime AddSeconds(double value)"},
	"addyears":             {"AddYears", "datetime AddYears(int value)"},
	"compareto":            {"CompareTo", "int CompareTo(System.Object value), int CompareTo(datetime value)"},
	"isdaylightsavingtime": {"IsDaylightSavingTime", "bool IsDaylightSavingTime()"},
	"subtract":             {"Subtract", "timespan Subtract(datetime value), datetime Subtract(timespan value)"},
	"tolocaltime":          {"ToLocalTime", "datetime ToLocalTime()"},
	"tolongdatestring":     {"ToLongDateString", "string ToLongDateString()"},
	"tolongtimestring":     {"ToLongTimeString", "string ToLongTimeString()"},
	"toshortdatestring":    {"ToShortDateString", "string ToShortDateString()"},
	"toshorttimestring":    {"ToShortTimeString", "string ToShortTimeString()"},
	"tostring":             {"ToString", "string ToString(), string ToString(string format)"},
	"touniversaltime":      {"ToUniversalTime", "datetime ToUniversalTime()"},
}

// spanDefs are the System.TimeSpan methods exsh implements.
var spanDefs = map[string][2]string{
	"add":       {"Add", "timespan Add(timespan ts)"},
	"compareto": {"CompareTo", "int CompareTo(System.Object value), int CompareTo(timespan value)"},
	"duration":  {"Duration", "timespan Duration()"},
	"negate":    {"Negate", "timespan Negate()"},
	"subtract":  {"Subtract", "timespan Subtract(timespan ts)"},
	"tostring":  {"ToString", "string ToString(), string ToString(string format)"},
}

// PSObjectInfo is what $x.PSObject returns: the object's members and
// type names as PowerShell's extended type system sees them.
type PSObjectInfo struct {
	BaseObject          any
	Members             MemberCollection
	Properties          MemberCollection
	Methods             MemberCollection
	ImmediateBaseObject any
	TypeNames           []any
}

// MemberCollection is a list of [*PSMemberInfo] that can also be indexed
// by member name ($x.PSObject.Properties['Name']).
type MemberCollection []any

// TypeName returns the PowerShell collection type.
func (MemberCollection) TypeName() string {
	return "System.Management.Automation.PSMemberInfoCollection"
}

// ByName returns the member called name (case-insensitive) or nil.
func (c MemberCollection) ByName(name string) any {
	for _, m := range c {
		if strings.EqualFold(m.(*PSMemberInfo).Name, name) {
			return m
		}
	}
	return nil
}

// TypeName returns System.Management.Automation.PSObject.
func (*PSObjectInfo) TypeName() string { return "System.Management.Automation.PSObject" }

// String is the base object's string form, as PSObject.ToString().
func (p *PSObjectInfo) String() string { return ToString(p.BaseObject) }

// PSMemberInfo is one entry of .PSObject.Properties, .Methods or
// .Members, with the properties of PowerShell's PSNoteProperty,
// PSProperty or PSMethod.
type PSMemberInfo struct {
	MemberType      string
	IsSettable      bool
	IsGettable      bool
	Value           any
	TypeNameOfValue string
	Name            string
	IsInstance      bool

	def string
}

// TypeName returns the PowerShell class of the member.
func (m *PSMemberInfo) TypeName() string {
	switch m.MemberType {
	case MemberNoteProperty:
		return "System.Management.Automation.PSNoteProperty"
	case MemberMethod:
		return "System.Management.Automation.PSMethod"
	case MemberParameterizedProperty:
		return "System.Management.Automation.PSParameterizedProperty"
	}
	return "System.Management.Automation.PSProperty"
}

// String is the member's definition, as PSMemberInfo.ToString().
func (m *PSMemberInfo) String() string { return m.def }

// NewPSObjectInfo describes v for $v.PSObject.
func NewPSObjectInfo(v any) *PSObjectInfo {
	p := &PSObjectInfo{BaseObject: v, ImmediateBaseObject: v, Members: MemberCollection{}, Properties: MemberCollection{}, Methods: MemberCollection{}}
	for _, n := range TypeNames(v) {
		p.TypeNames = append(p.TypeNames, n)
	}
	switch v.(type) {
	case int, float64, Decimal, bool, time.Time, time.Duration:
		p.TypeNames = append(p.TypeNames, "System.ValueType")
	}
	if _, ok := asList(v); ok {
		p.TypeNames = append(p.TypeNames, "System.Array")
	}
	if p.TypeNames[len(p.TypeNames)-1] != "System.Object" {
		p.TypeNames = append(p.TypeNames, "System.Object")
	}
	for _, m := range Members(v) {
		info := memberInfo(v, m)
		p.Members = append(p.Members, info)
		switch m.MemberType {
		case MemberMethod:
			p.Methods = append(p.Methods, info)
		case MemberNoteProperty, MemberProperty:
			p.Properties = append(p.Properties, info)
		}
	}
	p.Properties = propertyOrder(v, p.Properties)
	return p
}

// memberInfo converts a [Member] into its PSMemberInfo.
func memberInfo(v any, m Member) *PSMemberInfo {
	info := &PSMemberInfo{MemberType: m.MemberType, Name: m.Name, IsInstance: true, IsGettable: true, def: m.Definition}
	switch m.MemberType {
	case MemberMethod:
		info.TypeNameOfValue = "System.Management.Automation.PSMethod"
		info.Value = m.Definition
		info.IsGettable = false
	case MemberNoteProperty:
		info.Value, info.IsSettable = m.Value, true
		info.TypeNameOfValue = typeNameOf(m.Value)
	default:
		info.Value = m.Value
		info.IsSettable = strings.HasSuffix(m.Definition, "{get;set;}")
		info.TypeNameOfValue = typeNameOf(m.Value)
	}
	return info
}

// typeNameOf is the full type name of a property value (System.Object
// for $null).
func typeNameOf(v any) string {
	if v == nil {
		return "System.Object"
	}
	return TypeNames(v)[0]
}

// propertyOrder puts .PSObject.Properties in declaration order, as
// PowerShell does (Get-Member sorts them by name, .PSObject does not).
func propertyOrder(v any, props MemberCollection) MemberCollection {
	names := PropertyNames(v)
	if len(names) == 0 {
		return props
	}
	rank := map[string]int{}
	for i, n := range names {
		rank[strings.ToLower(n)] = i
	}
	sort.SliceStable(props, func(i, j int) bool {
		return rank[strings.ToLower(props[i].(*PSMemberInfo).Name)] < rank[strings.ToLower(props[j].(*PSMemberInfo).Name)]
	})
	return props
}
