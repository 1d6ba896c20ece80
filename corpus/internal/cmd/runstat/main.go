// Command runstat runs a command and prints, on one line of standard
// error, its wall time, CPU time and peak resident memory, so that
// scripts/bench.sh needs no GNU time:
//
//	runstat -o stats.txt -- vnextract extract -o out.jsonl corpus.jsonl
//
// The line reads "wall_s=12.3 user_s=20.1 sys_s=0.4 maxrss_kb=45678".
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "also write the line to `FILE`")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: runstat [-o FILE] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	st := cmd.ProcessState
	if st == nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(1)
	}
	line := fmt.Sprintf("wall_s=%.2f user_s=%.2f sys_s=%.2f", wall.Seconds(), st.UserTime().Seconds(), st.SystemTime().Seconds())
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		line += fmt.Sprintf(" maxrss_kb=%d", ru.Maxrss) // KiB on Linux
	}
	fmt.Fprintln(os.Stderr, line)
	if *out != "" {
		if werr := os.WriteFile(*out, []byte(line+"\n"), 0o644); werr != nil {
			fmt.Fprintln(os.Stderr, "runstat:", werr)
		}
	}
	if err != nil {
		os.Exit(st.ExitCode())
	}
}
