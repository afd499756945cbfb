import Foundation
import RiposteCore
import Testing

/// Credentials come from a file only its owner may read, or from the environment; they are never shown.
@Suite("A credential is read from a private file or the environment, and never shows")
struct CredentialReaderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-credentials-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ text: String, mode: Int) throws -> String {
        let path = folder.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8),
                                               attributes: [.posixPermissions: mode]))
        return path
    }

    func problem(_ source: ConnectedAccount.CredentialSource, environment: [String: String] = [:]) -> String? {
        do {
            _ = try CredentialReader.read(source, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a file of the owner's alone gives its one line, trimmed")
    func privateFile() throws {
        let path = try file("brand.token", "  tok-123-abc\n", mode: 0o600)
        #expect(try CredentialReader.read(.file(path)).revealed == "tok-123-abc")
        let readOnly = try file("ro.token", "tok", mode: 0o400)
        #expect(try CredentialReader.read(.file(readOnly)).revealed == "tok")
    }

    @Test("a file others may read is refused with the way to fix it, and the credential is not in the message")
    func openFile() throws {
        for mode in [0o644, 0o640, 0o604, 0o660] {
            let path = try file("open-\(mode).token", "tok-visible-\(mode)", mode: mode)
            let said = try #require(problem(.file(path)))
            #expect(said == "\(path) can be read by others (mode \(String(mode, radix: 8))): chmod 600 \(path)")
            #expect(!said.contains("tok-visible"))
        }
    }

    @Test("a missing, empty, many-line or non-regular file is refused, saying which")
    func badFiles() throws {
        let missing = folder.appendingPathComponent("none.token").path
        #expect(problem(.file(missing)) == "\(missing) cannot be read: No such file or directory")
        #expect(problem(.file(try file("empty.token", " \n", mode: 0o600))) == "\(folder.path)/empty.token is empty")
        #expect(problem(.file(try file("two.token", "a\nb", mode: 0o600)))
                == "\(folder.path)/two.token holds more than one line: the credential alone, please")
        #expect(problem(.file(folder.path)) == "\(folder.path) is not a regular file")
    }

    @Test("an environment variable is read when set, refused by name when not")
    func environment() throws {
        #expect(try CredentialReader.read(.environment("APP_PW"), environment: ["APP_PW": "abcd-efgh"]).revealed
                == "abcd-efgh")
        #expect(problem(.environment("APP_PW")) == "$APP_PW is not set")
        #expect(problem(.environment("APP_PW"), environment: ["APP_PW": ""]) == "$APP_PW is not set")
    }

    @Test("a secret prints as a mask however it is printed")
    func masked() {
        let secret = Secret("hunter2")
        var dumped = ""
        dump(secret, to: &dumped)
        for shown in ["\(secret)", String(describing: secret), String(reflecting: secret), dumped, "\([secret])"] {
            #expect(!shown.contains("hunter2"), "\(shown)")
        }
        #expect(secret.revealed == "hunter2")
    }
}
