import Foundation
import Testing

extension EndToEnd {
    /// scripts/install puts a working program, its LRS helper, its content, a
    /// manual and completions under a prefix; scripts/uninstall takes exactly that away.
    @Suite("Install", .serialized)
    struct Install {
        static let script = SignaalBinary.packageRoot.appendingPathComponent("scripts").path

        /// Runs a shell line from `/`, with no content or data from the test's environment.
        static func shell(_ line: String) throws -> ProcessResult {
            var environment = TestEnvironment.variables
            environment["SIGNAAL_CONTENT"] = nil
            return try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "cd / && " + line],
                                         environment: environment, timeout: 60)
        }

        @Test("install under a prefix, run from anywhere, read the manual, uninstall leaves nothing")
        func installRunUninstall() throws {
            let binary = try SignaalBinary.url()
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let prefix = work.appendingPathComponent("prefix with space").path
            let install = try Self.shell("bash \(shellQuoted(Self.script + "/install")) --binary \(shellQuoted(binary.path)) --prefix \(shellQuoted(prefix))")
            #expect(install.status == 0, "\(install.transcript)")

            let signaal = shellQuoted(prefix + "/bin/signaal")
            let version = try Self.shell("\(signaal) --version")
            #expect(version.stdout.range(of: #"^signaal \S+, content \d{4}\.\d{1,2}\.\d{1,2}"#, options: .regularExpression) != nil,
                    "\(version.transcript)")
            let validate = try Self.shell("\(signaal) validate --lang en")
            #expect(validate.status == 0, "\(validate.transcript)")
            #expect(validate.stdout.contains("Content is valid"))
            // The LRS helper is installed where signaal looks for it: an LRS
            // that is not there is "cannot reach", not "the helper is missing".
            #expect(FileManager.default.isExecutableFile(atPath: prefix + "/libexec/signaal/signaal-http"))
            let lrs = try Self.shell("\(signaal) verify 3FNYN4ZEW6 --lrs http://127.0.0.1:9/xAPI/ --data \(shellQuoted(work.path + "/data")) --lang en")
            #expect(lrs.stdout.contains("cannot reach the LRS at http://127.0.0.1:9/xAPI/"), "\(lrs.transcript)")

            let manual = try Self.shell("MANPATH=\(shellQuoted(prefix + "/share/man")) MANWIDTH=80 man signaal 2>&1 | col -b")
            if manual.status == 127 || manual.stdout.contains("command not found") {
                print("Install: man is not installed; the manual page file is checked instead")
                #expect(FileManager.default.fileExists(atPath: prefix + "/share/man/man1/signaal.1"))
            } else {
                #expect(manual.stdout.range(of: #"signaal\s+-\s+recognise\s+signals"#, options: .regularExpression) != nil, "\(manual.transcript)")
                #expect(manual.stdout.contains("--checklist"))
            }
            let completion = try Self.shell("source \(shellQuoted(prefix + "/share/bash-completion/completions/signaal")) && "
                + "COMP_WORDS=(signaal assess --checklist ''); COMP_CWORD=3; _signaal; printf '%s\\n' \"${COMPREPLY[@]}\"")
            #expect(completion.stdout.split(separator: "\n").contains("criminal-exploitation"), "\(completion.transcript)")

            let uninstall = try Self.shell("bash \(shellQuoted(Self.script + "/uninstall")) --prefix \(shellQuoted(prefix))")
            #expect(uninstall.status == 0, "\(uninstall.transcript)")
            let left = try FileManager.default.subpathsOfDirectory(atPath: prefix)
            #expect(left.isEmpty, "left behind: \(left)")
        }

        @Test("uninstall refuses a prefix where nothing was installed")
        func uninstallNothing() throws {
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            let result = try Self.shell("bash \(shellQuoted(Self.script + "/uninstall")) --prefix \(shellQuoted(work.path))")
            #expect(result.status == 1)
            #expect(result.stderr.contains("nothing installed"))
        }
    }
}
