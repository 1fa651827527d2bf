import Foundation
import SignaalCore

extension OutputFile {
    /// Writes one file per format at `url(format:…)`, its bytes made by
    /// `render` (nil leaves that format out), owner-only and never through a
    /// link (`FileWriteFailure.write`). Returns the paths written; a file
    /// that cannot be written is reported through `failed`.
    static func write<E: Error>(formats: [String], out: String?, folder: URL, stem: String,
                                failed: (FileWriteFailure) -> E,
                                render: (String) throws(E) -> Data?) throws(E) -> [String] {
        // `--out some/folder/` or an existing folder is refused as a folder
        // ("that is a folder"), also when several formats are written: their
        // extensions must not turn it into "some/folder.pdf" beside it.
        var isFolder: ObjCBool = false
        let folderOut = out.flatMap { $0.hasSuffix("/") || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue) ? $0 : nil }
        var paths: [String] = []
        for format in formats {
            guard let data = try render(format) else { continue }
            let url = folderOut.map { URL(fileURLWithPath: $0) } ?? url(format: format, of: formats, out: out, folder: folder, stem: stem)
            do throws(FileWriteFailure) {
                try FileWriteFailure.write(data, to: url)
            } catch {
                throw failed(error)
            }
            paths.append(url.path)
        }
        return paths
    }
}
