import Foundation
import RiposteCore
import RiposteStore

/// `riposte import`: mentions from JSON Lines, one object per line, all stored or none.
///
/// `{"id": "...", "network": "x", "author": {"handle": "@name", "name": "...", "followers": 123, "role": "customer"},
///   "text": "...", "created_at": "2014-06-12T09:30:00Z", "in_reply_to": "id or null"}`
public enum JSONLImport {
    /// Beyond this many bad lines the rest are counted, not listed.
    static let reportedErrorLimit = 50

    /// Imports every line; if any is bad, throws them all (`file:line:column: message`) and stores nothing.
    ///
    /// The lines are read twice: first every one is checked with nothing written, so that a bad line leaves the
    /// store as it was; then they are written, in chunks that let agents' writes in between. `interrupted` is asked
    /// between batches: when it says so, what was written is taken back and `ImportInterrupted` thrown.
    @discardableResult
    public static func run<Lines: Sequence<[UInt8]> & Sendable>(reading lines: () throws -> Lines, file: String,
                                                                into store: any FeedKeeping,
                                                                interrupted: () -> Bool = { false })
    throws -> IngestSummary {
        try check(try lines(), file: file, interrupted: interrupted)
        let decoded = DecodedLines(try lines(), file: file, decode: decode)
        do {
            let summary = try store.ingestAll { add in
                while let batch = decoded.next() {
                    if interrupted() { throw ImportInterrupted() }
                    for line in batch {
                        switch line {
                        case let .post(post):
                            try add(post)
                        case let .failure(error):
                            // The file changed between the check and the writing.
                            throw SourceErrors([error])
                        }
                    }
                }
            }
            decoded.wait()
            return summary
        } catch {
            decoded.cancelAndWait()
            throw error
        }
    }

    /// Decodes every line, writing nothing; throws every bad one, the first `reportedErrorLimit` by position.
    static func check<Lines: Sequence<[UInt8]> & Sendable>(_ lines: Lines, file: String,
                                                           interrupted: () -> Bool) throws {
        let decoded = DecodedLines(lines, file: file, decode: decode)
        defer { decoded.cancelAndWait() }
        var errors: [SourceError] = []
        var badLines = 0
        while let batch = decoded.next() {
            if interrupted() { throw ImportInterrupted() }
            for case let .failure(error) in batch {
                badLines += 1
                if errors.count < reportedErrorLimit { errors.append(error) }
            }
        }
        if badLines > errors.count {
            errors.append(SourceError(file: file, position: errors.last?.position ?? .start,
                                      message: "and \(badLines - errors.count) more bad lines"))
        }
        if !errors.isEmpty { throw SourceErrors(errors) }
    }

    /// The 1-based column, in Characters, of a byte offset in a line.
    static func column(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        SourceText.position(ofByte: offset, in: bytes).column
    }

    @Sendable
    static func decode(_ bytes: [UInt8]) throws -> IncomingPost {
        let node = try JSONLineParser.parse(bytes)
        let post = try JSONObjectReader(node, allowed: ["id", "network", "author", "text", "created_at", "in_reply_to"])
        let id = try post.identifier("id")
        let network: Network = try post.oneOf("network")
        let author = try JSONObjectReader(try post.required("author"), allowed: ["handle", "name", "followers", "role"])
        let handleNode = try author.required("handle")
        let handle = try author.string("handle")
        guard handle.hasPrefix("@"), handle.count > 1 else {
            throw ByteOffsetError(offset: handleNode.offset, message: "a handle starts with \"@\"")
        }
        let account = Account(network: network, handle: handle, name: try author.optionalString("name") ?? handle,
                              followers: try author.optionalCount("followers") ?? 0,
                              role: try author.optionalOneOf("role") ?? .customer)
        try author.rejectUnknownKeys()
        let text = try post.string("text")
        let length = text.count
        if length > IncomingPost.maximumTextLength {
            throw ByteOffsetError(offset: try post.required("text").offset, message: "text: \(length) characters; a post "
                                  + "has at most \(IncomingPost.maximumTextLength)")
        }
        let createdNode = try post.required("created_at")
        let createdText = try post.string("created_at")
        let createdAt: Date
        do {
            createdAt = try RFC3339.parse(createdText)
        } catch {
            // +1 for the opening quote of the string.
            throw ByteOffsetError(offset: createdNode.offset + 1 + error.offset, message: "created_at: \(error.message)")
        }
        let inReplyTo = try post.optionalIdentifier("in_reply_to")
        try post.rejectUnknownKeys()
        return IncomingPost(externalID: id, author: account, text: text, createdAt: createdAt, inReplyTo: inReplyTo)
    }
}

/// An import stopped by a signal: whatever it had written is taken back.
public struct ImportInterrupted: Error {}
