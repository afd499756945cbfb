import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore
import StoreTestSupport
import Testing

@Suite("riposte import: JSON Lines in, all or nothing")
struct JSONLImportTests {
    static let good = """
        {"id": "1", "network": "x", "author": {"handle": "@ann", "name": "Ann", "followers": 120, "role": "customer"}, "text": "no signal 📵", "created_at": "2024-03-01T09:00:00Z", "in_reply_to": null}
        {"id": "2", "network": "x", "author": {"handle": "@us", "name": "Us", "followers": 9000, "role": "brand"}, "text": "Sorry Ann!", "created_at": "2024-03-01T10:05:00.5+01:00", "in_reply_to": "1"}

        {"id": 3, "network": "mastodon", "author": {"handle": "@bo@social.example"}, "text": "bonjour", "created_at": "2024-03-01T10:00:00Z"}
        """

    func lines(_ text: String) -> [[UInt8]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }

    @Test("good lines become posts, cases and threads; importing again adds nothing")
    func importsAndSkipsDuplicates() throws {
        let store = try TemporaryStore().store
        let summary = try JSONLImport.run(reading: { lines(Self.good) }, file: "in.jsonl", into: store)
        #expect(summary == IngestSummary(inserted: 3, alreadyStored: 0, newCases: 2))
        let rows = try store.queueRows(after: nil, limit: 10)
        #expect(rows.map(\.author.handle) == ["@ann", "@bo@social.example"])
        #expect(rows[1].author.role == .customer && rows[1].author.followers == 0 && rows[1].network == .mastodon)
        let thread = try #require(try store.thread(rows[0].caseID, agent: "sam"))
        #expect(thread.posts.map(\.text) == ["no signal 📵", "Sorry Ann!"])
        // 10:05:00.5 at +01:00 is 09:05:00.5 UTC.
        #expect(thread.posts[1].createdAt == Date(timeIntervalSince1970: 1_709_283_900.5))
        let again = try JSONLImport.run(reading: { lines(Self.good) }, file: "in.jsonl", into: store)
        #expect(again == IngestSummary(inserted: 0, alreadyStored: 3, newCases: 0))
    }

    @Test("every bad line is reported with its line and column, and nothing is imported")
    func badLines() throws {
        let store = try TemporaryStore().store
        let text = Self.good + """

            {"id": "4", "network": "x", "author": {"handle": "@é"}, "text": "hi", "created_at": "2024-13-01T00:00:00Z"}
            {"id": "5", "network": "myspace", "author": {"handle": "@a"}, "text": "hi", "created_at": "2024-03-01T00:00:00Z"}
            {"id": "6", "network": "x", "author": {"handle": "a"}, "text": "hi", "created_at": "2024-03-01T00:00:00Z"}
            {"id": "7", "network": "x", "author": {"handle": "@a"}, "txt": "hi", "created_at": "2024-03-01T00:00:00Z"}
            {"id": "8", "network": "x", "author": {"handle": "@a"}, "text": "hi", "created_at": "2024-03-01T00:00:00Z", "extra": 1}
            {"id": "9", "network": "x" "author": {}}
            not json
            {"id": "10", "network": "x", "author": {"handle": "@a", "followers": -3}, "text": "hi", "created_at": "2024-03-01T00:00:00Z"}
            """
        let errors = try #require(throws: SourceErrors.self) {
            try JSONLImport.run(reading: { lines(text) }, file: "in.jsonl", into: store)
        }
        #expect(errors.description == """
            in.jsonl:5:91: created_at: no month 13
            in.jsonl:6:24: "network" must be one of "x", "mastodon", "bluesky"
            in.jsonl:7:50: a handle starts with "@"
            in.jsonl:8:1: missing "text"
            in.jsonl:9:109: unknown key "extra" (known: "id", "network", "author", "text", "created_at", "in_reply_to")
            in.jsonl:10:28: expected "," or "}"
            in.jsonl:11:1: expected a value
            in.jsonl:12:70: "followers" must be a whole number, 0 or more
            """)
        #expect(try store.queueRows(after: nil, limit: 10).isEmpty)
    }

    @Test("invalid UTF-8 is reported where it starts")
    func invalidUTF8() throws {
        let store = try TemporaryStore().store
        var bytes = Array(#"{"id": "1", "network": "x", "author": {"handle": "@a"}, "text": "bad "#.utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(#"", "created_at": "2024-03-01T00:00:00Z"}"#.utf8)
        let errors = try #require(throws: SourceErrors.self) {
            try JSONLImport.run(reading: { [bytes] }, file: "in.jsonl", into: store)
        }
        #expect(errors.description == "in.jsonl:1:70: byte 0xFF is not UTF-8")
    }

    @Test("a lone surrogate or a NUL from a broken exporter is kept as U+FFFD, the rest of the text intact")
    func loneSurrogate() throws {
        let store = try TemporaryStore().store
        let line = #"{"id": "1", "network": "x", "author": {"handle": "@a"}, "text": "half \ud83d emoji \ud83d\ude00 \u0000end", "created_at": "2024-03-01T00:00:00Z"}"#
        try JSONLImport.run(reading: { [Array(line.utf8)] }, file: "in.jsonl", into: store)
        #expect(try store.queueRows(after: nil, limit: 1).first?.snippet == "half \u{FFFD} emoji 😀 \u{FFFD}end")
    }

    @Test("the line reader splits a file in chunks, with CRLF and without a final newline")
    func lineReader() throws {
        let temporary = try TemporaryStore()
        let long = String(repeating: "x", count: 3_000_000)
        let path = try temporary.file("lines.txt", "one\r\ntwo\n\n\(long)\nlast")
        let read = Array(LineReader(handle: try #require(FileHandle(forReadingAtPath: path))))
        #expect(read.map { String(decoding: $0, as: UTF8.self) } == ["one", "two", "", long, "last"])
    }

    @Test("a byte-order mark at the start of a file is no part of its first line")
    func byteOrderMark() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file("bom.jsonl", "\u{FEFF}" + Self.good)
        let summary = try JSONLImport.run(reading: { try LineReader(path: path) },
                                          file: "bom.jsonl", into: temporary.store)
        #expect(summary.inserted == 3)
    }

    @Test("a post longer than any network allows is refused with its line, and nothing of the file is kept")
    func postOfAnySize() throws {
        let store = try TemporaryStore().store
        let longest = String(repeating: "é", count: IncomingPost.maximumTextLength)
        func line(_ id: Int, _ text: String) -> [UInt8] {
            Array(#"{"id": "\#(id)", "network": "x", "author": {"handle": "@a"}, "text": "\#(text)", "created_at": "2024-03-01T00:00:00Z"}"#.utf8)
        }
        let errors = try #require(throws: SourceErrors.self) {
            try JSONLImport.run(reading: { [line(1, longest), line(2, longest + "!")] }, file: "in.jsonl", into: store)
        }
        #expect(errors.description == "in.jsonl:2:65: text: 100001 characters; a post has at most 100000")
        #expect(try store.queueRows(after: nil, limit: 1).isEmpty)
        try JSONLImport.run(reading: { [line(1, longest)] }, file: "in.jsonl", into: store)
        // The queue reads a line's worth of the post, not all of it.
        #expect(try store.queueRows(after: nil, limit: 1).first?.snippet.count == 500)
    }
}
