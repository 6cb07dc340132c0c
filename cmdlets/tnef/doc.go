// Package tnef holds the cmdlets that read and write TNEF (winmail.dat)
// files with the codec of package github.com/exsh/exsh/tnef:
// Get-TnefContent, Expand-TnefAttachment and ConvertTo-Tnef. AddTo
// declares them.
//
// It must not import package shell or any terminal library.
package tnef
