package mailflow

import (
	"fmt"
	"html"
	"strings"
)

// Dimensions of the route drawing.
const (
	svgWidth   = 760
	svgBox     = 34 // height of a hop's box
	svgGap     = 22 // room for the arrow between two boxes
	svgHeading = 30 // height of a recipient's heading
	svgMargin  = 16
)

// routeSVG draws Trace-Message's lines as a picture: per recipient a
// heading, then each hop as a box with an arrow to the next. Lines that
// start with two spaces are hops; the others are headings.
func routeSVG(lines []string) string {
	var body strings.Builder
	y := svgMargin
	prevHop := false
	for _, l := range lines {
		hop, ok := strings.CutPrefix(l, "  ")
		if !ok {
			y += 8
			fmt.Fprintf(&body, `<text x="%d" y="%d" font-weight="bold">%s</text>`+"\n", svgMargin, y+18, html.EscapeString(l))
			y += svgHeading
			prevHop = false
			continue
		}
		if prevHop {
			x := svgWidth / 2
			fmt.Fprintf(&body, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#555" marker-end="url(#arrow)"/>`+"\n", x, y, x, y+svgGap-2)
			y += svgGap
		}
		fill := "#eef4fb"
		if strings.Contains(hop, "relay ") {
			fill = "#fff3e0"
		}
		if strings.Contains(hop, "non-delivery") || strings.Contains(hop, "waits") || strings.Contains(hop, "no mailbox") {
			fill = "#fdecea"
		}
		fmt.Fprintf(&body, `<rect x="%d" y="%d" width="%d" height="%d" rx="6" fill="%s" stroke="#888"/>`+"\n", svgMargin, y, svgWidth-2*svgMargin, svgBox, fill)
		fmt.Fprintf(&body, `<text x="%d" y="%d">%s</text>`+"\n", svgMargin+10, y+22, html.EscapeString(hop))
		y += svgBox
		prevHop = true
	}
	height := y + svgMargin
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n"+
		`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>`+"\n"+
		`<rect width="100%%" height="100%%" fill="white"/>`+"\n%s</svg>\n", svgWidth, height, svgWidth, height, body.String())
}
