# gen_tables.py writes tables.bin.gz, the code page tables embedded by
# package codepage. Run it with `go generate` (it needs python3, whose codecs
# module is the source of the mappings).
#
# Format, all integers big-endian, repeated until the end:
#   u16 code page, u8 kind (1 = single byte, 2 = double byte)
#   kind 1: 128 x u16 runes for bytes 0x80..0xFF (unmapped bytes map to
#           the C1 control of the same value, as Windows does)
#   kind 2: 128 x u16 runes for single bytes 0x80..0xFF (0 = lead byte,
#           0xFFFD = unmapped), then u8 leadLo, leadHi, trailLo, trailHi and
#           (leadHi-leadLo+1)*(trailHi-trailLo+1) x u16 runes
import gzip
import struct

SINGLE = {437: "cp437", 850: "cp850", 852: "cp852", 866: "cp866", 874: "cp874",
          1250: "cp1250", 1251: "cp1251", 1252: "cp1252", 1253: "cp1253",
          1254: "cp1254", 1255: "cp1255", 1256: "cp1256", 1257: "cp1257",
          1258: "cp1258", 10000: "mac_roman", 20866: "koi8_r", 21866: "koi8_u",
          28592: "iso8859_2", 28593: "iso8859_3", 28594: "iso8859_4",
          28595: "iso8859_5", 28596: "iso8859_6", 28597: "iso8859_7",
          28598: "iso8859_8", 28599: "iso8859_9", 28605: "iso8859_15"}
DOUBLE = {932: "cp932", 936: "gbk", 949: "cp949", 950: "cp950"}


def rune(codec, b):
    try:
        s = b.decode(codec)
    except UnicodeDecodeError:
        return 0xFFFD
    if len(s) != 1 or ord(s) > 0xFFFF:
        return 0xFFFD
    return ord(s)


def single(cp, codec):
    out = struct.pack(">HB", cp, 1)
    for b in range(0x80, 0x100):
        r = rune(codec, bytes([b]))
        out += struct.pack(">H", b if r == 0xFFFD else r)
    return out


def double(cp, codec):
    out = struct.pack(">HB", cp, 2)
    leads = []
    for b in range(0x80, 0x100):
        r = rune(codec, bytes([b]))
        if r == 0xFFFD and any(rune(codec, bytes([b, t])) != 0xFFFD for t in range(0x40, 0xFF)):
            leads.append(b)
            r = 0
        out += struct.pack(">H", r)
    trail_lo, trail_hi = 0x40, 0xFE
    out += struct.pack(">BBBB", leads[0], leads[-1], trail_lo, trail_hi)
    for lead in range(leads[0], leads[-1] + 1):
        for t in range(trail_lo, trail_hi + 1):
            out += struct.pack(">H", rune(codec, bytes([lead, t])) if lead in leads else 0xFFFD)
    return out


def main():
    data = b"".join(single(cp, c) for cp, c in sorted(SINGLE.items()))
    data += b"".join(double(cp, c) for cp, c in sorted(DOUBLE.items()))
    with open("tables.bin.gz", "wb") as f:
        f.write(gzip.compress(data, 9, mtime=0))


main()
