// Package rtf handles the RTF body forms found in TNEF streams: compressed RTF
// (MS-OXRTFCP, the PR_RTF_COMPRESSED property) and RTF that encapsulates plain
// text or HTML (MS-OXRTFEX, the \fromtext and \fromhtml1 control words).
//
// [Compress] always writes the LZFu (compressed) form with back-references,
// because some decoders mishandle the uncompressed "MELA" form; [Decompress]
// reads both and checks the CRC. [EncapsulateText] and [EncapsulateHTML] wrap
// a body the way Outlook does, and [Decapsulate] recovers it.
//
// Decompress never allocates more than 16 times its input plus a constant,
// whatever size the header claims (8 times when the claimed size is right):
// LZFu output is at most 8 times its input, and the output buffer is sized
// from the header and grown at most once. Output beyond [MaxSize] fails
// with [ErrTooLarge].
//
// [PlainText] and [Decapsulate] decode text, whether written as \'hh
// escapes or as raw 8-bit bytes, from the code page \ansicpg names. They
// save the state of at most 256 nested groups, so deep nesting cannot
// exhaust memory.
//
// The package imports only the standard library and tnef/internal/codepage;
// it knows nothing of TNEF attributes or of exsh.
package rtf
