package storage

import "testing"

func TestJSONField(t *testing.T) {
	for _, tc := range []struct{ rec, key, want string }{
		{`{"Name":"Bob"}`, "Name", "Bob"},
		{`{"A":{"Name":"inner"},"List":[{"Name":"x"},"Name"],"Note":"\"Name\":\"no\"","Name" : "Outer \u00e9\"q"}`, "Name", "Outer é\"q"},
		{`{"DisplayName":"d","Name":"n"}`, "Name", "n"},
		{`{"Name":null}`, "Name", ""},
		{`{"Other":"x"}`, "Name", ""},
		{`{"Name":"unterminated`, "Name", ""},
	} {
		if got, _ := jsonField([]byte(tc.rec), tc.key); got != tc.want {
			t.Errorf("jsonField(%s, %s) = %q, want %q", tc.rec, tc.key, got, tc.want)
		}
	}
}

func TestJSONInt(t *testing.T) {
	for _, tc := range []struct {
		rec, key string
		want     int64
		ok       bool
	}{
		{`{"InternalMessageId":42}`, "InternalMessageId", 42, true},
		{`{"A":{"Id":7},"Note":"\"Id\":8","Id" : -3,"B":1}`, "Id", -3, true},
		{`{"Id":"12"}`, "Id", 0, false},
		{`{"Id":null}`, "Id", 0, false},
		{`{"Other":1}`, "Id", 0, false},
		{`{"Id":`, "Id", 0, false},
		{`{"Id":99999999999999999999}`, "Id", 0, false},
	} {
		if got, ok := jsonInt([]byte(tc.rec), tc.key); got != tc.want || ok != tc.ok {
			t.Errorf("jsonInt(%s, %s) = %d, %v, want %d, %v", tc.rec, tc.key, got, ok, tc.want, tc.ok)
		}
	}
}
