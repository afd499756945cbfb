import Foundation
import RiposteCore

/// A thread's posts as both databases read them: the post `p`, its author, who sent and who edited ours.
enum ThreadPostColumns {
    static let select = """
        SELECT p.id, p.external_id, p.parent_id, p.text, p.created_at, p.is_ours, g.name AS agent,
               e.name AS editor, \(AccountColumns.select("a")),
               o.state AS o_state, o.attempts AS o_attempts, o.next_try_at AS o_next, o.last_error AS o_error,
               o.link AS o_link
        FROM posts p
        JOIN accounts a ON a.id = p.account_id
        LEFT JOIN agents g ON g.id = p.sent_by_agent_id
        LEFT JOIN agents e ON e.id = p.edited_by_agent_id
        LEFT JOIN outbox o ON o.post_id = p.id
        """
}

extension StoreRow {
    func threadPost() throws -> ThreadPost {
        ThreadPost(id: PostID(try int("id")), externalID: try text("external_id"),
                   parentID: try optionalInt("parent_id").map(PostID.init), author: try account(),
                   text: try text("text"), createdAt: try date("created_at"), isOurs: try flag("is_ours"),
                   sentBy: try optionalText("agent"), editedBy: try optionalText("editor"), delivery: try delivery())
    }

    /// The outbox's columns of a thread post, for a reply in it.
    private func delivery() throws -> ReplyDelivery? {
        guard let state = try optionalText("o_state").flatMap(ReplyDelivery.State.init(rawValue:)) else { return nil }
        return ReplyDelivery(state: state, attempts: Int(try int("o_attempts")),
                             nextTryAt: state == .pending ? try optionalInt("o_next").map(StoreTime.date) : nil,
                             lastError: try optionalText("o_error"), link: try optionalText("o_link"))
    }

    /// The queue's row for the case, from the columns `QueueOrder.select` names.
    func queueRow() throws -> QueueRow {
        let caseID = CaseID(try int("id"))
        return QueueRow(
            caseID: caseID,
            key: QueueKey(ageFrom: try date("age_from"), caseID: caseID),
            network: try enumValue("network"),
            status: try enumValue("status"),
            author: try account(),
            snippet: try text("text"),
            latestAuthor: try optionalText("latest_handle"),
            waitingSince: try optionalDate("waiting_since"),
            postCount: Int(try int("post_count")),
            approval: try optionalText("approval").flatMap(Approval.State.init(rawValue:)),
            work: try caseWork())
    }
}
