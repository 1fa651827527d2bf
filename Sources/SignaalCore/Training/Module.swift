/// A training module, as read from `Content/modules/`.

public enum Audience: String, CaseIterable, Sendable, Codable {
    case youth
    case professional
    case hotelStaff = "hotel-staff"
    case manager
}

public struct ChatCharacter: Equatable, Sendable {
    public let id: String
    public let name: LocalizedText
}

public struct LessonPage: Equatable, Sendable {
    public let text: LocalizedText
    public let keyPoints: [LocalizedText]
    /// Notes for whoever leads a class; shown in class mode only.
    public let facilitator: LocalizedText?
    /// Questions for a group to talk about.
    public let discuss: [LocalizedText]
}

public struct ChatMessage: Equatable, Sendable {
    /// A character id.
    public let from: String
    public let text: LocalizedText
}

public struct ChatReply: Equatable, Sendable {
    public let text: LocalizedText
    public let next: String
    /// Why this reply is wise or risky: the signal or the trick behind it.
    public let feedback: LocalizedText?
}

public struct ChatNode: Equatable, Sendable {
    public let id: String
    public let messages: [ChatMessage]
    public let replies: [ChatReply]
    /// Set on the nodes where a conversation ends.
    public let outcome: LocalizedText?
    public var isEnd: Bool { replies.isEmpty }
}

public struct ChatScenario: Equatable, Sendable {
    /// Minutes since midnight of the first message; each message adds one.
    public let clock: Int
    public let start: String
    public let nodes: [ChatNode]

    public func node(_ id: String) -> ChatNode? { nodes.first { $0.id == id } }
}

public enum QuestionKind: String, CaseIterable, Sendable {
    case single, multiple, truefalse, spot

    /// Whether the learner may choose more than one option.
    public var allowsSeveral: Bool { self == .multiple || self == .spot }
}

public struct QuestionOption: Equatable, Sendable {
    public let text: LocalizedText
    public let correct: Bool
    public let explanation: LocalizedText?
}

public struct Question: Equatable, Sendable {
    public let kind: QuestionKind
    public let prompt: LocalizedText
    /// For `spot`: the scene's lines; the options are the same lines.
    public let scene: [LocalizedText]
    public let options: [QuestionOption]
    public let explanation: LocalizedText
    public let scored: Bool
    public let points: Int
}

public enum UnitContent: Equatable, Sendable {
    case lesson([LessonPage])
    case chat(ChatScenario)
    case question(Question)
}

public struct ModuleUnit: Equatable, Sendable {
    public let id: String
    public let title: LocalizedText
    public let content: UnitContent

    public var question: Question? {
        if case .question(let question) = content { return question }
        return nil
    }
}

public struct TrainingModule: Equatable, Sendable {
    public let id: String
    public let languages: [String]
    /// Languages whose translation still needs a review by a native speaker.
    public let reviewLanguages: [String]
    public let title: LocalizedText
    public let summary: LocalizedText
    public let audience: Audience
    public let minutes: Int
    /// Percent of the scored points needed to pass.
    public let passMark: Int
    public let sources: [String]
    public let characters: [ChatCharacter]
    public let units: [ModuleUnit]

    public func unit(_ id: String) -> ModuleUnit? { units.first { $0.id == id } }
    public func character(_ id: String) -> ChatCharacter? { characters.first { $0.id == id } }
    public var scoredQuestions: [ModuleUnit] { units.filter { $0.question?.scored == true } }
}
