import RiposteCore
import RiposteStore
import RiposteUI

/// Answers a queue request with keyset pages from the store: the rows above the anchor, the anchor, the rows below.
enum QueueWindowQuery {
    static func run(_ request: QueueRequest, in scope: QueueScope, on store: any InboxStore) throws -> QueueWindow {
        switch request.anchor {
        case .top:
            let rows = try store.queueRows(after: nil, limit: request.below + 1, in: scope)
            return QueueWindow(request: request, rows: rows, anchorIndex: 0, reachedTop: true,
                               reachedBottom: rows.count < request.below + 1)
        case .bottom:
            let rows = try store.queueRows(before: nil, limit: request.above + 1, in: scope)
            return QueueWindow(request: request, rows: rows, anchorIndex: max(0, rows.count - 1),
                               reachedTop: rows.count < request.above + 1, reachedBottom: true)
        case let .around(caseID, oldKey):
            // The case may have moved since it was drawn (new activity): look it up by id first.
            let anchor = try store.queueRow(caseID, in: scope)
            let key = anchor?.key ?? oldKey
            let (above, below) = try store.queueRows(around: key, above: request.above, below: request.below, in: scope)
            return QueueWindow(request: request, rows: above + (anchor.map { [$0] } ?? []) + below,
                               anchorIndex: above.count, reachedTop: above.count < request.above,
                               reachedBottom: below.count < request.below)
        }
    }
}
