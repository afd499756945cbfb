import Foundation
import GRDB
import Testing

/// `count` mentions as JSON Lines, ids starting with `prefix`.
func mentionsFile(_ count: Int, prefix: String, in folder: CommandFolder) throws -> String {
    var text = ""
    text.reserveCapacity(count * 160)
    for index in 0..<count {
        text += #"{"id": "\#(prefix)\#(index)", "network": "x", "author": {"handle": "@c\#(index % 5000)"}, "#
            + #""text": "my order \#(index) has not come", "created_at": "2024-03-01T09:00:00Z"}"# + "\n"
    }
    let file = folder.url.appendingPathComponent("\(prefix).jsonl")
    try Data(text.utf8).write(to: file)
    return file.path
}

/// What a store file holds, read as it is on disk: opening it with Riposte would take back an abandoned import.
func rawCount(_ table: String, in store: String) throws -> Int {
    var configuration = Configuration()
    configuration.readonly = true
    return try DatabaseQueue(path: store, configuration: configuration).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
}

@Suite("End to end: an import stopped part-way leaves nothing, and two imports run side by side")
struct ImportFaultTests {
    /// Runs an import in the background and sends it `signal` once its first chunk is in the store.
    func importStopped(by signal: Int32, folder: CommandFolder, file: String) throws -> (status: Int32, output: String) {
        try #require(try folder.riposte(["store", "init"]).status == 0)
        let script = #"""
            "$1" import "$2" --store "$3" & echo $! > "$3.pid"
            wait $!
            echo "exit $?"
            """#
        nonisolated(unsafe) var result: (status: Int32, output: String)?
        let done = DispatchSemaphore(value: 0)
        let store = folder.store
        Thread.detachNewThread {
            result = try? Subprocess.run(["sh", "-c", script, "sh", TerminalPane.binary, file, store])
            done.signal()
        }
        let deadline = Date().addingTimeInterval(120)
        while (try? rawCount("import_chunks", in: folder.store)) ?? 0 == 0, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let pid = try #require(Int32(String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder.store + ".pid")),
                                            as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        done.wait()
        return try #require(result)
    }

    @Test("kill -9 part-way through a 200,000-line import: the next process to open the store takes it all back")
    func killedImport() throws {
        let folder = try CommandFolder()
        let file = try mentionsFile(200_000, prefix: "k", in: folder)
        let run = try importStopped(by: SIGKILL, folder: folder, file: file)
        #expect(run.output.contains("exit 137"), "\(run.output)")
        #expect(try rawCount("posts", in: folder.store) > 0, "chunks were written before the kill")
        #expect(try rawCount("imports", in: folder.store) == 1)

        let report = try folder.riposte(["report"])
        #expect(report.status == 0)
        #expect(try rawCount("posts", in: folder.store) == 0)
        #expect(try rawCount("imports", in: folder.store) == 0)
        let actions = try DatabaseQueue(path: folder.store).read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit")
        }
        #expect(actions.contains("import.rollback"))
        #expect(try folder.riposte(["audit", "verify"]).status == 0)
        #expect(try folder.riposte(["store", "check"]).status == 0)
    }

    @Test("SIGTERM part-way through an import: it takes back what it wrote, says so, and exits 143")
    func interruptedImport() throws {
        let folder = try CommandFolder()
        let file = try mentionsFile(200_000, prefix: "t", in: folder)
        let run = try importStopped(by: SIGTERM, folder: folder, file: file)
        #expect(run.output.contains("stopped by a signal: nothing imported"), "\(run.output)")
        #expect(run.output.contains("exit 143"), "\(run.output)")
        #expect(try rawCount("posts", in: folder.store) == 0)
        #expect(try rawCount("imports", in: folder.store) == 0)
    }

    @Test("two large imports at once both finish: neither waits for the other's whole file")
    func importsSideBySide() throws {
        let folder = try CommandFolder()
        try #require(try folder.riposte(["store", "init"]).status == 0)
        let first = try mentionsFile(100_000, prefix: "a", in: folder)
        let second = try mentionsFile(100_000, prefix: "b", in: folder)
        let script = #"""
            "$1" import "$2" --store "$4" > "$4.first" 2>&1 & one=$!
            "$1" import "$3" --store "$4" > "$4.second" 2>&1 & two=$!
            wait "$one"; echo "first $?"; wait "$two"; echo "second $?"
            """#
        let run = try Subprocess.run(["sh", "-c", script, "sh", TerminalPane.binary, first, second, folder.store])
        #expect(run.output.contains("first 0") && run.output.contains("second 0"), """
            \(run.output)\(String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: folder.store + ".first"))) ?? Data(), as: UTF8.self))\
            \(String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: folder.store + ".second"))) ?? Data(), as: UTF8.self))
            """)
        #expect(try rawCount("posts", in: folder.store) == 200_000)
    }
}
