import Foundation

extension ContentLoader {
    /// The load for starting the app and its commands. When the last full
    /// load of this very content (the same files, sizes, times, and the same
    /// signaal binary) found no problem, only what the first screens need is
    /// read now: the interface's words, roles, scoring and certification.
    /// Sources, referral, meldcode, checklists and modules are read when
    /// first used. Otherwise a full load, whose clean result is noted in the
    /// user's cache folder for the next start. `signaal validate` never
    /// takes this shortcut.
    ///
    /// Content that changes while the app runs is checked in full again
    /// when the catalogue is first used; if it is damaged then, `whenDamaged`
    /// gets the problems a start would have reported (the app says so and
    /// stops), and the catalogue stays empty.
    public static func loadForStart(from root: URL, displayRoot: String? = nil, environment: [String: String],
                                    whenDamaged: @escaping @Sendable ([ContentProblem]) -> Void) -> ContentLoadResult {
        let shown = displayRoot ?? root.path
        let note = ValidatedContentNote(root: root, environment: environment)
        if let note, note.isCurrent {
            let reader = catalogueReader(root: root, displayRoot: shown, note: note, environment: environment, whenDamaged: whenDamaged)
            let result = LoadSession(root: root, displayRoot: shown, mode: .start(onFirstUse: reader)).run()
            if result.bundle != nil { return result }
        }
        let result = load(from: root, displayRoot: shown)
        if result.bundle != nil { note?.save() }
        return result
    }

    /// Reads the catalogue on first use: as it is, when nothing changed
    /// since the note was taken; checked in full again otherwise.
    static func catalogueReader(root: URL, displayRoot: String, note: ValidatedContentNote, environment: [String: String],
                                whenDamaged: @escaping @Sendable ([ContentProblem]) -> Void) -> @Sendable () -> ContentCatalogue.Parts {
        return {
            if note.isUnchanged, let parts = LoadSession(root: root, displayRoot: displayRoot).readCatalogue(), note.isUnchanged {
                return parts
            }
            let fresh = ValidatedContentNote(root: root, environment: environment)
            let result = load(from: root, displayRoot: displayRoot)
            guard let bundle = result.bundle else {
                whenDamaged(result.problems)
                return ContentCatalogue.Parts()
            }
            fresh?.save()
            return bundle.catalogue.parts
        }
    }
}
