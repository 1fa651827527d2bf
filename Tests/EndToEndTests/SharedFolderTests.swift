import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Two real Unix users, made for the test with `useradd`, in one group,
    /// write to one classroom folder (setgid, 2770) as README.md tells a
    /// school to set it up. Needs root; otherwise skipped, saying why.
    @Suite("A classroom folder shared between Unix users", .serialized)
    struct SharedFolder {
        static let tools = ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/userdel", "/usr/sbin/groupdel", "/usr/bin/setpriv"]
        static let canRun = geteuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        static let reason: Comment = geteuid() != 0
            ? "skipped: making two Unix users with useradd needs root (run the tests as root, as CI does)"
            : "skipped: needs useradd, groupadd, userdel, groupdel and setpriv"

        @Test("Two users take turns writing; the folder stays 2770, files are 0660, nobody is refused", .enabled(if: canRun, reason))
        func twoUsers() throws {
            let tag = "sg\(getpid() % 100_000)"
            let group = "\(tag)class", users = ["\(tag)ann", "\(tag)bob"]
            try run("/usr/sbin/groupadd", [group])
            defer { _ = try? run("/usr/sbin/groupdel", [group]) }
            for user in users {
                try run("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/usr/sbin/nologin", user])
            }
            defer { for user in users { _ = try? run("/usr/sbin/userdel", [user]) } }

            // The binary and content copied where both users can read them.
            let work = try TemporaryDirectory.make()
            defer { try? FileManager.default.removeItem(at: work) }
            chmod(work.path, 0o755)
            let binary = work.appendingPathComponent("signaal")
            try FileManager.default.copyItem(at: try SignaalBinary.url(), to: binary)
            let content = work.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: Validate.shippedContent, to: content)
            try run("/bin/chmod", ["-R", "a+rX", work.path])
            // The school's set-up: owned by the first teacher, group-shared.
            let classroom = work.appendingPathComponent("classroom")
            try FileManager.default.createDirectory(at: classroom, withIntermediateDirectories: false)
            try run("/bin/chown", ["\(users[0]):\(group)", classroom.path])
            chmod(classroom.path, 0o2770)

            func signaal(_ user: String, _ arguments: [String]) throws -> ProcessResult {
                try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                      ["--reuid", user, "--regid", group, "--init-groups", "--", binary.path]
                                        + arguments + ["--data", classroom.path, "--content", content.path, "--lang", "en"])
            }
            for (round, user) in (users + users).enumerated() {
                let result = try signaal(user, ["org", "create", "Hotel \(round) \(user)"])
                #expect(result.status == 0 && !result.signalled, "\(user), round \(round):\n\(result.transcript)")
                #expect(mode(classroom) == 0o2770, "after \(user)'s write the folder is \(String(mode(classroom), radix: 8))")
            }
            // The records folder's own folders are shared the same way, and so is every file in them.
            for name in ["records", "records/organisations", "records/learners", "records/names"] {
                let folder = classroom.appendingPathComponent(name)
                #expect(mode(folder) == 0o2770, "\(name) is \(String(mode(folder), radix: 8))")
                #expect(groupName(of: folder) == group, "\(name) belongs to the folder's group")
            }
            let rosters = try FileManager.default.contentsOfDirectory(atPath: classroom.appendingPathComponent("records/organisations").path)
            #expect(rosters.filter { $0.hasSuffix(".roster") }.count == 4)
            for name in ["records/writers.lock"] + rosters.map({ "records/organisations/" + $0 }) {
                let file = classroom.appendingPathComponent(name)
                #expect(mode(file) == 0o660, "\(name) is \(String(mode(file), radix: 8))")
                #expect(groupName(of: file) == group, "\(name) belongs to the folder's group")
            }
            for user in users {
                let listed = try signaal(user, ["org", "list"])
                #expect(listed.status == 0, "\(listed.transcript)")
                for (round, writer) in (users + users).enumerated() {
                    #expect(listed.stdout.contains("Hotel \(round) \(writer)"), "\(user) sees what \(writer) wrote\n\(listed.transcript)")
                }
            }
        }

        @discardableResult
        private func run(_ tool: String, _ arguments: [String]) throws -> ProcessResult {
            let result = try ProcessRunner.run(URL(fileURLWithPath: tool), arguments)
            guard result.status == 0, !result.signalled else {
                throw E2EError("\(tool) \(arguments.joined(separator: " ")) failed\n\(result.transcript)")
            }
            return result
        }

        private func mode(_ url: URL) -> mode_t {
            var info = stat()
            guard stat(url.path, &info) == 0 else { return 0 }
            return info.st_mode & 0o7777
        }

        private func groupName(of url: URL) -> String? {
            var info = stat()
            guard stat(url.path, &info) == 0, let entry = getgrgid(info.st_gid) else { return nil }
            return String(cString: entry.pointee.gr_name)
        }
    }
}
