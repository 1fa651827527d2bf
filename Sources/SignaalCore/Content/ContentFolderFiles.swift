import Foundation

/// The JSON files of one optional content folder (`cases/`, `cards/`), read
/// and parsed one by one, with every problem a reader of the whole content
/// would report: too large, unreadable, not JSON. Each parsed file is handed
/// to `body` with the path to show in problems.
enum ContentFolderFiles {
    static let sizeLimit = 16 * 1024 * 1024

    /// The number of `.json` files found.
    @discardableResult
    static func each(in folder: String, root: URL, displayRoot: String?, log: ProblemLog,
                     _ body: (_ file: String, _ node: JSONNode) -> Void) -> Int {
        let base = displayRoot ?? root.path
        let display = base.hasSuffix("/") ? String(base.dropLast()) : base
        let url = root.appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            let file = "\(display)/\(folder)/\(name)"
            let path = url.appendingPathComponent(name).path
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > sizeLimit {
                log.report(file, line: nil, "is larger than 16 MB; content files are small")
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                log.report(file, line: nil, "cannot be read (check its permissions)")
                continue
            }
            do {
                body(file, try JSONParser.parse(data))
            } catch {
                log.report(file, line: error.line, "\(error.message) (column \(error.column))")
            }
        }
        return names.count
    }
}
