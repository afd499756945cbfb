import Foundation
import GRDB
import RiposteCore
import RiposteStore
import Testing

/// A team store made by this login with one mention in it: @ann's "my bill doubled".
func storeWithOneMention(at path: String, in pane: TerminalPane) throws {
    let mention = pane.home.appendingPathComponent("in.jsonl")
    try Data(#"{"id": "1", "network": "x", "author": {"handle": "@ann"}, "text": "my bill doubled", "created_at": "2024-03-01T09:00:00Z"}"#.utf8)
        .write(to: mention)
    for command in [["store", "init"], ["import", mention.path]] {
        #expect(try Subprocess.run([TerminalPane.binary] + command + ["--store", path]).status == 0)
    }
}

@Suite("End to end: typed text survives a store that stops taking writes", .serialized,
       .enabled(if: getuid() == 0, "mounts a small filesystem for the store, which needs root"))
struct StoreFaultTests {
    @Test("the disk fills while a reply is typed: the draft is kept on this machine and said so, quitting asks first, and once there is room the store gets the draft and the claim is let go")
    func diskFull() throws {
        let pane = try TerminalPane(deferred: true)
        let prepared = pane.home.appendingPathComponent("prepared.sqlite").path
        try storeWithOneMention(at: prepared, in: pane)
        // The store alone on a 2 MB filesystem in a mount namespace of its own, that the test fills from outside.
        let disk = pane.home.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let script = pane.home.appendingPathComponent("small-disk.sh")
        try Data(#"mount -t tmpfs -o size=2m tmpfs "$1" && cp "$2" "$1/team.sqlite" && shift 2 && exec "$@""#.utf8)
            .write(to: script)
        pane.launcher = ["unshare", "-m", "sh", script.path, disk, prepared]
        try pane.start(arguments: ["--store", disk + "/team.sqlite"])
        try pane.waitFor("@ann")
        let shell = try pane.format("pane_pid")
        let pid = try #require(try Subprocess.run(["pgrep", "-P", shell]).output.split(separator: "\n").first.map(String.init))

        try pane.press("Enter", "r")
        try pane.waitFor("── reply as")
        try pane.type("First half of the reply")
        Thread.sleep(forTimeInterval: 1.5)
        let filler = "/proc/\(pid)/root\(disk)/filler"
        _ = try Subprocess.run(["dd", "if=/dev/zero", "of=\(filler)", "bs=64k"])
        try pane.type(", and the second half")
        try pane.waitFor("Draft not saved (disk is full): kept on this machine", seconds: 10)
        let kept = pane.keptDrafts()
        #expect(kept.contains { $0.contains("First half of the reply, and the second half") })

        // Leaving the editor and quitting: Riposte asks, and n keeps it running.
        try pane.press("Escape")
        try pane.waitUntil("the editor to close") { lines in !lines.contains { $0.contains("── reply as") } }
        try pane.press("q")
        try pane.waitFor("@ann")
        try pane.press("q")
        try pane.waitFor("A draft is not in the store yet")
        try pane.press("n")

        try FileManager.default.removeItem(atPath: filler)
        try pane.waitFor("The store takes writes again: your draft on case", seconds: 15)
        Thread.sleep(forTimeInterval: 0.5)
        // SQLite would follow /proc/PID/root to the folder under the mount: copy the store out of the namespace.
        let copy = pane.home.appendingPathComponent("copy").path
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        #expect(try Subprocess.run(["nsenter", "-t", pid, "-m", "cp", disk + "/team.sqlite", disk + "/team.sqlite-wal",
                                    copy]).status == 0)
        let store = try SQLiteInboxStore(path: copy + "/team.sqlite")
        let audit = try store.auditLog(for: nil)
        let claim = try #require(audit.last { $0.action == "case.claim" })
        let caseID = try #require(claim.caseID)
        #expect(audit.last?.action == "case.release")
        #expect(try store.thread(caseID, agent: claim.agent)?.draft?.text
                == "First half of the reply, and the second half")
        try pane.press("q")
        try pane.waitFor("quit anyway? (y/n)")
        try pane.press("y")
        try pane.waitFor("riposte exited 0")
        #expect(pane.keptDrafts().isEmpty, "the store has the draft: nothing is left on the machine")
    }
}

@Suite("End to end: keys typed while the store is busy go where the user meant them", .serialized)
struct BusyStoreTests {
    @Test("r while another process holds the store: the reply typed at once is text in the editor, never queue commands, and Ctrl-S sends it once the case can be claimed")
    func replyWhileStoreIsBusy() throws {
        let pane = try TerminalPane(deferred: true)
        let path = pane.home.appendingPathComponent("team.sqlite").path
        try storeWithOneMention(at: path, in: pane)
        try pane.start(arguments: ["--store", path])
        try pane.waitFor("@ann")
        try pane.press("Enter")
        try pane.waitFor("my bill doubled")

        // Another writer (an import, say) holds the store's write lock for longer than Riposte waits for it.
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? holder.inTransaction(.immediate) { _ in
                locked.signal()
                Thread.sleep(forTimeInterval: 8)
                return .commit
            }
            done.signal()
        }
        locked.wait()
        try pane.press("r")
        // c closes a case, o reopens it and n starts a note: here they are letters of the reply.
        try pane.type("Sorry Ann, checking on it now")
        try pane.waitFor("Could not claim case", seconds: 15)
        try pane.waitFor("Sorry Ann, checking on it now")
        done.wait()
        try pane.press("C-s")
        try pane.waitFor("Reply sent", seconds: 10)

        let store = try SQLiteInboxStore(path: path)
        let caseID = try #require(try store.auditLog(for: nil).last { $0.action == "case.claim" }?.caseID)
        let thread = try #require(try store.thread(caseID, agent: ""))
        #expect(thread.posts.last?.text == "Sorry Ann, checking on it now")
        #expect(thread.status == .replied)
        // Opened once (new → open) and nothing else: no close, no reopen, no note.
        let changes = try store.auditLog(for: caseID).filter { $0.action == "case.status" || $0.action == "case.note" }
        #expect(changes.map(\.detail) == ["new → open"])
    }
}
