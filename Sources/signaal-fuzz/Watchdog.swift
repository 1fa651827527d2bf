import Foundation

/// What the fuzzer is doing now, for the crash handler and the watchdog,
/// which cannot wait for a lock. Written by the main loop only.
nonisolated(unsafe) var currentIteration = 0
nonisolated(unsafe) var currentStarted: UInt64 = 0  // main thread's CPU time; 0: between inputs
nonisolated(unsafe) var currentStartedWall: UInt64 = 0
nonisolated(unsafe) var mainThreadClock = clockid_t()
nonisolated(unsafe) var currentInput = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
nonisolated(unsafe) var currentLength = 0
nonisolated(unsafe) var currentName: UnsafeMutablePointer<CChar> = strdup("")

/// The file a crashing or hanging input is saved to, in the working folder.
let savedInputName = "fuzz-failure.input"

enum Watchdog {
    /// Ten seconds of the reader's own CPU time: on a machine shared by many,
    /// wall time would call a slow minute a hang. Five minutes of wall time
    /// catch what waits without computing (a lock, a read).
    static let hangLimit: UInt64 = 10_000_000_000
    static let waitLimit: UInt64 = 300_000_000_000

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// CPU time the main thread has used, in nanoseconds.
    static func mainCPU() -> UInt64 {
        var time = timespec()
        clock_gettime(mainThreadClock, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Keeps a copy of the input the next iteration works on.
    static func begin(_ iteration: Int, name: String, bytes: [UInt8]) {
        if currentInput.count < bytes.count {
            currentInput.deallocate()
            currentInput = .allocate(capacity: max(bytes.count, 2 * currentInput.count))
        }
        _ = currentInput.initialize(from: bytes)
        currentLength = bytes.count
        free(currentName)
        currentName = strdup(name)
        currentIteration = iteration
        currentStartedWall = now()
        currentStarted = max(1, mainCPU())
    }

    static func end() { currentStarted = 0 }

    /// Crash signals print the iteration and save the input, then die as
    /// before. An alternate stack lets this run after a stack overflow.
    static func install() {
        pthread_getcpuclockid(pthread_self(), &mainThreadClock)
        let size = 1 << 16
        var stack = stack_t(ss_sp: malloc(size), ss_flags: 0, ss_size: size)
        sigaltstack(&stack, nil)
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
        let watchdog = Thread {
            while true {
                usleep(200_000)
                let started = currentStarted, wall = currentStartedWall
                if started != 0, mainCPU() > started + hangLimit || now() > wall + waitLimit {
                    report("fuzz: HANG (over 10 s of CPU, or 5 minutes in all", nil)
                    _exit(3)
                }
            }
        }
        watchdog.start()
    }

    /// Async-signal-safe: only write(2), open(2) and digits made by hand.
    static func report(_ what: StaticString, _ number: Int?) {
        write(2, what.utf8Start, what.utf8CodeUnitCount)
        if let number { writeNumber(number) }
        say(") at input ")
        writeNumber(currentIteration)
        say(" (")
        write(2, currentName, strlen(currentName))
        say("); the input is saved as fuzz-failure.input\n")
        let file = open(savedInputName, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if file >= 0, let base = currentInput.baseAddress {
            write(file, base, currentLength)
            close(file)
        }
    }

    static func say(_ text: StaticString) { write(2, text.utf8Start, text.utf8CodeUnitCount) }

    static func writeNumber(_ value: Int) {
        // On the stack: a crash handler must not allocate.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var index = digits.count
            var rest = max(0, value)
            repeat {
                index -= 1
                digits[index] = UInt8(48 + rest % 10)
                rest /= 10
            } while rest > 0 && index > 0
            if let base = digits.baseAddress { _ = write(2, base + index, digits.count - index) }
        }
    }
}

/// Says which input crashed, then dies by the same signal, so the shell sees the crash.
func crashHandler(_ number: Int32) {
    Watchdog.report("fuzz: CRASH (signal ", Int(number))
    signal(number, SIG_DFL)
    raise(number)
}
