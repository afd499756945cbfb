import Foundation
import RiposteCore
import RiposteFeed
import StoreTestSupport
import Testing

/// An import file's byte-order mark is taken once, at the start of its first line; anywhere else it is named.
@Suite struct JSONLFileShapeTests {
    static let post = #"{"id": "ID", "network": "x", "author": {"handle": "@a"}, "text": "hi", "created_at": "2024-03-01T00:00:00Z"}"#

    func importFile(_ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("in.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let store = try TemporaryStore().store
        do {
            let summary = try JSONLImport.run(reading: { try LineReader(path: path) }, file: "in.jsonl", into: store)
            return "\(summary.inserted) imported"
        } catch {
            return "\(error)"
        }
    }

    func line(_ id: Int) -> [UInt8] {
        Array(Self.post.replacing("ID", with: "\(id)").utf8) + [0x0A]
    }

    @Test("a byte-order mark at the start of the first line is no part of it")
    func markAtStart() throws {
        #expect(try importFile([0xEF, 0xBB, 0xBF] + line(1) + line(2)) == "2 imported")
    }

    @Test("a byte-order mark at the start of a later line, or a second one, is an error at it that names it")
    func strayMark() throws {
        #expect(try importFile([0xEF, 0xBB, 0xBF] + line(1) + [0xEF, 0xBB, 0xBF] + line(2))
                == "in.jsonl:2:1: U+FEFF (a byte-order mark) may only start the file")
        #expect(try importFile([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + line(1))
                == "in.jsonl:1:1: U+FEFF (a byte-order mark) may only start the file")
    }

    @Test("a byte that is not UTF-8 between values is named at its line and column")
    func invalidByte() throws {
        #expect(try importFile(line(1) + Array(#"{"id": "2", "#.utf8) + [0xFF] + line(3))
                == "in.jsonl:2:13: byte 0xFF is not UTF-8")
    }
}
