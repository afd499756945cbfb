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

    /// Other processes' commits are noticed within this long.
    static let storePollInterval: TimeInterval = 0.25
    static let tickInterval: TimeInterval = 1

    public init(state: AppState, runner: EffectRunner, theme: Theme, watcher: (any StoreChangeWatching)?,
                player: DemoFeedPlayer?, logger: Logger) {
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
                pending += runner.run(effect)
            }
        }
    }

    public func screen() -> Screen {
        render(state, theme: theme)
    }

    /// Runs until the user quits or a signal asks it to stop.
    public func run(on terminal: any TerminalDevice) {
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
            var event = terminal.nextEvent(timeoutMilliseconds: 100)
            var drained = 0
            while let current = event, drained < 512 {
                switch current {
                case let .key(key): dispatch(.key(key))
                case let .paste(text): dispatch(.paste(text))
                case let .resize(width, height): dispatch(.resize(width: width, height: height))
                case let .mouse(event): dispatch(.mouse(event))
                }
                drained += 1
                event = state.quitting ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
            }
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
