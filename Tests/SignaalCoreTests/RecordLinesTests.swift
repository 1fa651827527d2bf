import Foundation
import Testing
@testable import SignaalCore

/// The escaped fields of the records folder's lines read back as written.
@Suite("Record lines: escaped fields")
struct RecordLinesTests {
    @Test("an escaped tab, line feed, return or backslash followed by a combining mark reads back unchanged",
          arguments: ["a\n\u{301}b", "a\t\u{308}", "x\r\u{301}", "\\\u{301}", "Zoe\u{308}\\n", "plain"])
    func combiningAfterEscape(_ text: String) {
        let field = RecordLines.field(text)
        #expect(RecordLines.text(Substring(field))?.unicodeScalars.elementsEqual(text.unicodeScalars) == true, "\(field.debugDescription)")
    }
}
