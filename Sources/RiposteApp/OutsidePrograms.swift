import Foundation
import RiposteCore
import RiposteUI

/// The user's own programs, given the terminal while they run: `$VISUAL`/`$EDITOR` for a draft, `$BROWSER` for a
/// post's link. Each is run directly with its words and one argument (a file Riposte wrote, or a link built from
/// checked ids), never through a shell.
struct OutsidePrograms {
    let environment: [String: String]

    /// The actions an effect run here reports, or nil when the effect is not one of these.
    func run(_ effect: Effect, handOver: (() -> Void) -> Void) -> [Action]? {
        switch effect {
        case let .openLink(link): openLink(link, handOver: handOver)
        case let .editExternally(caseID, text): edit(caseID, text: text, handOver: handOver)
        default: nil
        }
    }

    func openLink(_ link: String, handOver: (() -> Void) -> Void) -> [Action] {
        // $BROWSER may name several, separated by colons, to try in turn.
        let browsers = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !browsers.isEmpty else {
            return [.effectFailed(.noBrowser)]
        }
        var outcome = Outcome.notFound
        handOver {
            for browser in browsers {
                outcome = launch(words(browser) + [link])
                if case .notFound = outcome { continue }
                break
            }
        }
        return outcome.problem.map { [.effectFailed(.outsideProgram(.browser, $0))] } ?? []
    }

    func edit(_ caseID: CaseID, text: String, handOver: (() -> Void) -> Void) -> [Action] {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("riposte-reply-\(caseID.rawValue)-\(UUID().uuidString).txt")
        // Readable by its owner only: a draft may hold a customer's details.
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            return [.effectFailed(.draftFileNotWritten(folder: file.deletingLastPathComponent().path))]
        }
        defer { try? FileManager.default.removeItem(at: file) }
        var outcome = Outcome.notFound
        handOver { outcome = launch(words(editor) + [file.path]) }
        let name = URL(fileURLWithPath: words(editor).first ?? editor).lastPathComponent
        if let problem = outcome.problem { return [.effectFailed(.outsideProgram(.editor(name), problem))] }
        guard let data = FileManager.default.contents(atPath: file.path), let edited = String(data: data, encoding: .utf8)
        else { return [.effectFailed(.editedTextNotUTF8)] }
        return [.editedOutside(caseID, text: edited)]
    }

    enum Outcome {
        case exited(Int32)
        case notFound
        case failed(String)

        /// What went wrong, if it did.
        var problem: OutsideOutcome? {
            switch self {
            case .exited(0): nil
            case let .exited(status): .exited(status)
            case .notFound: .notFound
            case let .failed(reason): .couldNotStart(reason)
            }
        }
    }

    /// A command line split at spaces, as `$EDITOR="code --wait"` is written; quotes are not a shell's here.
    func words(_ command: String) -> [String] {
        command.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Runs the program in Riposte's own process group, so that it may read the terminal (Foundation's Process
    /// puts it in a group of its own, where reading the terminal fails and an editor sees end of file).
    func launch(_ arguments: [String]) -> Outcome {
        guard let name = arguments.first, let executable = find(name) else { return .notFound }
        let argv = ([executable] + arguments.dropFirst()).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, executable, nil, nil, argv, envp)
        guard started == 0 else { return .failed(String(cString: strerror(started))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // Exited: its status; killed by a signal: 128 and the signal, as a shell reports it.
        let signal = status & 0x7f
        return .exited(signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }

    /// A program named by path, or found on `$PATH`.
    func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
