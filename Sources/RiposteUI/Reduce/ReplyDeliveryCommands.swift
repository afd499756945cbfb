import RiposteCore

/// What an agent does with a reply of ours that did not go out to its network: send it again, or take it back.
enum ReplyDeliveryCommands {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let view = state.thread, let thread = view.thread,
              let post = thread.posts.first(where: { $0.id == view.selectedPost }), post.isOurs,
              let delivery = post.delivery
        else {
            state.say("Select a reply of ours on its way to the network first", isError: true)
            return []
        }
        switch command {
        case .replyRetry where delivery.state == .failed:
            state.say("Sending the reply again")
            return [.retryReply(post.id)]
        case .replyRetry:
            state.say("Only a reply that failed can be sent again; this one is \(delivery.state.rawValue)", isError: true)
        case .replyWithdraw where delivery.state == .failed || delivery.state == .pending:
            state.say("Reply withdrawn: it will not go out")
            return [.withdrawReply(post.id)]
        default:
            state.say("Only a reply that has not gone out can be withdrawn; this one is \(delivery.state.rawValue)",
                      isError: true)
        }
        return []
    }
}
