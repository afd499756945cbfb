import RiposteCore
import RiposteStore
import RiposteUI

/// Answers a queue request with keyset pages from the store: the rows above the anchor, the anchor, the rows below.
enum QueueWindowQuery {
    static func run(_ request: QueueRequest, in scope: QueueScope, on store: any QueueReading) throws -> QueueWindow {
        switch request.anchor {
        case .top:
            let rows = try store.queueRows(after: nil, limit: request.below + 1, in: scope)
            return QueueWindow(request: request, rows: rows, anchorIndex: 0, reachedTop: true,
                               reachedBottom: rows.count < request.below + 1)
        case .bottom:
            let rows = try store.queueRows(before: nil, limit: request.above + 1, in: scope)
            return QueueWindow(request: request, rows: rows, anchorIndex: max(0, rows.count - 1),
                               reachedTop: rows.count < request.above + 1, reachedBottom: true)
        case let .nextNew(caseID, key, forward):
            let new = QueueScope(filter: UnreadCounts.filter(of: scope.filter), agent: scope.agent, now: scope.now,
                                 serviceLevels: scope.serviceLevels)
            let found = forward ? try store.queueRows(after: key, limit: 1, in: new).first
                : try store.queueRows(before: key, limit: 1, in: new).first
            var around = request
            around.anchor = .around(found?.caseID ?? caseID, key: found?.key ?? key)
            var window = try run(around, in: scope, on: store)
            window.request = request
            window.missed = found == nil
            return window
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
