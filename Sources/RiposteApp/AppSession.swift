import Foundation
import Logging
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteUI

/// The interactive loop: input and timers become actions, reduce decides, effects run, the screen is redrawn.
public final class AppSession {
    public private(set) var state: AppState
    let runner: EffectRunner
    let theme: Theme
    let watcher: (any StoreChangeWatching)?
    let player: DemoFeedPlayer?
    let logger: Logger
    let outside: OutsidePrograms
    /// The terminal while `run` drives it, handed to the user's own programs while they run.
    private weak var terminal: (any TerminalDevice)?

    /// Other processes' commits are noticed within this long.
    static let storePollInterval: TimeInterval = 0.25
    static let tickInterval: TimeInterval = 1
    /// Events read before the screen is drawn again: a large paste arrives whole.
    static let largestBurst = 1 << 18
    static let fewestKeysInABurst = 8

    public init(state: AppState, runner: EffectRunner, theme: Theme, watcher: (any StoreChangeWatching)?,
                player: DemoFeedPlayer?, logger: Logger,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        outside = OutsidePrograms(environment: environment)
        self.state = state
        self.runner = runner
        self.theme = theme
        self.watcher = watcher
        self.player = player
        self.logger = logger
    }

    /// Applies an action and everything its effects report back, to the end.
    public func dispatch(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in reduce(&state, next) {
                pending += outside.run(effect, handOver: handOver) ?? runner.run(effect)
            }
        }
    }

    /// Lets another program have the terminal until `body` returns (no terminal in tests: it just runs).
    func handOver(_ body: () -> Void) {
        guard let terminal else { return body() }
        terminal.handOver(body)
    }

    public func screen() -> Screen {
        render(state, theme: theme)
    }

    /// Runs until the user quits or a signal asks it to stop.
    public func run(on terminal: any TerminalDevice) {
        self.terminal = terminal
        dispatch(.tick(runner.clock()))
        dispatch(.resize(width: terminal.width, height: terminal.height))
        _ = try? watcher?.hasChanged()
        var lastTick = runner.clock(), lastPoll = lastTick
        pumpFeed()
        var drawn: AppState?
        while !state.quitting {
            if drawn != state {
                terminal.draw(screen())
                drawn = state
            }
            if terminal.stopRequested {
                logger.info("stopping on a signal")
                dispatch(.shutdown)
                break
            }
            // Everything already typed (a paste, a fast typist) is applied before the next draw.
            var events: [InputEvent] = []
            var event = terminal.nextEvent(timeoutMilliseconds: 100)
            while let current = event, events.count < Self.largestBurst {
                events.append(current)
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            apply(events)
            let now = runner.clock()
            if now.timeIntervalSince(lastTick) >= Self.tickInterval {
                lastTick = now
                pumpFeed()
                dispatch(.tick(now))
            }
            if now.timeIntervalSince(lastPoll) >= Self.storePollInterval {
                lastPoll = now
                pollStore()
            }
        }
    }

    /// Events read in one go, in order. Characters the editor takes as text go in together, as one insertion: one
    /// undo step, one risk score and one layout for a burst of keys (a paste the terminal did not mark) instead of
    /// one per character, which made a pasted page crawl.
    public func apply(_ events: [InputEvent]) {
        var typed = "", keys: [KeyPress] = []
        func flush() {
            // A few keys are a person typing: each its own, so that undo goes a word at a time.
            if keys.count > Self.fewestKeysInABurst {
                dispatch(.typed(typed))
            } else {
                for key in keys { dispatch(.key(key)) }
            }
            typed = ""
            keys.removeAll()
        }
        for event in events where !state.quitting {
            if case let .key(key) = event, let character = state.textTyped(by: key) {
                typed.append(character)
                keys.append(key)
                continue
            }
            flush()
            switch event {
            case let .key(key): dispatch(.key(key))
            case let .paste(text): dispatch(.paste(text))
            case let .resize(width, height): dispatch(.resize(width: width, height: height))
            case let .mouse(event): dispatch(.mouse(event))
            }
        }
        flush()
    }

    /// Delivers the demo feed's posts that are due; the store change brings them to the screen.
    func pumpFeed() {
        guard let player else { return }
        do {
            let progress = try player.deliverDue(at: runner.clock())
            dispatch(.feedStatus(progress.map(FeedStatus.init)))
        } catch {
            logger.error("demo feed failed", metadata: ["error": "\(error)"])
            dispatch(.effectFailed("Demo feed: \(error)"))
        }
    }

    func pollStore() {
        guard let watcher else { return }
        do {
            if try watcher.hasChanged() { dispatch(.storeChanged) }
        } catch {
            logger.warning("store poll failed", metadata: ["error": "\(error)"])
        }
    }
}
