#!/usr/bin/env python3
"""Times a program in a pseudo-terminal, as a person at a terminal starts it.

    pty-time.py COLS ROWS KEYS RUNS -- PROGRAM [ARG...]
    pty-time.py COLS ROWS KEYS RUNS --paced -- PROGRAM [ARG...]

Each run starts PROGRAM on a fresh pty of COLS x ROWS, types KEYS times "j"
(down, in Signaal's lists) and then "Q" (all at once: the program reads them as it gets to
them), reads everything it draws, and waits for it to exit. Prints the
median wall time of the runs in microseconds, from fork to exit. With KEYS 0
this is start-up, first screen and quit; the difference between two KEYS
counts, divided by the difference, is the time from a key to its frame.
The caller warms the page cache (and Signaal's validated-content note) with
a run of its own first. A program that draws nothing, or does not exit within 10 s, is a failure.

With --paced, each run waits for the first screen, then types KEYS keys
one at a time ("j" down, "k" up, "j", ...: each moves the cursor, so each
needs a new frame), and for each one times from the write of the key to the
last byte of the frame it causes (the output ends when nothing more comes
for 5 ms). Prints the median over all keys of all runs, in microseconds.
Run with `cat` as PROGRAM, it gives the floor: the terminal's own echo of
the key through the pty, which is all the harness itself costs.
"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

def one_run(cols, rows, keys, argv):
    start = time.perf_counter_ns()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(argv[0], argv)
    os.write(fd, b"j" * keys + b"Q")
    drawn = 0
    deadline = time.monotonic() + 10
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.exit("pty-time: %s did not exit within 10 s" % argv[0])
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += len(chunk)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter_ns() - start
    os.close(fd)
    if drawn == 0 or os.waitstatus_to_exitcode(status) != 0:
        sys.exit("pty-time: %s drew %d bytes and exited with %d" % (argv[0], drawn, os.waitstatus_to_exitcode(status)))
    return elapsed // 1000

def burst(fd, first_wait, quiet):
    """Reads one burst of output; returns the time of its last byte, or None."""
    ready, _, _ = select.select([fd], [], [], first_wait)
    if not ready:
        return None
    last = None
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return last
        if not chunk:
            return last
        last = time.perf_counter_ns()
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return last

def paced_run(cols, rows, keys, argv):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(argv[0], argv)
    burst(fd, 2, 0.2)  # the first screen (a reference such as cat draws none)
    latencies = []
    for k in range(keys):
        start = time.perf_counter_ns()
        os.write(fd, b"j" if k % 2 == 0 else b"k")
        last = burst(fd, 2, 0.005)
        if last is None:
            sys.exit("pty-time: key %d drew nothing" % k)
        latencies.append((last - start) // 1000)
    os.write(fd, b"Q")
    deadline = time.monotonic() + 5
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if time.monotonic() > deadline:
            os.kill(pid, 15)  # a reference such as cat does not quit on Q
            os.waitpid(pid, 0)
            break
        burst(fd, 0.1, 0.05)
    os.close(fd)
    return latencies

def main():
    paced = len(sys.argv) > 6 and sys.argv[5] == "--paced"
    rest = sys.argv[6:] if paced else sys.argv[5:]
    if len(sys.argv) < 7 or not rest or rest[0] != "--":
        sys.exit(__doc__)
    cols, rows, keys, runs = (int(x) for x in sys.argv[1:5])
    argv = rest[1:]
    if paced:
        latencies = [l for _ in range(runs) for l in paced_run(cols, rows, keys, argv)]
        print(int(statistics.median(latencies)))
        return
    print(int(statistics.median(one_run(cols, rows, keys, argv) for _ in range(runs))))

main()
