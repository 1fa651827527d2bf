import Testing
@testable import SignaalCore
import SignaalTestSupport

/// The modules teach the same advice as the referral: a minor being abused
/// now is a 112 call; a nude image is never asked for; words a pupil with
/// a mild intellectual disability may not know are explained.
@Suite("Modules: the advice they teach")
struct ModuleAdviceTests {
    let bundle = ShippedContent.bundle

    func chat(_ module: String, _ unit: String) throws -> ChatScenario {
        let content = try #require(bundle.module(module)?.unit(unit)?.content)
        let chat: ChatScenario? = if case .chat(let chat) = content { chat } else { nil }
        return try #require(chat, "\(module)/\(unit) is not a chat")
    }

    @Test("room 214: the model answer to a girl of about 15 with men coming and going is 112, with the manager informed")
    func room214ModelAnswerIs112() throws {
        let chat = try chat("no-room-hotel", "chat-214")
        let start = try #require(chat.node(chat.start))
        let calls = start.replies.filter { $0.text(.english).contains("112") && $0.text(.dutch).contains("112") }
        #expect(calls.count == 1, "the first choice offers exactly one 112 answer")
        let model = try #require(calls.first)
        #expect(model.text(.english).contains("Ruben"), "the manager is informed as well")
        #expect(model.feedback?(.english).hasPrefix("Right.") == true)
        // Following the 112 answers reaches the ending that says it was handled well.
        var node = try #require(chat.node(model.next))
        var seen: Set<String> = [node.id]
        while !node.isEnd {
            let next = try #require(node.replies.first { $0.text(.english).contains("112") }, "no 112 reply at \(node.id)")
            node = try #require(chat.node(next.next))
            #expect(seen.insert(node.id).inserted, "the 112 path loops")
        }
        #expect(node.outcome?(.english).hasPrefix("Well handled") == true)
        // Waiting for the ordinary police number is never offered as the way.
        #expect(!chat.nodes.flatMap(\.replies).contains { $0.text(.english).contains("0900-8844") })
    }

    @Test("the modules never ask a professional to see, receive or forward a nude image, and say so")
    func neverAskForTheImage() throws {
        let professional = try #require(bundle.module("buit-professional"))
        let pages = professional.units.compactMap { unit -> [LessonPage]? in
            if case .lesson(let pages) = unit.content { return pages }
            return nil
        }.flatMap { $0 }
        #expect(pages.contains { $0.text(.english).contains("Never ask to see, receive or forward a nude image") })
        #expect(pages.contains { $0.text(.english).contains("Helpwanted") })
        #expect(pages.contains { $0.text(.english).contains("from 16 the young person signs, under 16 a parent or guardian") })
    }

    @Test("the youth module: screenshots of the threats, never of the photo; help from De Kindertelefoon and Helpwanted")
    func youthHelp() throws {
        let youth = try #require(bundle.module("buit-youth"))
        let photo = try #require(youth.unit("q-photo")?.question)
        let right = try #require(photo.options.first { $0.correct })
        #expect(right.text(.dutch).contains("screenshots van de dreigberichten (nooit van de foto)"))
        let texts = youth.units.compactMap { unit -> [LessonPage]? in
            if case .lesson(let pages) = unit.content { return pages }
            return nil
        }.flatMap { $0 }.map { $0.text(.dutch) }
        #expect(texts.contains { $0.contains("De Kindertelefoon: 0800-0432") })
        #expect(texts.contains { $0.contains("Helpwanted.nl") })
        // 'schuld' stays a debt: blame is said another way.
        #expect(!texts.contains { $0.contains("jouw schuld") })
    }
}
