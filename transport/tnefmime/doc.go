// Package tnefmime carries TNEF streams in MIME messages: it writes the
// legacy-TNEF layout Exchange sends (a text/plain rendering followed by the
// application/ms-tnef "winmail.dat" part, with X-MS-TNEF-Correlator) and
// the summary-TNEF entity, and it finds and decodes TNEF parts in a
// message, whether labelled application/ms-tnef or application/vnd.ms-tnef.
//
// MIME parsing and writing is done by github.com/emersion/go-message; the
// TNEF codec is package tnef. The package knows nothing of exsh types.
package tnefmime
