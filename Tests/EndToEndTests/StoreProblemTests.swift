import Foundation
import GRDB
import RiposteStore
import Testing

@Suite("A store that cannot be used is named with its path, the cause and what to do")
final class StoreProblemTests {
    let place: CommandFolder
    var folder: URL { place.url }

    init() throws {
        place = try CommandFolder()
    }

    func riposte(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run([TerminalPane.binary] + arguments)
    }

    func goodStore(_ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        #expect(try riposte(["store", "init", "--store", path]).status == 0)
        return path
    }

    /// A JSON Lines file with one mention in it.
    func oneMention() throws -> URL {
        let mention = folder.appendingPathComponent("in.jsonl")
        try Data(#"{"id": "1", "network": "x", "author": {"handle": "@ann"}, "text": "hi", "created_at": "2024-03-01T09:00:00Z"}"#.utf8)
            .write(to: mention)
        return mention
    }

    @Test("a folder, an empty file, a file of something else and a damaged store are refused with the reason",
          arguments: ["folder", "empty", "other", "damaged"])
    func unusablePaths(kind: String) throws {
        let path = folder.appendingPathComponent("\(kind).sqlite").path
        let expected: String
        switch kind {
        case "folder":
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            expected = "it is a folder, not a store file"
        case "empty":
            try Data().write(to: URL(fileURLWithPath: path))
            expected = "it is an empty file (0 bytes), not a store"
        case "other":
            try Data("id,network,text\n1,x,hello\n".utf8).write(to: URL(fileURLWithPath: path))
            expected = "it is not a Riposte store (no SQLite header)"
        default:
            let store = try goodStore("damaged.sqlite")
            let root = try DatabaseQueue(path: store).read { db in
                try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'posts'") ?? 0
            }
            let file = try #require(FileHandle(forUpdatingAtPath: store))
            try file.seek(toOffset: UInt64(16384 * (root - 1) + 3))
            try file.write(contentsOf: Data([0xFF, 0xFF]))
            try file.close()
            expected = ""
        }
        guard kind != "damaged" else {
            // SQLite opens it: what reads the damaged pages finds it, and says so.
            let check = try riposte(["store", "check", "--store", path])
            #expect(check.status == 1)
            #expect(check.output.contains("the file is damaged: database disk image is malformed"), "\(check.output)")
            let imported = try riposte(["import", "-", "--store", path])
            #expect(imported.status == 1)
            #expect(imported.output.contains("nothing imported: \(path): the file is damaged"), "\(imported.output)")
            return
        }
        for command in [["report"], ["store", "check"], ["import", "-"]] {
            let result = try riposte(command + ["--store", path])
            #expect(result.status == 1, "\(command)")
            #expect(result.output.contains("cannot open store \(path): \(expected)"), "\(command): \(result.output)")
        }
        #expect(try riposte(["report", "--store", path]).output.split(separator: "\n").count == 1)
        if kind == "empty" {
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0, "left as it was")
        }
    }

    @Test("commands that only read refuse a store that does not exist, and make nothing there",
          arguments: [["report"], ["agent", "list"], ["training", "report"], ["audit", "verify"], ["store", "check"]])
    func readingNoStore(command: [String]) throws {
        let path = folder.appendingPathComponent("typo/team.sqlite").path
        let result = try riposte(command + ["--store", path])
        #expect(result.status == 1)
        #expect(result.output.contains("no store at \(path): check the path"), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
    }

    @Test("--store may come before the command, as git's and psql's options do")
    func storeBeforeTheCommand() throws {
        let path = try goodStore("team.sqlite")
        let mention = try oneMention()
        let imported = try riposte(["--store", path, "import", mention.path])
        #expect(imported.status == 0, "\(imported.output)")
        #expect(imported.output == "imported 1 post (1 new case); 0 already in the store\n")
        let checked = try riposte(["--store=\(path)", "store", "check"])
        #expect(checked.output == "\(path): no problem found\n")
    }

    @Test("store check finds rows that disagree and exits 1; a sound store passes")
    func storeCheck() throws {
        let path = try goodStore("team.sqlite")
        let mention = try oneMention()
        #expect(try riposte(["import", mention.path, "--store", path]).status == 0)
        let sound = try riposte(["store", "check", "--store", path])
        #expect(sound.status == 0)
        #expect(sound.output == "\(path): no problem found\n")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE cases SET post_count = 5") }
        let found = try riposte(["store", "check", "--store", path])
        #expect(found.status == 1)
        #expect(found.output.contains("case 1 counts 5 posts but holds 1"))
        #expect(found.output.contains("1 problem found"))
    }

    @Test("a store on a file system mounted read-only is named as such", .enabled(if: getuid() == 0, "mounts a file system"))
    func readOnlyMount() throws {
        let path = try goodStore("team.sqlite")
        let mount = folder.appendingPathComponent("mnt").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs tmpfs "$1" && cp "$2" "$1/team.sqlite" && mount -o remount,ro "$1" \
            && "$3" import /dev/null --store "$1/team.sqlite"
            """
        let result = try Subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", mount, path, TerminalPane.binary])
        #expect(result.status == 1)
        #expect(result.output.contains("cannot open store \(mount)/team.sqlite: the file system holding \(mount) is mounted read-only"),
                "\(result.output)")
    }
}
