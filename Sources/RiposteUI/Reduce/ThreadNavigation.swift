import RiposteCore

/// Moving through an open thread post by post, keeping the selected post on screen.
enum ThreadNavigation {
    static func layout(_ state: AppState) -> ThreadLayout? {
        guard let thread = state.thread?.thread else { return nil }
        return ThreadLayout(thread: thread, width: state.width, now: state.now)
    }

    static func run(_ command: Command, _ state: inout AppState) {
        guard var view = state.thread, let layout = layout(state), !layout.nodes.isEmpty else { return }
        let current = layout.nodes.firstIndex { $0.post.id == view.selectedPost } ?? 0
        let page = state.threadHeight
        let lastScroll = max(0, layout.lines.count - page)
        switch command {
        case .threadNext:
            view.selectedPost = layout.nodes[min(current + 1, layout.nodes.count - 1)].post.id
        case .threadPrevious:
            view.selectedPost = layout.nodes[max(current - 1, 0)].post.id
        case .threadParent:
            guard let parent = layout.nodes[current].post.parentID,
                  layout.nodes.contains(where: { $0.post.id == parent }) else {
                state.say("This post answers no post in the thread")
                return
            }
            view.selectedPost = parent
        case .threadNextCustomer, .threadPreviousCustomer:
            let forward = command == .threadNextCustomer
            let order = forward ? Array(layout.nodes.indices.dropFirst(current + 1))
                : layout.nodes.indices.prefix(current).reversed()
            guard let index = order.first(where: { layout.nodes[$0].post.author.role == .customer }) else {
                state.say("No customer post \(forward ? "below" : "above")")
                return
            }
            view.selectedPost = layout.nodes[index].post.id
        case .threadOurLastReply:
            guard let ours = layout.nodes.map(\.post).filter(\.isOurs).max(by: { $0.createdAt < $1.createdAt }) else {
                state.say("We have not replied on this case yet")
                return
            }
            view.selectedPost = ours.id
        case .threadPageDown, .threadPageUp:
            let scroll = command == .threadPageDown ? min(view.scroll + page, lastScroll) : max(view.scroll - page, 0)
            view.scroll = scroll
            // The first post whose header is on the new page, or the last one that starts above it.
            let visible = layout.headerLines.firstIndex { $0 >= scroll && $0 < scroll + page }
                ?? (layout.headerLines.lastIndex { $0 < scroll } ?? 0)
            view.selectedPost = layout.nodes[visible].post.id
            state.thread = view
            return
        default:
            return
        }
        state.thread = view
        keepSelectionVisible(&state, layout: layout)
    }

    /// Scrolls so that the selected post's header, and as much of its text as fits, is on screen.
    static func keepSelectionVisible(_ state: inout AppState, layout given: ThreadLayout? = nil) {
        guard var view = state.thread, let layout = given ?? layout(state),
              let index = layout.nodes.firstIndex(where: { $0.post.id == view.selectedPost }) else { return }
        let range = layout.lineRange(ofNode: index), page = state.threadHeight
        if range.lowerBound < view.scroll {
            view.scroll = range.lowerBound
        } else if range.upperBound > view.scroll + page {
            view.scroll = min(range.lowerBound, range.upperBound - page)
        }
        view.scroll = max(0, min(view.scroll, max(0, layout.lines.count - page)))
        state.thread = view
    }

    static func apply(_ thread: CaseThread, to state: inout AppState) {
        guard var view = state.thread, view.caseID == thread.caseID else { return }
        let firstLoad = view.thread == nil
        view.thread = thread
        if view.selectedPost == nil || !thread.posts.contains(where: { $0.id == view.selectedPost }) {
            // Open on the latest thing someone said to us: that is what needs an answer.
            view.selectedPost = (thread.posts.last { !$0.isOurs } ?? thread.posts.last)?.id
        }
        state.thread = view
        if firstLoad { keepSelectionVisible(&state) }
    }
}
