import Foundation

/// A reply judged outside the editor (`riposte risk`): what is asked, read from a JSON line or the command line,
/// and the verdict, written as JSON.
public struct RiskCheck: Sendable {
    public var network: Network
    public var voiceID: String?
    public var reply: String
    /// The post answered, if any.
    public var inReplyTo: Post?

    public struct Post: Sendable {
        public var text: String
        public var role: AuthorRole
        public var followers: Int
        public var handle: String
        public var name: String

        public init(text: String, role: AuthorRole = .customer, followers: Int = 0, handle: String = "@customer",
                    name: String = "") {
            self.text = text
            self.role = role
            self.followers = followers
            self.handle = handle
            self.name = name
        }
    }

    public init(network: Network, voiceID: String?, reply: String, inReplyTo: Post?) {
        self.network = network
        self.voiceID = voiceID
        self.reply = reply
        self.inReplyTo = inReplyTo
    }

    /// The check one JSON line asks for: `{"network": "x", "voice": "banter", "reply": "...", "in_reply_to":
    /// {"text": "...", "author": {"role": "customer", "followers": 120}}}`. Keys it does not know are left alone, so
    /// that a line may carry its own labels.
    public static func parse(jsonLine bytes: [UInt8]) throws(ByteOffsetError) -> RiskCheck {
        let root = try JSONLineParser.parse(bytes)
        let object = try Fields(root, what: "the line")
        var post: Post?
        if let node = object["in_reply_to"], !node.isNull {
            let fields = try Fields(node, what: "\"in_reply_to\"")
            var author: Fields?
            if let node = fields["author"], !node.isNull { author = try Fields(node, what: "\"author\"") }
            var role = AuthorRole.customer
            if let written = try author?.string("role") {
                guard let known = AuthorRole(rawValue: written.value) else {
                    throw ByteOffsetError(offset: written.offset, message: "\"role\" is one of "
                                          + AuthorRole.allCases.map(\.rawValue).joined(separator: ", "))
                }
                role = known
            }
            post = Post(text: try fields.requiredString("text").value, role: role,
                        followers: try author?.int("followers") ?? 0,
                        handle: try author?.string("handle")?.value ?? "@customer",
                        name: try author?.string("name")?.value ?? "")
        }
        var network = Network.x
        if let written = try object.string("network") {
            guard let known = Network(rawValue: written.value) else {
                throw ByteOffsetError(offset: written.offset, message: "\"network\" is x, mastodon or bluesky")
            }
            network = known
        }
        return RiskCheck(network: network, voiceID: try object.string("voice")?.value,
                         reply: try object.requiredString("reply").value, inReplyTo: post)
    }

    /// The scorer's context for this check, with the voices the caller knows.
    public func context(voices: [VoicePreset]) -> RiskContext {
        let recipient = inReplyTo.map {
            Account(network: network, handle: $0.handle, name: $0.name, followers: $0.followers, role: $0.role)
        }
        return RiskContext(voice: voiceID.flatMap { id in voices.first { $0.id == id } }, recipient: recipient,
                           answeredText: inReplyTo?.text)
    }

    /// The verdict as one line of JSON: `{"score": 72, "threshold": 60, "needs_approval": true, "reasons":
    /// [{"points": 40, "why": "...", "in": "reply", "start": 10, "end": 18}]}`. Offsets count Unicode scalars (code
    /// points), the unit JSON strings are made of; a reason with no words of its own (the voice, reach) points at
    /// the whole reply or post.
    public func json(_ assessment: RiskAssessment, rules: RiskRules) -> String {
        let reasons = assessment.reasons.map { reason -> VerdictReason in
            var spans = Self.scalarRanges(reason.ranges, in: reply).map { VerdictSpan(in: "reply", range: $0) }
            if let post = inReplyTo {
                spans += Self.scalarRanges(reason.postRanges, in: post.text).map { VerdictSpan(in: "post", range: $0) }
            }
            if spans.isEmpty {
                spans = reason.kind == .reach
                    ? [VerdictSpan(in: "post", range: 0..<(inReplyTo?.text.unicodeScalars.count ?? 0))]
                    : [VerdictSpan(in: "reply", range: 0..<reply.unicodeScalars.count)]
            }
            return VerdictReason(points: reason.points, kind: reason.kind.rawValue, why: reason.message,
                                 in: spans[0].in, start: spans[0].start, end: spans[0].end, spans: spans)
        }
        let verdict = Verdict(score: assessment.score, threshold: rules.threshold,
                              needs_approval: rules.requiresApproval(assessment), reasons: reasons)
        return Self.encoded(verdict)
    }

    /// `{"error": "line 3: ..."}`.
    public static func json(error: String) -> String {
        encoded(["error": error])
    }

    private static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? #"{"error": "cannot write JSON"}"#
    }

    /// Character offsets in `text` as Unicode scalar offsets.
    static func scalarRanges(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var scalarsBefore: [Int] = [0]
        for character in text { scalarsBefore.append(scalarsBefore.last! + character.unicodeScalars.count) }
        return ranges.map { range in
            scalarsBefore[min(range.lowerBound, scalarsBefore.count - 1)]..<scalarsBefore[min(range.upperBound,
                                                                                              scalarsBefore.count - 1)]
        }
    }

    private struct Verdict: Encodable {
        var score: Int
        var threshold: Int
        var needs_approval: Bool
        var reasons: [VerdictReason]
    }

    private struct VerdictReason: Encodable {
        var points: Int
        var kind: String
        var why: String
        var `in`: String
        var start: Int
        var end: Int
        var spans: [VerdictSpan]
    }

    private struct VerdictSpan: Encodable {
        var `in`: String
        var start: Int
        var end: Int

        init(in place: String, range: Range<Int>) {
            self.in = place
            start = range.lowerBound
            end = range.upperBound
        }
    }

    /// An object's members by key, for typed reads that say where a value is wrong.
    private struct Fields {
        let members: [(key: String, keyOffset: Int, node: JSONNode)]
        let offset: Int

        init(_ node: JSONNode, what: String) throws(ByteOffsetError) {
            guard case let .object(members) = node.value else {
                throw ByteOffsetError(offset: node.offset, message: "\(what) must be an object, found \(node.value.kind)")
            }
            self.members = members
            offset = node.offset
        }

        subscript(key: String) -> JSONNode? { members.last { $0.key == key }?.node }

        func string(_ key: String) throws(ByteOffsetError) -> (value: String, offset: Int)? {
            guard let node = self[key], !node.isNull else { return nil }
            guard case let .string(value) = node.value else {
                throw ByteOffsetError(offset: node.offset, message: "\"\(key)\" must be a string, found \(node.value.kind)")
            }
            return (value, node.offset)
        }

        func requiredString(_ key: String) throws(ByteOffsetError) -> (value: String, offset: Int) {
            guard let value = try string(key) else {
                throw ByteOffsetError(offset: offset, message: "\"\(key)\" is missing")
            }
            return value
        }

        func int(_ key: String) throws(ByteOffsetError) -> Int? {
            guard let node = self[key], !node.isNull else { return nil }
            guard case let .number(written) = node.value, let value = Int(written), value >= 0 else {
                throw ByteOffsetError(offset: node.offset, message: "\"\(key)\" must be a whole number of 0 or more")
            }
            return value
        }
    }
}

private extension JSONNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
