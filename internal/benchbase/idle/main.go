// Command idle is the baseline of an idle interactive exsh: a Go program
// that prints a prompt and waits for a line of input.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	fmt.Print("PS> ")
	bufio.NewReader(os.Stdin).ReadString('\n')
}
