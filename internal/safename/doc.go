// Package safename turns untrusted file names, such as the attachment names
// inside a TNEF stream or a MIME message, into names that are safe to create
// inside one directory on Windows and Unix: never a path, never a device,
// never a name Windows would silently change.
//
// It imports only the standard library and knows nothing of exsh.
package safename
