import Foundation
import Testing
@testable import SignaalCore

/// Mangles each good fixture file in 300 seeded ways and loads the folder.
/// Whatever the bytes, the loader must not crash, and must either load
/// cleanly or say what is wrong, in a file inside the content folder, on a
/// line that exists, one problem per output line.
@Suite struct ContentLoaderFuzzTests {
    static let mutationsPerFile = 300

    @Test(arguments: Fixtures.goodFiles)
    func mutatedFileNeverCrashesTheLoader(_ file: String) throws {
        let content = try ContentCopy()
        let original = Array(try Data(contentsOf: content.url(file)))
        var generator = SplitMix64(seed: Self.seed(for: file))
        var loaded = 0
        for iteration in 0..<Self.mutationsPerFile {
            let mutated = Self.mutate(original, using: &generator)
            try content.write(file, bytes: mutated)
            let result = content.load()
            let context = "\(file), mutation \(iteration)"
            if result.bundle != nil {
                loaded += 1
                #expect(result.problems.isEmpty, "\(context): a bundle with problems:\n\(listing(result.problems))")
                continue
            }
            try #require(!result.problems.isEmpty, "\(context): no bundle and no problem")
            for problem in result.problems {
                #expect(problem.file.hasPrefix(ContentCopy.displayRoot + "/"), "\(context): \(problem)")
                #expect(!problem.description.contains("\n"), "\(context): a problem over several lines: \(problem)")
                if let line = problem.line {
                    let relative = String(problem.file.dropFirst(ContentCopy.displayRoot.count + 1))
                    let bytes = relative == file ? mutated : Array((try? Data(contentsOf: content.url(relative))) ?? Data())
                    let lines = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
                    #expect((1...lines).contains(line), "\(context): line \(line) of \(lines): \(problem)")
                }
            }
        }
        // Some mutations only touch text; most break something.
        #expect(loaded < Self.mutationsPerFile)
    }

    /// A fixed seed per file (FNV-1a of its name), not `hashValue`, which
    /// changes from run to run.
    static func seed(for file: String) -> UInt64 {
        file.utf8.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0100_0000_01B3 }
    }

    /// One to three of: flip a bit, set a byte, truncate, delete a span,
    /// duplicate a span somewhere else.
    static func mutate(_ original: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0:
                bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            case 1:
                bytes[at] = UInt8.random(in: 0...255, using: &generator)
            case 2:
                bytes.removeSubrange(at...)
            case 3:
                let length = Int.random(in: 1...min(40, bytes.count - at), using: &generator)
                bytes.removeSubrange(at..<at + length)
            default:
                let length = Int.random(in: 1...min(80, bytes.count - at), using: &generator)
                let span = bytes[at..<at + length]
                bytes.insert(contentsOf: span, at: Int.random(in: 0...bytes.count, using: &generator))
            }
        }
        return bytes
    }
}
