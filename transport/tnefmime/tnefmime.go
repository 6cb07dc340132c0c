package tnefmime

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/tnef"
)

// MIME names used for TNEF.
const (
	ContentType     = "application/ms-tnef"
	ContentTypeVnd  = "application/vnd.ms-tnef"
	FileName        = "winmail.dat"
	CorrelatorField = "X-MS-TNEF-Correlator"
)

// Errors returned by [Find] and [Unwrap].
var (
	// ErrNoTNEF means the message has no TNEF part.
	ErrNoTNEF = errors.New("tnefmime: no tnef part")
	// ErrCorrelator means X-MS-TNEF-Correlator and the stream's
	// PR_TNEF_CORRELATION_KEY differ; MAPI says to ignore the TNEF then.
	ErrCorrelator = errors.New("tnefmime: tnef correlator mismatch")
	// ErrNesting means multiparts nest more than [MaxNesting] deep.
	ErrNesting = errors.New("tnefmime: multiparts nested too deep")
)

// MaxNesting is how deep [Find] follows multiparts inside multiparts. Real
// messages nest a few levels; each level costs a reader and a copy of the
// path for every part below it, so a message of nothing but nested
// multiparts would cost memory and time quadratic in its size.
const MaxNesting = 64

// Options controls [Wrap].
type Options struct {
	// Correlator goes into X-MS-TNEF-Correlator. It must equal the
	// correlation key given to tnef.Encode (tnef.WithCorrelator); Exchange
	// uses the Message-ID.
	Correlator string
	// Text is the plain-text rendering of the body for the first part.
	Text string
	// Boundary is the multipart boundary. Empty derives one from the
	// correlator and the TNEF bytes, so output is deterministic.
	Boundary string
}

// Wrap writes a legacy-TNEF message: header h (Subject, From, To, Date,
// Message-ID...) plus X-MS-TNEF-Correlator, then multipart/mixed with a
// text/plain part and, last, stream as the winmail.dat attachment.
func Wrap(w io.Writer, h message.Header, stream []byte, opt Options) error {
	boundary := opt.Boundary
	if boundary == "" {
		boundary = deriveBoundary(opt.Correlator, stream)
	}
	h.SetContentType("multipart/mixed", map[string]string{"boundary": boundary})
	h.Set("MIME-Version", "1.0")
	h.Set(CorrelatorField, opt.Correlator)
	mw, err := message.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if err := writeText(mw, opt.Text); err != nil {
		return err
	}
	if err := WritePart(mw, stream); err != nil {
		return err
	}
	return mw.Close()
}

func deriveBoundary(correlator string, stream []byte) string {
	f := fnv.New64a()
	f.Write([]byte(correlator))
	f.Write(stream)
	return fmt.Sprintf("_000_%016x_", f.Sum64())
}

func writeText(mw *message.Writer, text string) error {
	var h message.Header
	h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	pw, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(pw, text); err != nil {
		return err
	}
	return pw.Close()
}

// WritePart adds stream to a multipart writer as the TNEF attachment, with
// its fields in Exchange's order: Content-Disposition, then
// Content-Transfer-Encoding (base64), then Content-Type.
func WritePart(mw *message.Writer, stream []byte) error {
	var h message.Header
	// go-message writes fields in reverse order of addition.
	h.Add("Content-Type", ContentType+`; name="`+FileName+`"`)
	h.Add("Content-Transfer-Encoding", "base64")
	h.Add("Content-Disposition", `attachment; filename="`+FileName+`"`)
	pw, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := pw.Write(stream); err != nil {
		return err
	}
	return pw.Close()
}

// WriteSummary writes a summary-TNEF (STNEF) message, the form Exchange
// uses between its own servers: the whole message is one
// application/ms-tnef entity with binary transfer encoding. Never send it
// to an external recipient.
func WriteSummary(w io.Writer, h message.Header, stream []byte) error {
	h.SetContentType(ContentType, map[string]string{"name": FileName})
	h.Set("Content-Transfer-Encoding", "binary")
	h.Set("MIME-Version", "1.0")
	mw, err := message.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if _, err := mw.Write(stream); err != nil {
		return err
	}
	return mw.Close()
}

// Part is a TNEF part found in a MIME message.
type Part struct {
	ContentType string // application/ms-tnef or application/vnd.ms-tnef
	FileName    string // usually winmail.dat
	Correlator  string // X-MS-TNEF-Correlator of the top-level header
	Data        []byte // the decoded stream
}

// Find reads a MIME message and returns its TNEF parts in order, looking
// into nested multiparts, at most [MaxNesting] deep ([ErrNesting]). The
// top-level entity itself counts when it is TNEF (summary TNEF). Unknown
// text charsets are not an error.
func Find(r io.Reader) ([]Part, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, fmt.Errorf("tnefmime: %w", err)
	}
	correlator := strings.TrimSpace(e.Header.Get(CorrelatorField))
	// The first TNEF part's data is read into a buffer sized from what is
	// left of r, when r knows it: the data is no larger than that.
	hint := 0
	if l, ok := r.(interface{ Len() int }); ok {
		hint = l.Len()
	}
	var parts []Part
	err = e.Walk(func(path []int, part *message.Entity, err error) error {
		if len(path) > MaxNesting {
			return ErrNesting
		}
		if err != nil && !message.IsUnknownCharset(err) {
			return err
		}
		if len(parts) > 0 {
			hint = 0
		}
		p, ok, err := partOf(part, hint)
		if ok {
			p.Correlator = correlator
			parts = append(parts, p)
		}
		return err
	})
	switch {
	case errors.Is(err, ErrNesting):
		return parts, err
	case err != nil:
		return parts, fmt.Errorf("tnefmime: %w", err)
	}
	return parts, nil
}

// partOf reports whether e is a TNEF part and describes it; its data is
// read into a buffer of hint bytes when hint is not 0.
func partOf(e *message.Entity, hint int) (Part, bool, error) {
	t, params, _ := e.Header.ContentType()
	if !strings.EqualFold(t, ContentType) && !strings.EqualFold(t, ContentTypeVnd) {
		return Part{}, false, nil
	}
	p := Part{ContentType: strings.ToLower(t), FileName: params["name"]}
	if _, dp, err := e.Header.ContentDisposition(); err == nil && dp["filename"] != "" {
		p.FileName = dp["filename"]
	}
	if hint == 0 {
		data, err := io.ReadAll(e.Body)
		p.Data = data
		return p, true, err
	}
	if strings.EqualFold(strings.TrimSpace(e.Header.Get("Content-Transfer-Encoding")), "base64") {
		hint = hint/4*3 + 3 // base64 carries 3 bytes in 4 characters
	}
	b := bytes.NewBuffer(make([]byte, 0, hint+bytes.MinRead))
	_, err := b.ReadFrom(e.Body)
	p.Data = b.Bytes()
	return p, true, err
}

// Unwrap finds the first TNEF part of a MIME message and decodes it. When
// the message has an X-MS-TNEF-Correlator that differs from the stream's
// PR_TNEF_CORRELATION_KEY, it returns the decoded message with an error
// wrapping [ErrCorrelator]; the caller decides whether to ignore the TNEF.
func Unwrap(r io.Reader, opts ...tnef.ReadOption) (*tnef.Message, *Part, error) {
	parts, err := Find(r)
	if err != nil {
		return nil, nil, err
	}
	if len(parts) == 0 {
		return nil, nil, ErrNoTNEF
	}
	p := &parts[0]
	m, err := tnef.Decode(bytes.NewReader(p.Data), opts...)
	if err != nil {
		return m, p, err
	}
	if key := m.Correlator(); p.Correlator != "" && key != "" && key != p.Correlator {
		return m, p, fmt.Errorf("%w: header %q, stream %q", ErrCorrelator, p.Correlator, key)
	}
	return m, p, nil
}
