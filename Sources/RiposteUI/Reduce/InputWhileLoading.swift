import RiposteCore

/// The store answers in the background, so the queue at start, or a thread opened with Enter, may still be on its
/// way when the next keys come. Keys that need it wait for it, with everything typed after them, and then act in
/// order: `Enter r Hi Nina` is a reply that says "Hi Nina" however slow the store is. Quitting never waits.
enum InputWhileLoading {
    /// The commands that act on a thread's posts.
    static let needsThread: Set<Command> = [
        .replyCompose, .threadNext, .threadPrevious, .threadPageDown, .threadPageUp, .threadParent,
        .threadNextCustomer, .threadPreviousCustomer, .threadOurLastReply, .postCopyLink, .postOpenLink,
        .replyRetry, .replyWithdraw,
    ]

    /// Keeps an input action for later when what it needs is still being read; nil lets it act now.
    static func `defer`(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .key, .typed, .paste: break
        default: return nil
        }
        let command: Command? = if case let .key(key) = action { state.keymap.command(for: key, in: state.context) }
            else { nil }
        if state.context == .queue, !state.queue.loaded {
            guard !state.queue.deferred.isEmpty || ![.appQuit, .helpShow].contains(command) else { return nil }
            state.queue.deferred.append(action)
            return []
        }
        guard state.context == .thread, let view = state.thread, view.thread == nil else { return nil }
        guard !view.deferred.isEmpty || command.map(needsThread.contains) == true else { return nil }
        state.thread?.deferred.append(action)
        return []
    }

    /// Once the thread is here, what waited for it acts.
    static func replayThread(_ state: inout AppState) -> [Effect] {
        guard let waiting = state.thread?.deferred, !waiting.isEmpty, state.thread?.thread != nil else { return [] }
        state.thread?.deferred = []
        return waiting.flatMap { reduce(&state, $0) }
    }

    /// Once the queue's rows are here, what waited for them acts.
    static func replayQueue(_ state: inout AppState) -> [Effect] {
        let waiting = state.queue.deferred
        guard !waiting.isEmpty, state.queue.loaded else { return [] }
        state.queue.deferred = []
        return waiting.flatMap { reduce(&state, $0) }
    }
}
