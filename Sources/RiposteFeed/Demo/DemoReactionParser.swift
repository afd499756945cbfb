import Foundation
import RiposteCore

/// Reads a feed's `[[reactions]]`: what the feed's people post when our reply to one of their posts meets conditions.
enum DemoReactionParser {
    static let voiceIDs = VoiceLibrary.builtin.map(\.id)

    static func read(_ root: TOMLTableReader, accounts: [String: (account: Account, position: SourcePosition)],
                     posts: [DemoFeed.Post]) -> [DemoReaction] {
        let postIDs = Set(posts.map(\.id))
        var seen: [String: SourcePosition] = [:]
        var reactions: [DemoReaction] = []
        for table in root.arrayOfTables("reactions") {
            let id = table.requiredString("id")
            let to = table.requiredString("to")
            if let to, !postIDs.contains(to) {
                var message = "\"\(to)\" is not a post of this feed"
                if let close = NameSuggestion.closest(to: to, among: posts.map(\.id)) { message += "; did you mean \"\(close)\"?" }
                table.error(at: "to", message)
            }
            let authorID = table.requiredString("author")
            let author = authorID.flatMap { accounts[$0]?.account }
            if let authorID, author == nil { table.error(at: "author", "unknown account \"\(authorID)\"") }
            let text = table.requiredString("text")
            if let text, text.allSatisfy(\.isWhitespace) { table.error(at: "text", "a reaction needs some text") }
            let delay = duration(table, "delay", required: true)
            let outcome = table.requiredEnum("outcome", as: DemoReaction.Outcome.self)
            let voices = table.optionalStrings("voice")
            for voice in voices ?? [] where !voiceIDs.contains(voice) {
                table.error(at: "voice", "unknown voice \"\(voice)\"; the voices are \(voiceIDs.joined(separator: ", "))")
            }
            let condition = DemoReaction.Condition(
                voices: voices, contains: table.optionalStrings("contains"), lacks: table.optionalStrings("lacks"),
                riskAtLeast: table.optionalInt("risk_at_least", in: 0...100),
                riskBelow: table.optionalInt("risk_below", in: 0...100),
                within: duration(table, "within", required: false), namesRival: table.optionalBool("names_rival"))
            guard let id else { continue }
            if let first = seen[id] {
                table.error(at: "id", "reaction \"\(id)\" is already defined at \(first)")
                continue
            }
            seen[id] = table.node("id")?.position ?? table.position
            guard let to, postIDs.contains(to), let author, let text, let delay, let outcome else { continue }
            reactions.append(DemoReaction(id: id, to: to, author: author, text: text, delay: delay, outcome: outcome,
                                          condition: condition))
        }
        return reactions
    }

    static func duration(_ table: TOMLTableReader, _ key: String, required: Bool) -> TimeInterval? {
        guard let node = table.node(key) else {
            if required { table.error("missing key \"\(key)\" (how long after our reply, like \"45s\" or \"2m\")") }
            return nil
        }
        if case let .string(text) = node.value, let offset = TimeOffset.parse(text), offset >= 0 { return offset }
        table.error(at: key, "\"\(key)\" is a length of story time like \"45s\", \"2m\" or \"1h30m\"")
        return nil
    }
}
