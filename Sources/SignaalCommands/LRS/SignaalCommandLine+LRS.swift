import Foundation
import SignaalCore

/// Where the command line meets the LRS. Without an LRS configured every
/// path here is the plain records file, exactly as before.
extension SignaalCommandLine {
    /// Runs `body` with the training records; with an LRS configured they
    /// also report to it, and on the way out Signaal waits a few seconds at
    /// most for statements under way (what is not sent stays in the outbox).
    func withRecords(_ arguments: Arguments, _ content: ContentBundle, _ language: Language,
                     _ body: (any RecordKeeper) -> ExitCode) -> ExitCode {
        let file = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        let connection: LRSConnection?
        do { connection = try lrsConnection(arguments, content, language) } catch { return .usage }
        guard let connection else { return body(file) }
        let keeper = connection.keeper(wrapping: file, content: content, language: language)
        let code = body(keeper)
        keeper.delivery.finish(within: LRSConnection.backgroundTimeout + 1)
        return code
    }

    /// The records for the full-screen interface: reporting to the LRS when
    /// one is configured, and counting its completions for managers. Settings that are wrong are said before the
    /// screen starts, and training then keeps to this computer.
    func interfaceRecords(_ arguments: Arguments, _ content: ContentBundle, _ language: Language, file: any RecordKeeper) -> any RecordKeeper {
        guard let connection = try? lrsConnection(arguments, content, language) else { return file }
        let keeper = connection.keeper(wrapping: file, content: content, language: language)
        let completions = LRSCompletionCache(connection: connection)
        keeper.fetched = completions
        // Fetch now, so the manager's view has the numbers when it opens (the organisations' modules, not the whole records).
        completions.refresh(modules: Set(((try? file.organisationHeaders()) ?? []).map(\.moduleID)))
        return keeper
    }

    /// `signaal lrs sync|status`.
    func runLRS(_ content: ContentBundle, _ language: Language, _ arguments: Arguments) -> ExitCode {
        let connection: LRSConnection?
        do { connection = try lrsConnection(arguments, content, language) } catch { return .usage }
        let outbox = connection?.outbox
            ?? LRSOutboxFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        return LRSCommands(content: content, language: language, console: console).run(arguments, connection: connection, outbox: outbox)
    }

    /// `signaal verify CODE`: this computer's records, and the LRS when one is configured.
    func runVerify(_ content: ContentBundle, _ language: Language, _ arguments: Arguments) -> ExitCode {
        let local = { training(content, language).verify(arguments) }
        let connection: LRSConnection?
        do { connection = try lrsConnection(arguments, content, language) } catch { return .usage }
        guard let connection else { return local() }
        let file = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        return LRSCommands(content: content, language: language, console: console)
            .verify(arguments, connection: connection, records: file, local: local)
    }

    /// `signaal org …`; with an LRS, an organisation certificate issued here
    /// is reported, and `status ORG --lrs` counts completions from the LRS.
    func runOrganisation(_ content: ContentBundle, _ language: Language, _ arguments: Arguments) -> ExitCode {
        let file = TrainingRecordsFile.store(in: DataDirectory.resolve(explicit: arguments.value("data"), environment: environment))
        var commands = OrganisationCommands(content: content, language: language, console: console)
        let connection: LRSConnection?
        do { connection = try lrsConnection(arguments, content, language) } catch { return .usage }
        guard let connection else {
            if arguments.has(LRSOption.countFlag) {
                console.err(content.strings("lrs.none", language) + "\n")
                return .failure
            }
            return commands.run(arguments, store: file)
        }
        if arguments.has(LRSOption.countFlag) {
            let modules = Set(((try? file.organisationHeaders()) ?? []).map(\.moduleID))
            do {
                commands.lrsCompletions = try LRSCommands(content: content, language: language, console: console)
                    .completions(connection, modules: modules)
            } catch {
                commands.tell(file.takeNotices())
                console.err("signaal org: \(error)\n")
                return .failure
            }
        }
        // The LRS keeper reports what the command issued (an organisation
        // certificate: `earned`) from the store's own operations, without
        // reading the whole records before and after.
        let keeper = connection.keeper(wrapping: file, content: content, language: language)
        let code = commands.run(arguments, store: keeper)
        keeper.delivery.finish(within: LRSConnection.backgroundTimeout + 1)
        return code
    }
}

/// `--lrs` is both an option with a URL (everywhere) and, after
/// `org status ORG`, a switch meaning "count completions from the LRS".
enum LRSOption {
    static let countFlag = "count-from-lrs"

    /// A bare `--lrs` (last, or followed by another option) becomes the
    /// switch; `--lrs URL` stays an option and also asks for the count.
    static func organisationWords(_ words: [String]) -> [String] {
        var out: [String] = []
        for (index, word) in words.enumerated() {
            if word == "--lrs", index + 1 == words.count || words[index + 1].hasPrefix("-") {
                out.append("--" + countFlag)
            } else {
                out.append(word)
            }
        }
        if out.contains(where: { $0 == "--lrs" || $0.hasPrefix("--lrs=") }) { out.append("--" + countFlag) }
        return out
    }

    static var organisationSpec: Arguments.Spec {
        Arguments.Spec(valued: OrganisationCommands.spec.valued.union(["lrs"]), flags: OrganisationCommands.spec.flags.union([countFlag]))
    }
}
