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
