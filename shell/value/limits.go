package value

// Sizes that come from a script (a repetition count, a range, a padding
// width) are checked against these limits before anything is allocated,
// so that a typing slip such as ,0 * 1e9 is an error the script can catch
// rather than the end of the process.
const (
	// MaxArray is the most elements one array may have.
	MaxArray = 1 << 23
	// MaxString is the most bytes one string may have.
	MaxString = 1 << 26
)

// CheckArray fails with .NET's OutOfMemoryException when an array of n
// elements would exceed [MaxArray].
func CheckArray(n int) error {
	if n < 0 || n > MaxArray {
		return newError("OutOfMemoryException", "OperationStopped", "System.OutOfMemoryException",
			"Array dimensions exceeded supported range.")
	}
	return nil
}

// CheckString fails with .NET's OutOfMemoryException when a string of n
// bytes would exceed [MaxString].
func CheckString(n int) error {
	if n < 0 || n > MaxString {
		return newError("OutOfMemoryException", "OperationStopped", "System.OutOfMemoryException",
			"Exception of type 'System.OutOfMemoryException' was thrown.")
	}
	return nil
}

// product is a*b, or -1 when it overflows or either is negative.
func product(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	if a != 0 && b > (1<<62)/a {
		return -1
	}
	return a * b
}
