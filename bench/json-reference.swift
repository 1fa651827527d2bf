// The reference for `validate`: Foundation's JSONSerialization parsing every
// .json file under the folders given, one after another. It checks nothing
// beyond syntax, so it is the floor a validator is measured against.
// bench/run builds it with swiftc -O.
import Foundation

var files = 0
for folder in CommandLine.arguments.dropFirst() {
    let url = URL(fileURLWithPath: folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
              (try? JSONSerialization.jsonObject(with: data)) != nil else {
            FileHandle.standardError.write(Data("json-reference: \(name) is not JSON\n".utf8))
            exit(1)
        }
        files += 1
    }
}
print("\(files) files parsed")
