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
    /// Where store and feed work runs while the interface reads keys; nil runs it in `dispatch`, before it returns
    /// (tests that follow a journey step by step, and the benchmark that times what a key costs).
    let background: EffectQueue?
    /// How long quitting waits for the work already asked for (a draft's save, a claim's release).
    static let finishingTime: TimeInterval = 15

    /// Other processes' commits are noticed within this long.
    static let storePollInterval: TimeInterval = 0.25
    static let tickInterval: TimeInterval = 1
    /// A request the store has worked on this long is worth telling the agent about.
    static let slowStore: TimeInterval = 1
    /// Events read before the screen is drawn again: a large paste arrives whole.
    static let largestBurst = 1 << 18
    static let fewestKeysInABurst = 8

    public init(state: AppState, runner: EffectRunner, theme: Theme, watcher: (any StoreChangeWatching)?,
                player: DemoFeedPlayer?, logger: Logger,
                environment: [String: String] = ProcessInfo.processInfo.environment, inBackground: Bool = false) {
        outside = OutsidePrograms(environment: environment)
        background = inBackground ? EffectQueue() : nil
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
                if let actions = outside.run(effect, handOver: handOver) {
                    pending += actions
                } else if let background {
                    let runner = runner
                    background.submit(effect.coalescingKind) { runner.run(effect) }
                } else {
                    pending += runner.run(effect)
                }
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
        var timers = LoopTimers(started: runner.clock())
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
            // Everything already typed (a paste, a fast typist) is applied before the next draw; while the store
            // works, its answers are looked for every few milliseconds.
            var events: [InputEvent] = []
            var event = terminal.nextEvent(timeoutMilliseconds: background?.isIdle == false ? 5 : 100)
            while let current = event, events.count < Self.largestBurst {
                events.append(current)
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            apply(events)
            afterInput(&timers)
        }
        finish()
    }

    /// When the loop last ticked and last looked for other processes' changes.
    struct LoopTimers {
        var lastTick: Date
        var lastPoll: Date

        init(started: Date) {
            lastTick = started
            lastPoll = started
        }
    }

    /// The loop's work between reads of input: the background's answers are taken, the clock ticks each second (the
    /// demo feed delivering what is due) and the store is looked at for other processes' changes. Returns the
    /// answers it took.
    @discardableResult
    func afterInput(_ timers: inout LoopTimers) -> [Action] {
        let answers = background?.takeFinished() ?? []
        for action in answers where !state.quitting { dispatch(action) }
        let now = runner.clock()
        let slowSince = background?.busySince.flatMap { now.timeIntervalSince($0) >= Self.slowStore ? $0 : nil }
        if slowSince != state.storeSlowSince { dispatch(.storeSlow(since: slowSince)) }
        if now.timeIntervalSince(timers.lastTick) >= Self.tickInterval {
            timers.lastTick = now
            pumpFeed()
            dispatch(.tick(now))
        }
        if now.timeIntervalSince(timers.lastPoll) >= Self.storePollInterval {
            timers.lastPoll = now
            pollStore()
        }
        return answers
    }

    /// Lets the work already asked for (the last draft's save, a claim's release) finish before the process ends.
    func finish() {
        guard let background else { return }
        if !background.waitUntilIdle(timeout: Self.finishingTime) {
            logger.warning("quit before the store finished", metadata: ["waited": "\(Self.finishingTime) s"])
        }
        for action in background.takeFinished() {
            if case .effectFailed = action { dispatch(action) }
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
        let (clock, logger) = (runner.clock, logger)
        let deliver = {
            do {
                let progress = try player.deliverDue(at: clock())
                return [Action.feedStatus(progress.map(FeedStatus.init))]
            } catch {
                logger.error("demo feed failed", metadata: ["error": "\(error)"])
                return [Action.effectFailed(.demoFeed(StoreTrouble(error)))]
            }
        }
        guard let background else { return deliver().forEach(dispatch) }
        background.submit("feed", deliver)
    }

    func pollStore() {
        guard let watcher else { return }
        let logger = logger
        let poll = {
            do {
                return try watcher.hasChanged() ? [Action.storeChanged] : []
            } catch {
                logger.warning("store poll failed", metadata: ["error": "\(error)"])
                return []
            }
        }
        guard let background else { return poll().forEach(dispatch) }
        background.submit("poll", poll)
    }
}
