import Foundation
import SignaalCore

// signaal-fuzz: mutates the shipped content and sample rosters and reads
// each result in-process, as `signaal validate` and `org import-roster` do.
// Crashes and hangs (over 10 s of CPU, or 5 minutes in all) print the input's number and save it; a
// problem that is not a clean `path:line: message` is a finding (exit 1).
// Usage: signaal-fuzz [--iterations N] [--seed S] [--only N] [--content DIR] [--rosters DIR]

var options: [String: String] = ["iterations": "3000", "seed": "1", "content": "Content",
                                  "rosters": "Tests/SignaalCoreTests/Fixtures/rosters"]
var words = CommandLine.arguments.dropFirst()[...]
while let word = words.popFirst() {
    guard word.hasPrefix("--"), let value = words.popFirst(), options[String(word.dropFirst(2))] != nil || word == "--only" else {
        FileHandle.standardError.write(Data("usage: signaal-fuzz [--iterations N] [--seed S] [--only N] [--content DIR] [--rosters DIR]\n".utf8))
        exit(2)
    }
    options[String(word.dropFirst(2))] = value
}
guard let iterations = Int(options["iterations"] ?? ""), let seed = UInt64(options["seed"] ?? ""), iterations >= 0 else {
    print("fuzz: --iterations and --seed take whole numbers")
    exit(2)
}
let only = options["only"].flatMap(Int.init)

/// Every file under `folder` ending in `suffix`, relative to it, sorted.
func files(in folder: String, ending suffix: String) -> [(name: String, bytes: [UInt8])] {
    let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    return names.compactMap { name in FileManager.default.contents(atPath: folder + "/" + name).map { (name, Array($0)) } }
}

let contentFiles = files(in: options["content"] ?? "", ending: ".json")
let rosters = files(in: options["rosters"] ?? "", ending: ".csv")
guard let bundle = ContentLoader.load(from: URL(fileURLWithPath: options["content"] ?? "")).bundle, !rosters.isEmpty else {
    print("fuzz: needs valid content (--content) and sample rosters (--rosters)")
    exit(2)
}
let checker = Checker(content: bundle, language: .english)
Watchdog.install()

var findings = 0, contentCount = 0, rosterCount = 0
var slowest: (seconds: Double, name: String) = (0, "")
let started = Date()
for iteration in (only.map { $0...$0 } ?? 0...max(0, iterations - 1)) where iterations > 0 {
    // Each input has its own generator, so --only N makes input N again.
    var mutator = Mutator(random: SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(iteration)))
    let name: String, bytes: [UInt8], isRoster: Bool
    if iteration == 1 || iteration % 500 == 250 {
        name = "modules/chain.json"
        bytes = Mutator.chain(nodes: iteration == 1 ? 40_000 : mutator.int(100...5_000), loop: mutator.chance(2))
        isRoster = false
    } else if mutator.chance(5) {
        let roster = mutator.pick(rosters)
        (name, bytes, isRoster) = (roster.name, mutator.mutate(roster.bytes, csv: true), true)
    } else {
        let file = mutator.pick(contentFiles)
        // Now and then a file is read as another kind, as a misplaced file would be.
        name = mutator.chance(20) ? mutator.pick(contentFiles).name : file.name
        (bytes, isRoster) = (mutator.mutate(file.bytes, csv: false), false)
    }
    Watchdog.begin(iteration, name: name, bytes: bytes)
    let start = Watchdog.mainCPU()
    let finding = isRoster ? checker.roster(bytes, as: name) : checker.content(bytes, as: name)
    Watchdog.end()
    let seconds = Double(max(Watchdog.mainCPU(), start) - start) / 1e9
    if seconds > slowest.seconds { slowest = (seconds, name) }
    if isRoster { rosterCount += 1 } else { contentCount += 1 }
    if let finding {
        findings += 1
        if findings <= 10 { print("fuzz: input \(iteration) (\(name)): \(finding)") }
        if findings == 1 { _ = FileManager.default.createFile(atPath: savedInputName, contents: Data(bytes)) }
    }
    let done = iteration + 1
    if only == nil, iterations >= 10_000, done % (iterations / 10) == 0 {
        print("fuzz: \(done)/\(iterations) inputs, \(findings) findings, \(Int(Date().timeIntervalSince(started))) s")
    }
}
let summary = "fuzz: \(contentCount + rosterCount) inputs (\(contentCount) content files, \(rosterCount) rosters), seed \(seed): "
    + "0 crashes, 0 hangs, \(findings) badly reported problems; slowest input \(String(format: "%.2f", slowest.seconds)) s of CPU (\(slowest.name)), "
    + "\(Int(Date().timeIntervalSince(started))) s in all"
print(summary)
exit(findings == 0 ? 0 : 1)
