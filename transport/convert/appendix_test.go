package convert

import (
	"fmt"
	"testing"

	"github.com/exsh/exsh/model"
)

// appendixRow is one row of message-flow.md Appendix A: remote domain
// TNEFEnabled, UseMapiRichTextFormat, Outlook per-contact format, Outlook
// default format, compose format, the documented result, its basis and
// the divergence it belongs to.
type appendixRow struct {
	n                       int
	rd, mu, oc, od, body    string
	want, basis, divergence string
}

// appendixA holds all 243 rows of Appendix A, written out.
var appendixA = []appendixRow{
	{1, "$true", "Always", "Decide", "HTML", "RTF", "TNEF", "D", ""},
	{2, "$true", "Always", "Decide", "HTML", "HTML", "TNEF", "D", ""},
	{3, "$true", "Always", "Decide", "HTML", "Plain", "TNEF", "D", ""},
	{4, "$true", "Always", "Decide", "Plain", "RTF", "TNEF", "D", ""},
	{5, "$true", "Always", "Decide", "Plain", "HTML", "TNEF", "D", ""},
	{6, "$true", "Always", "Decide", "Plain", "Plain", "TNEF", "D", ""},
	{7, "$true", "Always", "Decide", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{8, "$true", "Always", "Decide", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{9, "$true", "Always", "Decide", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{10, "$true", "Always", "PlainOnly", "HTML", "RTF", "TNEF", "D", ""},
	{11, "$true", "Always", "PlainOnly", "HTML", "HTML", "TNEF", "D", ""},
	{12, "$true", "Always", "PlainOnly", "HTML", "Plain", "TNEF", "D", ""},
	{13, "$true", "Always", "PlainOnly", "Plain", "RTF", "TNEF", "D", ""},
	{14, "$true", "Always", "PlainOnly", "Plain", "HTML", "TNEF", "D", ""},
	{15, "$true", "Always", "PlainOnly", "Plain", "Plain", "TNEF", "D", ""},
	{16, "$true", "Always", "PlainOnly", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{17, "$true", "Always", "PlainOnly", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{18, "$true", "Always", "PlainOnly", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{19, "$true", "Always", "OutlookRTF", "HTML", "RTF", "TNEF", "D", ""},
	{20, "$true", "Always", "OutlookRTF", "HTML", "HTML", "TNEF", "D", ""},
	{21, "$true", "Always", "OutlookRTF", "HTML", "Plain", "TNEF", "D", ""},
	{22, "$true", "Always", "OutlookRTF", "Plain", "RTF", "TNEF", "D", ""},
	{23, "$true", "Always", "OutlookRTF", "Plain", "HTML", "TNEF", "D", ""},
	{24, "$true", "Always", "OutlookRTF", "Plain", "Plain", "TNEF", "D", ""},
	{25, "$true", "Always", "OutlookRTF", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{26, "$true", "Always", "OutlookRTF", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{27, "$true", "Always", "OutlookRTF", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{28, "$true", "Never", "Decide", "HTML", "RTF", "TNEF", "D", ""},
	{29, "$true", "Never", "Decide", "HTML", "HTML", "TNEF", "D", ""},
	{30, "$true", "Never", "Decide", "HTML", "Plain", "TNEF", "D", ""},
	{31, "$true", "Never", "Decide", "Plain", "RTF", "TNEF", "D", ""},
	{32, "$true", "Never", "Decide", "Plain", "HTML", "TNEF", "D", ""},
	{33, "$true", "Never", "Decide", "Plain", "Plain", "TNEF", "D", ""},
	{34, "$true", "Never", "Decide", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{35, "$true", "Never", "Decide", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{36, "$true", "Never", "Decide", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{37, "$true", "Never", "PlainOnly", "HTML", "RTF", "TNEF", "D", ""},
	{38, "$true", "Never", "PlainOnly", "HTML", "HTML", "TNEF", "D", ""},
	{39, "$true", "Never", "PlainOnly", "HTML", "Plain", "TNEF", "D", ""},
	{40, "$true", "Never", "PlainOnly", "Plain", "RTF", "TNEF", "D", ""},
	{41, "$true", "Never", "PlainOnly", "Plain", "HTML", "TNEF", "D", ""},
	{42, "$true", "Never", "PlainOnly", "Plain", "Plain", "TNEF", "D", ""},
	{43, "$true", "Never", "PlainOnly", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{44, "$true", "Never", "PlainOnly", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{45, "$true", "Never", "PlainOnly", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{46, "$true", "Never", "OutlookRTF", "HTML", "RTF", "TNEF", "D", ""},
	{47, "$true", "Never", "OutlookRTF", "HTML", "HTML", "TNEF", "D", ""},
	{48, "$true", "Never", "OutlookRTF", "HTML", "Plain", "TNEF", "D", ""},
	{49, "$true", "Never", "OutlookRTF", "Plain", "RTF", "TNEF", "D", ""},
	{50, "$true", "Never", "OutlookRTF", "Plain", "HTML", "TNEF", "D", ""},
	{51, "$true", "Never", "OutlookRTF", "Plain", "Plain", "TNEF", "D", ""},
	{52, "$true", "Never", "OutlookRTF", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{53, "$true", "Never", "OutlookRTF", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{54, "$true", "Never", "OutlookRTF", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{55, "$true", "UseDefault", "Decide", "HTML", "RTF", "TNEF", "D", ""},
	{56, "$true", "UseDefault", "Decide", "HTML", "HTML", "TNEF", "D", ""},
	{57, "$true", "UseDefault", "Decide", "HTML", "Plain", "TNEF", "D", ""},
	{58, "$true", "UseDefault", "Decide", "Plain", "RTF", "TNEF", "D", ""},
	{59, "$true", "UseDefault", "Decide", "Plain", "HTML", "TNEF", "D", ""},
	{60, "$true", "UseDefault", "Decide", "Plain", "Plain", "TNEF", "D", ""},
	{61, "$true", "UseDefault", "Decide", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{62, "$true", "UseDefault", "Decide", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{63, "$true", "UseDefault", "Decide", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{64, "$true", "UseDefault", "PlainOnly", "HTML", "RTF", "TNEF", "D", ""},
	{65, "$true", "UseDefault", "PlainOnly", "HTML", "HTML", "TNEF", "D", ""},
	{66, "$true", "UseDefault", "PlainOnly", "HTML", "Plain", "TNEF", "D", ""},
	{67, "$true", "UseDefault", "PlainOnly", "Plain", "RTF", "TNEF", "D", ""},
	{68, "$true", "UseDefault", "PlainOnly", "Plain", "HTML", "TNEF", "D", ""},
	{69, "$true", "UseDefault", "PlainOnly", "Plain", "Plain", "TNEF", "D", ""},
	{70, "$true", "UseDefault", "PlainOnly", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{71, "$true", "UseDefault", "PlainOnly", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{72, "$true", "UseDefault", "PlainOnly", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{73, "$true", "UseDefault", "OutlookRTF", "HTML", "RTF", "TNEF", "D", ""},
	{74, "$true", "UseDefault", "OutlookRTF", "HTML", "HTML", "TNEF", "D", ""},
	{75, "$true", "UseDefault", "OutlookRTF", "HTML", "Plain", "TNEF", "D", ""},
	{76, "$true", "UseDefault", "OutlookRTF", "Plain", "RTF", "TNEF", "D", ""},
	{77, "$true", "UseDefault", "OutlookRTF", "Plain", "HTML", "TNEF", "D", ""},
	{78, "$true", "UseDefault", "OutlookRTF", "Plain", "Plain", "TNEF", "D", ""},
	{79, "$true", "UseDefault", "OutlookRTF", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{80, "$true", "UseDefault", "OutlookRTF", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{81, "$true", "UseDefault", "OutlookRTF", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{82, "$false", "Always", "Decide", "HTML", "RTF", "HTML", "P", ""},
	{83, "$false", "Always", "Decide", "HTML", "HTML", "HTML", "P", ""},
	{84, "$false", "Always", "Decide", "HTML", "Plain", "TEXT", "P", ""},
	{85, "$false", "Always", "Decide", "Plain", "RTF", "TEXT", "P", ""},
	{86, "$false", "Always", "Decide", "Plain", "HTML", "HTML", "P", ""},
	{87, "$false", "Always", "Decide", "Plain", "Plain", "TEXT", "P", ""},
	{88, "$false", "Always", "Decide", "OutlookRTF", "RTF", "HTML", "I", "V2"},
	{89, "$false", "Always", "Decide", "OutlookRTF", "HTML", "HTML", "P", ""},
	{90, "$false", "Always", "Decide", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{91, "$false", "Always", "PlainOnly", "HTML", "RTF", "TEXT", "P", ""},
	{92, "$false", "Always", "PlainOnly", "HTML", "HTML", "TEXT", "P", ""},
	{93, "$false", "Always", "PlainOnly", "HTML", "Plain", "TEXT", "P", ""},
	{94, "$false", "Always", "PlainOnly", "Plain", "RTF", "TEXT", "P", ""},
	{95, "$false", "Always", "PlainOnly", "Plain", "HTML", "TEXT", "P", ""},
	{96, "$false", "Always", "PlainOnly", "Plain", "Plain", "TEXT", "P", ""},
	{97, "$false", "Always", "PlainOnly", "OutlookRTF", "RTF", "TEXT", "P", ""},
	{98, "$false", "Always", "PlainOnly", "OutlookRTF", "HTML", "TEXT", "P", ""},
	{99, "$false", "Always", "PlainOnly", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{100, "$false", "Always", "OutlookRTF", "HTML", "RTF", "HTML", "I", "V2"},
	{101, "$false", "Always", "OutlookRTF", "HTML", "HTML", "HTML", "P", ""},
	{102, "$false", "Always", "OutlookRTF", "HTML", "Plain", "TEXT", "P", ""},
	{103, "$false", "Always", "OutlookRTF", "Plain", "RTF", "HTML", "I", "V2"},
	{104, "$false", "Always", "OutlookRTF", "Plain", "HTML", "HTML", "P", ""},
	{105, "$false", "Always", "OutlookRTF", "Plain", "Plain", "TEXT", "P", ""},
	{106, "$false", "Always", "OutlookRTF", "OutlookRTF", "RTF", "HTML", "I", "V2"},
	{107, "$false", "Always", "OutlookRTF", "OutlookRTF", "HTML", "HTML", "P", ""},
	{108, "$false", "Always", "OutlookRTF", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{109, "$false", "Never", "Decide", "HTML", "RTF", "TEXT", "I", ""},
	{110, "$false", "Never", "Decide", "HTML", "HTML", "HTML", "I", "V1"},
	{111, "$false", "Never", "Decide", "HTML", "Plain", "TEXT", "P", ""},
	{112, "$false", "Never", "Decide", "Plain", "RTF", "TEXT", "I", ""},
	{113, "$false", "Never", "Decide", "Plain", "HTML", "HTML", "I", "V1"},
	{114, "$false", "Never", "Decide", "Plain", "Plain", "TEXT", "P", ""},
	{115, "$false", "Never", "Decide", "OutlookRTF", "RTF", "TEXT", "I", ""},
	{116, "$false", "Never", "Decide", "OutlookRTF", "HTML", "HTML", "I", "V1"},
	{117, "$false", "Never", "Decide", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{118, "$false", "Never", "PlainOnly", "HTML", "RTF", "TEXT", "I", ""},
	{119, "$false", "Never", "PlainOnly", "HTML", "HTML", "TEXT", "P", ""},
	{120, "$false", "Never", "PlainOnly", "HTML", "Plain", "TEXT", "P", ""},
	{121, "$false", "Never", "PlainOnly", "Plain", "RTF", "TEXT", "I", ""},
	{122, "$false", "Never", "PlainOnly", "Plain", "HTML", "TEXT", "P", ""},
	{123, "$false", "Never", "PlainOnly", "Plain", "Plain", "TEXT", "P", ""},
	{124, "$false", "Never", "PlainOnly", "OutlookRTF", "RTF", "TEXT", "I", ""},
	{125, "$false", "Never", "PlainOnly", "OutlookRTF", "HTML", "TEXT", "P", ""},
	{126, "$false", "Never", "PlainOnly", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{127, "$false", "Never", "OutlookRTF", "HTML", "RTF", "TEXT", "I", ""},
	{128, "$false", "Never", "OutlookRTF", "HTML", "HTML", "HTML", "I", "V1"},
	{129, "$false", "Never", "OutlookRTF", "HTML", "Plain", "TEXT", "P", ""},
	{130, "$false", "Never", "OutlookRTF", "Plain", "RTF", "TEXT", "I", ""},
	{131, "$false", "Never", "OutlookRTF", "Plain", "HTML", "HTML", "I", "V1"},
	{132, "$false", "Never", "OutlookRTF", "Plain", "Plain", "TEXT", "P", ""},
	{133, "$false", "Never", "OutlookRTF", "OutlookRTF", "RTF", "TEXT", "I", ""},
	{134, "$false", "Never", "OutlookRTF", "OutlookRTF", "HTML", "HTML", "I", "V1"},
	{135, "$false", "Never", "OutlookRTF", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{136, "$false", "UseDefault", "Decide", "HTML", "RTF", "HTML", "P", ""},
	{137, "$false", "UseDefault", "Decide", "HTML", "HTML", "HTML", "P", ""},
	{138, "$false", "UseDefault", "Decide", "HTML", "Plain", "TEXT", "P", ""},
	{139, "$false", "UseDefault", "Decide", "Plain", "RTF", "TEXT", "P", ""},
	{140, "$false", "UseDefault", "Decide", "Plain", "HTML", "HTML", "P", ""},
	{141, "$false", "UseDefault", "Decide", "Plain", "Plain", "TEXT", "P", ""},
	{142, "$false", "UseDefault", "Decide", "OutlookRTF", "RTF", "HTML", "I", "V2"},
	{143, "$false", "UseDefault", "Decide", "OutlookRTF", "HTML", "HTML", "P", ""},
	{144, "$false", "UseDefault", "Decide", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{145, "$false", "UseDefault", "PlainOnly", "HTML", "RTF", "TEXT", "P", ""},
	{146, "$false", "UseDefault", "PlainOnly", "HTML", "HTML", "TEXT", "P", ""},
	{147, "$false", "UseDefault", "PlainOnly", "HTML", "Plain", "TEXT", "P", ""},
	{148, "$false", "UseDefault", "PlainOnly", "Plain", "RTF", "TEXT", "P", ""},
	{149, "$false", "UseDefault", "PlainOnly", "Plain", "HTML", "TEXT", "P", ""},
	{150, "$false", "UseDefault", "PlainOnly", "Plain", "Plain", "TEXT", "P", ""},
	{151, "$false", "UseDefault", "PlainOnly", "OutlookRTF", "RTF", "TEXT", "P", ""},
	{152, "$false", "UseDefault", "PlainOnly", "OutlookRTF", "HTML", "TEXT", "P", ""},
	{153, "$false", "UseDefault", "PlainOnly", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{154, "$false", "UseDefault", "OutlookRTF", "HTML", "RTF", "HTML", "I", "V2"},
	{155, "$false", "UseDefault", "OutlookRTF", "HTML", "HTML", "HTML", "P", ""},
	{156, "$false", "UseDefault", "OutlookRTF", "HTML", "Plain", "TEXT", "P", ""},
	{157, "$false", "UseDefault", "OutlookRTF", "Plain", "RTF", "HTML", "I", "V2"},
	{158, "$false", "UseDefault", "OutlookRTF", "Plain", "HTML", "HTML", "P", ""},
	{159, "$false", "UseDefault", "OutlookRTF", "Plain", "Plain", "TEXT", "P", ""},
	{160, "$false", "UseDefault", "OutlookRTF", "OutlookRTF", "RTF", "HTML", "I", "V2"},
	{161, "$false", "UseDefault", "OutlookRTF", "OutlookRTF", "HTML", "HTML", "P", ""},
	{162, "$false", "UseDefault", "OutlookRTF", "OutlookRTF", "Plain", "TEXT", "P", ""},
	{163, "$null", "Always", "Decide", "HTML", "RTF", "TNEF", "D", ""},
	{164, "$null", "Always", "Decide", "HTML", "HTML", "TNEF", "D", ""},
	{165, "$null", "Always", "Decide", "HTML", "Plain", "TNEF", "D", ""},
	{166, "$null", "Always", "Decide", "Plain", "RTF", "TNEF", "D", ""},
	{167, "$null", "Always", "Decide", "Plain", "HTML", "TNEF", "D", ""},
	{168, "$null", "Always", "Decide", "Plain", "Plain", "TNEF", "D", ""},
	{169, "$null", "Always", "Decide", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{170, "$null", "Always", "Decide", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{171, "$null", "Always", "Decide", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{172, "$null", "Always", "PlainOnly", "HTML", "RTF", "TNEF", "D", ""},
	{173, "$null", "Always", "PlainOnly", "HTML", "HTML", "TNEF", "D", ""},
	{174, "$null", "Always", "PlainOnly", "HTML", "Plain", "TNEF", "D", ""},
	{175, "$null", "Always", "PlainOnly", "Plain", "RTF", "TNEF", "D", ""},
	{176, "$null", "Always", "PlainOnly", "Plain", "HTML", "TNEF", "D", ""},
	{177, "$null", "Always", "PlainOnly", "Plain", "Plain", "TNEF", "D", ""},
	{178, "$null", "Always", "PlainOnly", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{179, "$null", "Always", "PlainOnly", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{180, "$null", "Always", "PlainOnly", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{181, "$null", "Always", "OutlookRTF", "HTML", "RTF", "TNEF", "D", ""},
	{182, "$null", "Always", "OutlookRTF", "HTML", "HTML", "TNEF", "D", ""},
	{183, "$null", "Always", "OutlookRTF", "HTML", "Plain", "TNEF", "D", ""},
	{184, "$null", "Always", "OutlookRTF", "Plain", "RTF", "TNEF", "D", ""},
	{185, "$null", "Always", "OutlookRTF", "Plain", "HTML", "TNEF", "D", ""},
	{186, "$null", "Always", "OutlookRTF", "Plain", "Plain", "TNEF", "D", ""},
	{187, "$null", "Always", "OutlookRTF", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{188, "$null", "Always", "OutlookRTF", "OutlookRTF", "HTML", "TNEF", "D", ""},
	{189, "$null", "Always", "OutlookRTF", "OutlookRTF", "Plain", "TNEF", "D", ""},
	{190, "$null", "Never", "Decide", "HTML", "RTF", "TEXT", "D", ""},
	{191, "$null", "Never", "Decide", "HTML", "HTML", "HTML", "I", "V1"},
	{192, "$null", "Never", "Decide", "HTML", "Plain", "TEXT", "D", ""},
	{193, "$null", "Never", "Decide", "Plain", "RTF", "TEXT", "D", ""},
	{194, "$null", "Never", "Decide", "Plain", "HTML", "HTML", "I", "V1"},
	{195, "$null", "Never", "Decide", "Plain", "Plain", "TEXT", "D", ""},
	{196, "$null", "Never", "Decide", "OutlookRTF", "RTF", "TEXT", "D", ""},
	{197, "$null", "Never", "Decide", "OutlookRTF", "HTML", "HTML", "I", "V1"},
	{198, "$null", "Never", "Decide", "OutlookRTF", "Plain", "TEXT", "D", ""},
	{199, "$null", "Never", "PlainOnly", "HTML", "RTF", "TEXT", "D", ""},
	{200, "$null", "Never", "PlainOnly", "HTML", "HTML", "TEXT", "P", ""},
	{201, "$null", "Never", "PlainOnly", "HTML", "Plain", "TEXT", "D", ""},
	{202, "$null", "Never", "PlainOnly", "Plain", "RTF", "TEXT", "D", ""},
	{203, "$null", "Never", "PlainOnly", "Plain", "HTML", "TEXT", "P", ""},
	{204, "$null", "Never", "PlainOnly", "Plain", "Plain", "TEXT", "D", ""},
	{205, "$null", "Never", "PlainOnly", "OutlookRTF", "RTF", "TEXT", "D", ""},
	{206, "$null", "Never", "PlainOnly", "OutlookRTF", "HTML", "TEXT", "P", ""},
	{207, "$null", "Never", "PlainOnly", "OutlookRTF", "Plain", "TEXT", "D", ""},
	{208, "$null", "Never", "OutlookRTF", "HTML", "RTF", "TEXT", "D", ""},
	{209, "$null", "Never", "OutlookRTF", "HTML", "HTML", "HTML", "I", "V1"},
	{210, "$null", "Never", "OutlookRTF", "HTML", "Plain", "TEXT", "D", ""},
	{211, "$null", "Never", "OutlookRTF", "Plain", "RTF", "TEXT", "D", ""},
	{212, "$null", "Never", "OutlookRTF", "Plain", "HTML", "HTML", "I", "V1"},
	{213, "$null", "Never", "OutlookRTF", "Plain", "Plain", "TEXT", "D", ""},
	{214, "$null", "Never", "OutlookRTF", "OutlookRTF", "RTF", "TEXT", "D", ""},
	{215, "$null", "Never", "OutlookRTF", "OutlookRTF", "HTML", "HTML", "I", "V1"},
	{216, "$null", "Never", "OutlookRTF", "OutlookRTF", "Plain", "TEXT", "D", ""},
	{217, "$null", "UseDefault", "Decide", "HTML", "RTF", "HTML", "D", ""},
	{218, "$null", "UseDefault", "Decide", "HTML", "HTML", "HTML", "D", ""},
	{219, "$null", "UseDefault", "Decide", "HTML", "Plain", "TEXT", "D", ""},
	{220, "$null", "UseDefault", "Decide", "Plain", "RTF", "TEXT", "D", ""},
	{221, "$null", "UseDefault", "Decide", "Plain", "HTML", "HTML", "D", ""},
	{222, "$null", "UseDefault", "Decide", "Plain", "Plain", "TEXT", "D", ""},
	{223, "$null", "UseDefault", "Decide", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{224, "$null", "UseDefault", "Decide", "OutlookRTF", "HTML", "HTML", "D", ""},
	{225, "$null", "UseDefault", "Decide", "OutlookRTF", "Plain", "TEXT", "D", ""},
	{226, "$null", "UseDefault", "PlainOnly", "HTML", "RTF", "TEXT", "D", ""},
	{227, "$null", "UseDefault", "PlainOnly", "HTML", "HTML", "TEXT", "P", ""},
	{228, "$null", "UseDefault", "PlainOnly", "HTML", "Plain", "TEXT", "D", ""},
	{229, "$null", "UseDefault", "PlainOnly", "Plain", "RTF", "TEXT", "D", ""},
	{230, "$null", "UseDefault", "PlainOnly", "Plain", "HTML", "TEXT", "P", ""},
	{231, "$null", "UseDefault", "PlainOnly", "Plain", "Plain", "TEXT", "D", ""},
	{232, "$null", "UseDefault", "PlainOnly", "OutlookRTF", "RTF", "TEXT", "D", ""},
	{233, "$null", "UseDefault", "PlainOnly", "OutlookRTF", "HTML", "TEXT", "P", ""},
	{234, "$null", "UseDefault", "PlainOnly", "OutlookRTF", "Plain", "TEXT", "D", ""},
	{235, "$null", "UseDefault", "OutlookRTF", "HTML", "RTF", "TNEF", "D", ""},
	{236, "$null", "UseDefault", "OutlookRTF", "HTML", "HTML", "HTML", "D", "F1"},
	{237, "$null", "UseDefault", "OutlookRTF", "HTML", "Plain", "TEXT", "D", "F1"},
	{238, "$null", "UseDefault", "OutlookRTF", "Plain", "RTF", "TNEF", "D", ""},
	{239, "$null", "UseDefault", "OutlookRTF", "Plain", "HTML", "HTML", "D", "F1"},
	{240, "$null", "UseDefault", "OutlookRTF", "Plain", "Plain", "TEXT", "D", "F1"},
	{241, "$null", "UseDefault", "OutlookRTF", "OutlookRTF", "RTF", "TNEF", "D", ""},
	{242, "$null", "UseDefault", "OutlookRTF", "OutlookRTF", "HTML", "HTML", "D", "F1"},
	{243, "$null", "UseDefault", "OutlookRTF", "OutlookRTF", "Plain", "TEXT", "D", "F1"},
}

// results maps the appendix's result words to engine results.
var results = map[string]Result{"TNEF": TNEF, "HTML": MimeHtml, "TEXT": MimeText}

// switchSet names the organization switches of one run.
type switchSet struct{ f1, f2, v1 bool }

// apply sets the switches on org.
func (s switchSet) apply(org *model.Organization) {
	org.OutlookRtfFlagForcesTnef, org.GalSendRichInfoForcesTnef, org.NeverConvertsAllToText = s.f1, s.f2, s.v1
}

// appendixCase runs one row: a remote domain for fabrikam.com, a mail
// contact bob@fabrikam.com (none when oneOff), the sender's Outlook
// contact for Bob and Outlook default, and a message in the row's format.
func appendixCase(t *testing.T, row appendixRow, sw switchSet, oneOff bool) *Decision {
	t.Helper()
	l := newLab(t, model.Exchange2013)
	sw.apply(l.set.Organization)
	l.remote("Fabrikam", "fabrikam.com", map[string]*bool{"$true": ptr(true), "$false": ptr(false), "$null": nil}[row.rd])
	if !oneOff {
		mu := map[string]model.UseMapiRichTextFormat{"Always": model.UseMapiRichTextFormatAlways,
			"Never": model.UseMapiRichTextFormatNever, "UseDefault": model.UseMapiRichTextFormatUseDefaultSettings}[row.mu]
		l.contact("Bob", "bob@fabrikam.com", mu)
	}
	l.outlookContact("Bob", "bob@fabrikam.com", map[string]model.ContactInternetFormat{
		"Decide": model.ContactInternetFormatLetOutlookDecide, "PlainOnly": model.ContactInternetFormatPlainTextOnly,
		"OutlookRTF": model.ContactInternetFormatOutlookRichText}[row.oc])
	l.sender.InternetFormat = map[string]model.InternetFormat{"HTML": model.ConvertToHtml, "Plain": model.ConvertToPlainText,
		"OutlookRTF": model.SendRichText}[row.od]
	l.msg.BodyFormat = map[string]model.ComposeFormat{"RTF": model.RichText, "HTML": model.Html, "Plain": model.PlainText}[row.body]
	return l.decide("bob@fabrikam.com")
}

// switched returns the result a row has with the switches sw: F1 and V1
// change exactly the rows marked with them, F2 every $null/UseDefault row
// of a recipient resolved from the GAL.
func switched(row appendixRow, sw switchSet, oneOff bool) Result {
	switch {
	case sw.f1 && row.divergence == "F1":
		return TNEF
	case sw.v1 && row.divergence == "V1":
		return MimeText
	case sw.f2 && !oneOff && row.rd == "$null" && row.mu == "UseDefault":
		return TNEF
	}
	return results[row.want]
}

// TestAppendixA walks all 243 combinations with the documented defaults,
// then with each divergence switch on: only the cells the reference names
// may change.
func TestAppendixA(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range appendixA {
		key := row.rd + row.mu + row.oc + row.od + row.body
		if seen[key] {
			t.Fatalf("row %d duplicates an earlier combination", row.n)
		}
		seen[key] = true
		runs := []switchSet{{}, {f1: true}, {f2: true}, {v1: true}}
		for _, sw := range runs {
			name := fmt.Sprintf("%03d/F1=%v,F2=%v,V1=%v", row.n, sw.f1, sw.f2, sw.v1)
			t.Run(name, func(t *testing.T) {
				d := appendixCase(t, row, sw, false)
				if want := switched(row, sw, false); d.Result != want {
					t.Errorf("row %d %+v: got %s (by %s), want %s\n%s", row.n, row, d.Result, d.DecidedBy, want, traceText(d))
				}
			})
		}
	}
	if len(seen) != 243 {
		t.Fatalf("%d combinations, want 243", len(seen))
	}
}

// TestAppendixOneOff runs the UseDefaultSettings rows for a typed address
// that is no mail contact: it behaves like UseDefaultSettings, and F2
// (a GAL entry's PR_SEND_RICH_INFO) does not apply to it.
func TestAppendixOneOff(t *testing.T) {
	for _, row := range appendixA {
		if row.mu != "UseDefault" {
			continue
		}
		for _, sw := range []switchSet{{}, {f2: true}} {
			d := appendixCase(t, row, sw, true)
			if want := switched(row, sw, true); d.Result != want || d.RecipientType != OneOff {
				t.Errorf("row %d one-off F2=%v: got %s %s, want %s\n%s", row.n, sw.f2, d.RecipientType, d.Result, want, traceText(d))
			}
		}
	}
}
