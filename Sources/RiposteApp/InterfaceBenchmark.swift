import Foundation
import Logging
import RiposteCore
import RiposteStore
import RiposteUI

/// The interface half of `riposte bench`, run in a process of its own so that its peak memory is the interface's:
/// open a store, paint the queue, then time keys (reduce, the store reads they cause, and render).
public enum InterfaceBenchmark {
    public struct KeyTimes: Codable, Sendable {
        public var key: String
        public var count: Int
        public var p50: Double
        public var p99: Double
        public var max: Double
    }

    /// Builds the session and paints the first screen; `painted` is called the moment the queue is on the Screen.
    /// `beforePastes` gets the peak memory before the 100 KB pastes, which hold a page of text several times over.
    public static func run(location: StoreLocation, width: Int = 120, height: Int = 40, painted: (Double) -> Void,
                           beforePastes: (_ peakKiB: Int) -> Void = { _ in }) throws -> [KeyTimes] {
        let started = Date()
        let store = try location.open()
        let logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        let runner = EffectRunner(store: store, agent: "bench", clock: { Date() }, logger: logger)
        let session = AppSession(state: AppState(agent: "bench", width: width, height: height, now: Date()),
                                 runner: runner, theme: .builtin, watcher: nil, player: nil, logger: logger)
        session.dispatch(.tick(Date()))
        session.dispatch(.resize(width: width, height: height))
        let first = session.screen()
        guard first.lines[2].contains(where: { !$0.isWhitespace }) else { throw StoreError.database("the queue is empty") }
        painted(Date().timeIntervalSince(started) * 1000)

        func time(_ name: String, count: Int, _ keys: [KeyPress], wrap: KeyPress?, typing: [Character] = [])
            -> KeyTimes {
            var samples: [Double] = []
            samples.reserveCapacity(count * keys.count)
            for _ in 0..<count {
                if let wrap, session.state.queue.reachedBottom,
                   session.state.queue.selectedIndex >= session.state.queue.rows.count - session.state.queueListHeight {
                    session.dispatch(.key(wrap))
                    _ = session.screen()
                }
                for key in keys + (typing.isEmpty ? [] : [.character(typing[samples.count % typing.count])]) {
                    let before = DispatchTime.now().uptimeNanoseconds
                    session.dispatch(.key(key))
                    _ = session.screen()
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - before) / 1_000_000)
                }
            }
            samples.sort()
            func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
            return KeyTimes(key: name, count: samples.count, p50: percentile(0.5), p99: percentile(0.99),
                            max: samples.last ?? 0)
        }
        let keys = [
            time("j", count: 3000, [.character("j")], wrap: .character("g")),
            time("PageDown", count: 500, [.pageDown], wrap: .character("g")),
            time("Enter (open thread), q", count: 300, [.enter, .character("q")], wrap: nil),
        ]
        // Typing a reply: each key re-measures the length, re-scores the risk and redraws the editor. From an empty
        // draft, so that a run on a kept store does not type onto the draft the run before left.
        if let selected = session.state.queue.selected { try store.deleteDraft(on: selected.caseID, by: "bench") }
        session.dispatch(.key(.enter))
        session.dispatch(.key(.character("r")))
        let reply = Array("Sorry to hear that! DM us your postcode and we'll check the mast near you 🙏 ")
        let typing = time("a key typed in the editor", count: 280, [], wrap: nil, typing: reply)
        beforePastes(peakResidentKiB())
        let pastes = [paste(marked: true), paste(marked: false)]
        session.dispatch(.key(.escape))
        return keys + [typing] + pastes

        /// A 100 KB page pasted into an empty draft, as the terminal's marked paste or as a burst of keys: until
        /// it is in the draft and the screen drawn. Undone afterwards.
        func paste(marked: Bool) -> KeyTimes {
            let line = Array("a line of a pasted page, as long as a long line of an email is, or nearly so\n")
            let page = Array(repeating: line, count: 100_000 / line.count).joined()
            let before = DispatchTime.now().uptimeNanoseconds
            session.apply(marked ? [.paste(String(page))]
                          : page.map { $0 == "\n" ? InputEvent.key(.enter) : .key(.character($0)) })
            _ = session.screen()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - before) / 1_000_000
            session.dispatch(.run(.editorUndo))
            return KeyTimes(key: marked ? "a 100 KB paste, marked" : "a 100 KB paste, as keys", count: 1, p50: elapsed,
                            p99: elapsed, max: elapsed)
        }
    }

    /// The most memory the process has held (VmHWM), in KiB.
    public static func peakResidentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
