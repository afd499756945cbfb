import Foundation
import Logging
import RiposteApp
import RiposteCore
import RiposteStore
import RiposteUI

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
}

let start = Date(timeIntervalSince1970: 1_700_000_000)

/// An agent's session on a real store file, driven by keys and checked by reading the Screen: no terminal at all.
final class Journey {
    let folder: URL
    let store: SQLiteInboxStore
    let clock = TestClock(start)
    let session: AppSession

    /// A session for `agent`; `sharing` another journey's store puts a second agent (in their own session) on it.
    init(width: Int = 100, height: Int = 16, agent: String = "sam", role: Agent.Role = .agent,
         keymap: Keymap = .builtin, settings: Settings = .defaults, posts: [IncomingPost] = [],
         sharing other: Journey? = nil, environment: [String: String] = [:]) throws {
        folder = other?.folder ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("riposte-ui-\(UUID().uuidString)")
        owner = other == nil
        store = try SQLiteInboxStore(path: folder.appendingPathComponent("inbox.sqlite").path)
        // Several people on one store, played by one test: a training store, where names are free.
        try store.markTraining()
        try store.ingest(posts)
        try store.setAgent(Agent(name: agent, role: role), by: "trainer", at: start)
        let clock = clock
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let runner = EffectRunner(store: store, agent: agent, settings: settings, clock: { clock.now }, logger: logger)
        session = AppSession(state: AppState(agent: agent, role: role, width: width, height: height, now: start,
                                             keymap: keymap, settings: settings),
                             runner: runner, theme: .builtin, watcher: nil, player: nil, logger: logger,
                             environment: environment)
        session.dispatch(.tick(start))
        session.dispatch(.resize(width: width, height: height))
        // The loop ticks again within a second of the first paint: the view bar's counts come then.
        session.dispatch(.tick(start))
    }

    /// Only the journey that made the folder removes it.
    let owner: Bool

    deinit {
        if owner { try? FileManager.default.removeItem(at: folder) }
    }

    var state: AppState { session.state }
    var screen: Screen { session.screen() }
    /// The screen as text, trailing blanks trimmed.
    var text: String { screen.text }
    var lines: [String] { text.components(separatedBy: "\n") }

    /// Presses keys by their keymap names: `press("j", "j", "Enter")`.
    func press(_ names: String...) {
        for name in names {
            guard let key = KeyPress(name: name) else { fatalError("no key named \(name)") }
            session.dispatch(.key(key))
        }
    }

    /// Types text into the editor, a character at a time as a terminal delivers it.
    func type(_ text: String) {
        for character in text {
            session.dispatch(.key(character == "\n" ? .enter : .character(character)))
        }
    }

    /// Lets time pass, as the session's timer would.
    func wait(_ seconds: TimeInterval) {
        clock.now = clock.now.addingTimeInterval(seconds)
        session.dispatch(.tick(clock.now))
    }

    /// Pastes text as a terminal's bracketed paste delivers it.
    func paste(_ text: String) {
        session.dispatch(.paste(text))
    }

    /// Another session changed the store; this one notices, as its poll would.
    func notice() {
        session.dispatch(.storeChanged)
    }

    /// Posts arrive in the store from elsewhere (a feed, another process), and the session notices.
    func arrive(_ posts: [IncomingPost]) throws {
        try store.ingest(posts)
        session.dispatch(.storeChanged)
    }

    /// Screen rows drawn in the selection style.
    var selectedLines: [String] {
        let screen = screen
        let selection = Theme.builtin[.selection]
        return (0..<screen.height).filter { row in
            (0..<screen.width).allSatisfy { screen[row, $0].style.reverse == selection.reverse }
                && screen[row, 1].style.reverse && row > 0 && row < screen.height - 1
        }.map { lines[$0] }
    }
}

func account(_ handle: String, _ role: AuthorRole = .customer, followers: Int = 250, network: Network = .x) -> Account {
    Account(network: network, handle: handle, name: String(handle.dropFirst()).capitalized, followers: followers,
            role: role)
}

/// A post `minutes` before the journey starts (negative) or after.
func post(_ id: String, _ author: Account, minutes: Double, replyTo: String? = nil, _ text: String) -> IncomingPost {
    IncomingPost(externalID: id, author: author, text: text, createdAt: start.addingTimeInterval(minutes * 60),
                 inReplyTo: replyTo)
}

/// A small inbox: a banter thread with our reply, a rival and a bystander; and two plain mentions.
let smallInbox: [IncomingPost] = [
    post("bill", account("@ann", followers: 1200), minutes: -50, "@us charged twice this month, sort it out"),
    post("rhyme", account("@jess"), minutes: -40, "@us @rival which of you can rhyme?"),
    post("rival", account("@rival", .rival, followers: 400_000), minutes: -35, replyTo: "rhyme",
         "Our signal's so strong it could power your bus"),
    post("ours", account("@us", .brand, followers: 180_000), minutes: -30, replyTo: "rival",
         "Power a bus? Bold claim from you lot"),
    post("fire", account("@bars", .bystander, followers: 25_000), minutes: -20, replyTo: "ours", "OHHH 🔥🔥"),
    post("signal", account("@sam", followers: 90), minutes: -5, "@us no signal in Leeds for an hour"),
]

/// A folder of small shell scripts that stand in for the user's own programs ($VISUAL, $BROWSER); gone with it.
final class ScriptFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-scripts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// An executable `sh` script of that name with these lines; its path.
    func script(_ name: String, _ body: String) throws -> String {
        let file = path + "/" + name
        try ("#!/bin/sh\n" + body + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: file)
        return file
    }
}
