import Foundation
import Synchronization

/// The two faces a certificate is printed in, DejaVu Sans and DejaVu Sans
/// Bold: freely licensed, with Latin for every European language, Greek,
/// Cyrillic and Vietnamese. They ship in `Content/fonts/` (with their
/// licence); the Debian package `fonts-dejavu-core` is the fallback.
public struct CertificateFonts: Sendable {
    let regular: TrueTypeFont
    let bold: TrueTypeFont

    static let fileNames: [PDFFontFace: String] = [.regular: "DejaVuSans.ttf", .bold: "DejaVuSans-Bold.ttf"]
    /// Where `fonts-dejavu-core` installs them.
    public static let systemFolder = URL(fileURLWithPath: "/usr/share/fonts/truetype/dejavu")

    public enum Problem: Error, Equatable, Sendable {
        /// No folder holds both files; the folders looked in.
        case notFound([String])
        case unreadable(String)
    }

    subscript(face: PDFFontFace) -> TrueTypeFont {
        face == .bold ? bold : regular
    }

    /// The folders to look in: the content's `fonts/` folder, then the system's.
    public static func folders(content: ContentBundle) -> [URL] {
        (content.folder.map { [$0.appendingPathComponent("fonts")] } ?? []) + [systemFolder]
    }

    /// The fonts from the first folder that has both; read once per folder.
    public static func load(from folders: [URL]) throws(Problem) -> CertificateFonts {
        guard let folder = folders.first(where: { folder in
            fileNames.values.allSatisfy { FileManager.default.isReadableFile(atPath: folder.appendingPathComponent($0).path) }
        }) else {
            throw .notFound(folders.map(\.path))
        }
        if let cached = cache.fonts(folder.path) { return cached }
        func read(_ face: PDFFontFace) throws(Problem) -> TrueTypeFont {
            let url = folder.appendingPathComponent(fileNames[face]!)
            do {
                return try TrueTypeFont(try Data(contentsOf: url))
            } catch {
                throw .unreadable(url.path)
            }
        }
        let fonts = CertificateFonts(regular: try read(.regular), bold: try read(.bold))
        cache.store(fonts, folder.path)
        return fonts
    }

    /// The characters of `text` that the fonts cannot draw (each once, in
    /// order): Arabic, Chinese, emoji … They print as an empty box.
    public func unprintable(_ text: String) -> [Character] {
        var seen: [Character] = []
        for character in text where regular.draw(character) == nil || bold.draw(character) == nil {
            if !seen.contains(character) { seen.append(character) }
        }
        return seen
    }

    private static let cache = FontCache()
}

/// Fonts already read, by folder, shared between threads.
private final class FontCache: Sendable {
    private let loaded = Mutex<[String: CertificateFonts]>([:])

    func fonts(_ folder: String) -> CertificateFonts? {
        loaded.withLock { $0[folder] }
    }

    func store(_ fonts: CertificateFonts, _ folder: String) {
        loaded.withLock { $0[folder] = fonts }
    }
}

extension TrueTypeFont {
    /// How a character is drawn: its glyphs, each with the text it stands
    /// for (what copying gives back). The composed form first (Vietnamese
    /// "ễ" is one glyph), else its parts (a letter and combining accents);
    /// nil when the font lacks a glyph. Other spaces print as a space.
    func draw(_ character: Character) -> [(text: String, glyph: UInt16)]? {
        if character.isWhitespace, !character.isNewline, let space = glyph(" ") {
            return [(" ", space)]
        }
        let composed = String(character).precomposedStringWithCanonicalMapping
        for form in [composed, composed.decomposedStringWithCanonicalMapping] {
            let glyphs = form.unicodeScalars.map { scalar in
                Self.needsShaping(scalar) ? nil : glyph(scalar).map { (String(scalar), $0) }
            }
            if glyphs.allSatisfy({ $0 != nil }) { return glyphs.compactMap { $0 } }
        }
        return nil
    }

    /// Scripts written right to left or with joined letters (Hebrew, Arabic,
    /// Syriac, Thaana, N'Ko, the Indic scripts, Thai to Tibetan, Khmer):
    /// DejaVu has some of their letters, but a page set glyph by glyph,
    /// left to right, would print them in the wrong order or unjoined.
    /// They count as missing, so the user is told.
    static func needsShaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0x0900...0x0DFF, 0x0E00...0x0FFF, 0x1000...0x109F, 0x1780...0x17FF,
             0xFB1D...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    /// Width of `text` at `size` points, exactly as the PDF advances it
    /// (a character the font lacks takes the width of its empty box).
    func width(of text: String, size: Double) -> Double {
        var units = 0
        for character in text {
            units += draw(character)?.reduce(0) { $0 + width($1.glyph) } ?? width(0)
        }
        return Double(units) * size / 1000
    }
}
