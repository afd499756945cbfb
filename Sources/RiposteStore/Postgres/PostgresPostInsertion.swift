import Foundation
import RiposteCore

/// Puts posts into the inbox inside one transaction, with the same outcome as the SQLite store's `PostInsertion`
/// putting them in one by one: a post already stored is skipped, a reply joins its parent's case (the parent may be
/// earlier in the same batch), a reply to a post never seen starts its own case, and each case's queue fields end
/// as the SQLite store's statements would leave them.
///
/// Every statement is a round trip to the server, so posts go in a batch at a time: the batch's rows travel as
/// arrays that `unnest` spreads out, and the cases' fields are worked out here, on rows locked for the purpose.
/// A batch costs at most five statements, whatever its size. (Replies sent by agents are written by
/// `PostgresInboxStore.postReply`, one post of ours in one statement.)
final class PostgresPostInsertion {
    enum Outcome: Equatable {
        case alreadyStored
        case inserted(PostID, CaseID, newCase: Bool)
    }

    /// Posts per batch: enough that round trips stop counting, few enough that the arrays stay small.
    static let batchSize = 2_000

    private let db: PostgresSQL
    /// The lowest id this insertion gave a post: every post it wrote has this id or a higher one.
    private(set) var firstPostID: Int64?
    /// Authors as this transaction last wrote or read them: an author seen again unchanged costs nothing.
    private var accounts: [AccountKey: (id: Int64, account: Account)] = [:]

    private struct AccountKey: Hashable {
        var network: Network
        var handle: String

        init(_ account: Account) {
            network = account.network
            handle = account.handle
        }
    }

    /// A post is its network's: the same id on two networks is two posts.
    private struct PostKey: Hashable {
        var network: String
        var externalID: String
    }

    /// A post or a case: one stored before the batch, or the batch's nth new one, whose id is not drawn yet.
    private enum Place {
        case stored(Int64)
        case added(Int)
    }

    private struct PlannedPost {
        var post: IncomingPost
        var accountID: Int64
        var parent: Place?
        var casePlace: Place
    }

    init(_ db: PostgresSQL) {
        self.db = db
    }

    /// Inserts `posts` as if one after another, in their order; one outcome per post.
    func insert(_ posts: [IncomingPost]) throws -> [Outcome] {
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(posts.count)
        for start in stride(from: 0, to: posts.count, by: Self.batchSize) {
            outcomes += try insertBatch(posts[start..<min(start + Self.batchSize, posts.count)])
        }
        return outcomes
    }

    private func insertBatch(_ posts: ArraySlice<IncomingPost>) throws -> [Outcome] {
        // Authors are written even for posts already stored, as the SQLite store does: a later post's author wins.
        let accountIDs = try accountIDs(posts.map(\.author))
        var places = try storedPosts(posts)
        var planned: [PlannedPost] = []
        var plannedIndex: [Int?] = []
        var newCaseCount = 0
        for (post, accountID) in zip(posts, accountIDs) {
            let network = post.author.network.rawValue
            let key = PostKey(network: network, externalID: post.externalID)
            guard places[key] == nil else {
                plannedIndex.append(nil)
                continue
            }
            // The parent is looked for before the post itself is placed: a post never answers itself.
            let parent = post.inReplyTo.flatMap { places[PostKey(network: network, externalID: $0)] }
            let casePlace = parent?.case ?? .added(newCaseCount)
            if parent == nil { newCaseCount += 1 }
            places[key] = (.added(planned.count), casePlace)
            plannedIndex.append(planned.count)
            planned.append(PlannedPost(post: post, accountID: accountID, parent: parent?.post, casePlace: casePlace))
        }
        guard !planned.isEmpty else { return plannedIndex.map { _ in .alreadyStored } }

        var storedCases = try lockedCases(planned.compactMap { plan -> Int64? in
            if case let .stored(id) = plan.casePlace { id } else { nil }
        })
        let (postIDs, caseIDs) = try drawIDs(posts: planned.count, cases: newCaseCount)
        var addedCases: [CaseQueueFields?] = Array(repeating: nil, count: newCaseCount)
        var rows = PostRows()
        for (index, plan) in planned.enumerated() {
            let post = plan.post, postID = postIDs[index], time = StoreTime.milliseconds(post.createdAt)
            let isOurs = post.author.role == .brand
            let priority = CaseQueueFields.priorityRank(of: post)
            let caseID: Int64
            switch plan.casePlace {
            case let .added(number) where plan.parent == nil:
                caseID = caseIDs[number]
                addedCases[number] = CaseQueueFields(
                    id: caseID, network: post.author.network.rawValue, firstPost: postID, at: time, isOurs: isOurs,
                    priority: priority)
            case let .added(number):
                caseID = caseIDs[number]
                addedCases[number]?.add(post: postID, at: time, isOurs: isOurs, priority: priority)
            case let .stored(id):
                caseID = id
                guard storedCases[id] != nil else { throw StoreError.database("case \(id) of a stored post is missing") }
                storedCases[id]?.add(post: postID, at: time, isOurs: isOurs, priority: priority)
            }
            let parentID: Int64? = switch plan.parent {
            case let .stored(id): id
            case let .added(number): postIDs[number]
            case nil: nil
            }
            rows.append(id: postID, post, accountID: plan.accountID, caseID: caseID, parentID: parentID, at: time,
                        isOurs: isOurs)
        }
        let inserted = try write(rows, addedCases: addedCases.compactMap { $0 }, storedCases: Array(storedCases.values))
        guard inserted == planned.count else {
            throw StoreError.database("another writer stored some of these posts at the same time; nothing was stored")
        }
        return plannedIndex.map { index in
            guard let index else { return .alreadyStored }
            return .inserted(PostID(postIDs[index]), CaseID(rows.caseIDs[index]), newCase: planned[index].parent == nil)
        }
    }

    /// Where the stored posts among the batch's posts and the posts they answer are.
    private func storedPosts(_ posts: ArraySlice<IncomingPost>) throws -> [PostKey: (post: Place, case: Place)] {
        var keys = Set<PostKey>(minimumCapacity: posts.count * 2)
        for post in posts {
            let network = post.author.network.rawValue
            keys.insert(PostKey(network: network, externalID: post.externalID))
            if let parent = post.inReplyTo { keys.insert(PostKey(network: network, externalID: parent)) }
        }
        var places: [PostKey: (post: Place, case: Place)] = Dictionary(minimumCapacity: posts.count * 2)
        for row in try db.rows("""
            SELECT p.network, p.external_id, p.id, p.case_id FROM posts p
            JOIN unnest(?::text[], ?::text[]) AS k (network, external_id)
                ON p.network = k.network AND p.external_id = k.external_id
            """, [keys.map(\.network), keys.map(\.externalID)]) {
            places[PostKey(network: try row.text(0), externalID: try row.text(1))] =
                (.stored(try row.int(2)), .stored(try row.int(3)))
        }
        return places
    }

    /// Each author's row id, after writing the authors that are new or changed. A row that already holds the
    /// author as they are now is left alone (PostgreSQL would write a new version of it, and burn an id).
    private func accountIDs(_ authors: [Account]) throws -> [Int64] {
        var latest: [AccountKey: Account] = [:]
        var firstSeen: [AccountKey] = []
        for author in authors {
            let key = AccountKey(author)
            if latest.updateValue(author, forKey: key) == nil { firstSeen.append(key) }
        }
        let changed = firstSeen.compactMap { key in accounts[key]?.account == latest[key] ? nil : latest[key] }
        if !changed.isEmpty {
            let ids = try db.rows("""
                WITH input AS (
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[]) WITH ORDINALITY
                        AS i (network, handle, name, followers, role, n)
                ), changed AS (
                    UPDATE accounts a SET name = i.name, followers = i.followers, role = i.role FROM input i
                    WHERE a.network = i.network AND a.handle = i.handle
                        AND (a.name, a.followers, a.role) IS DISTINCT FROM (i.name, i.followers, i.role)
                ), added AS (
                    INSERT INTO accounts (network, handle, name, followers, role)
                    SELECT network, handle, name, followers, role FROM input i
                    WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.network = i.network AND a.handle = i.handle)
                    ORDER BY n
                    ON CONFLICT (network, handle) DO UPDATE SET
                        name = excluded.name, followers = excluded.followers, role = excluded.role
                    RETURNING id, network, handle
                )
                SELECT COALESCE(added.id, a.id) FROM input i
                LEFT JOIN added ON added.network = i.network AND added.handle = i.handle
                LEFT JOIN accounts a ON a.network = i.network AND a.handle = i.handle
                ORDER BY i.n
                """, [changed.map(\.network.rawValue), changed.map(\.handle), changed.map(\.name),
                      changed.map { Int64($0.followers) }, changed.map(\.role.rawValue)])
            guard ids.count == changed.count else { throw StoreError.database("authors were not stored") }
            for (author, row) in zip(changed, ids) {
                accounts[AccountKey(author)] = (try row.int(0), author)
            }
        }
        return try authors.map { author in
            guard let id = accounts[AccountKey(author)]?.id else {
                throw StoreError.database("account \(author.handle) was not stored")
            }
            return id
        }
    }

    /// The queue fields of the stored cases the batch adds to, locked until the transaction ends so that no one
    /// else changes them between this read and the write.
    private func lockedCases(_ ids: [Int64]) throws -> [Int64: CaseQueueFields] {
        guard !ids.isEmpty else { return [:] }
        var cases: [Int64: CaseQueueFields] = [:]
        for row in try db.rows("\(CaseQueueFields.select) WHERE id = ANY(?) ORDER BY id FOR UPDATE", [Array(Set(ids))]) {
            let fields = try CaseQueueFields(stored: row)
            cases[fields.id] = fields
        }
        return cases
    }

    /// Ids for the batch's new posts and cases, in increasing order, from the tables' own sequences, so that they
    /// never clash with rows another writer adds meanwhile. (The sequence's name is looked up once, in a
    /// sub-select: looked up for each row, it costs ten times as much as the ids themselves.)
    private func drawIDs(posts: Int, cases: Int) throws -> (posts: [Int64], cases: [Int64]) {
        var postIDs: [Int64] = [], caseIDs: [Int64] = []
        for row in try db.rows("""
            SELECT 0, nextval((SELECT pg_get_serial_sequence('posts', 'id')::regclass)) FROM generate_series(1, ?)
            UNION ALL
            SELECT 1, nextval((SELECT pg_get_serial_sequence('cases', 'id')::regclass)) FROM generate_series(1, ?)
            """, [Int64(posts), Int64(cases)]) {
            if try row.int(0) == 0 { postIDs.append(try row.int(1)) } else { caseIDs.append(try row.int(1)) }
        }
        guard postIDs.count == posts, caseIDs.count == cases else { throw StoreError.database("no ids were drawn") }
        postIDs.sort()
        if let lowest = postIDs.first { firstPostID = min(firstPostID ?? lowest, lowest) }
        return (postIDs, caseIDs.sorted())
    }

    /// Writes the batch in one statement: its new cases, the stored cases it changed, then its posts. Returns how
    /// many posts were written.
    private func write(_ posts: PostRows, addedCases: [CaseQueueFields], storedCases: [CaseQueueFields]) throws
        -> Int {
        let cases = addedCases + storedCases
        var latest = NullableIntegers(), waiting = NullableIntegers()
        for fields in cases {
            latest.append(fields.latestInboundPostID)
            waiting.append(fields.waitingSince)
        }
        return try db.execute("""
            WITH c AS (
                SELECT * FROM unnest(?::bigint[], ?::boolean[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::boolean[], ?::bigint[], ?::boolean[], ?::bigint[], ?::bigint[])
                    AS c (id, is_new, network, status, created_at, last_activity_at,
                          latest_inbound_post_id, has_latest, waiting_since, is_waiting, post_count, priority)
            ), added_cases AS (
                INSERT INTO cases (id, network, status, created_at, last_activity_at, latest_inbound_post_id,
                                   waiting_since, post_count, priority)
                SELECT id, network, status, created_at, last_activity_at,
                       CASE WHEN has_latest THEN latest_inbound_post_id END,
                       CASE WHEN is_waiting THEN waiting_since END, post_count, priority
                FROM c WHERE is_new
            ), changed_cases AS (
                UPDATE cases SET status = c.status, last_activity_at = c.last_activity_at,
                    latest_inbound_post_id = CASE WHEN c.has_latest THEN c.latest_inbound_post_id END,
                    waiting_since = CASE WHEN c.is_waiting THEN c.waiting_since END,
                    post_count = c.post_count, priority = c.priority
                FROM c WHERE NOT c.is_new AND cases.id = c.id
            )
            INSERT INTO posts (id, external_id, network, account_id, case_id, parent_id, in_reply_to_external,
                               text, created_at, is_ours, sent_by_agent_id)
            SELECT id, external_id, network, account_id, case_id, CASE WHEN has_parent THEN parent_id END,
                   CASE WHEN replies THEN in_reply_to END, text, created_at, is_ours, NULL
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[],
                        ?::text[], ?::boolean[], ?::text[], ?::bigint[], ?::bigint[])
                AS p (id, external_id, network, account_id, case_id, parent_id, has_parent, in_reply_to, replies,
                      text, created_at, is_ours)
            ON CONFLICT (network, external_id) DO NOTHING
            """,
            [cases.map(\.id), cases.map(\.isNew), cases.map(\.network), cases.map(\.status), cases.map(\.createdAt),
             cases.map(\.lastActivityAt), latest.values, latest.present, waiting.values, waiting.present,
             cases.map(\.postCount), cases.map(\.priority),
             posts.ids, posts.externalIDs, posts.networks, posts.accountIDs, posts.caseIDs, posts.parents.values,
             posts.parents.present, posts.inReplyTo, posts.replies, posts.texts, posts.createdAt, posts.isOurs])
    }
}

/// The columns of a batch's posts, one array each, as `unnest` takes them.
private struct PostRows {
    var ids: [Int64] = []
    var externalIDs: [String] = []
    var networks: [String] = []
    var accountIDs: [Int64] = []
    var caseIDs: [Int64] = []
    var parents = NullableIntegers()
    var inReplyTo: [String] = []
    var replies: [Bool] = []
    var texts: [String] = []
    var createdAt: [Int64] = []
    var isOurs: [Int64] = []

    mutating func append(id: Int64, _ post: IncomingPost, accountID: Int64, caseID: Int64, parentID: Int64?,
                         at time: Int64, isOurs ours: Bool) {
        ids.append(id)
        externalIDs.append(post.externalID)
        networks.append(post.author.network.rawValue)
        accountIDs.append(accountID)
        caseIDs.append(caseID)
        parents.append(parentID)
        inReplyTo.append(post.inReplyTo ?? "")
        replies.append(post.inReplyTo != nil)
        texts.append(post.text)
        createdAt.append(time)
        isOurs.append(ours ? 1 : 0)
    }
}

/// A column of integers that may be NULL: PostgresNIO binds no array of optionals, so the NULLs travel as a
/// second array of flags.
private struct NullableIntegers {
    var values: [Int64] = []
    var present: [Bool] = []

    mutating func append(_ value: Int64?) {
        values.append(value ?? 0)
        present.append(value != nil)
    }
}

extension PostgresInboxStore {
    @discardableResult
    public func ingestAll(_ body: (_ add: (IncomingPost) throws -> Void) throws -> Void) throws -> IngestSummary {
        let summary = try insertAll(body)
        // The planner knows nothing of an import's rows until autovacuum gets round to them, a minute or more later:
        // a team's twenty interfaces read the queue with plans thirty times slower meanwhile. Statistics come from a
        // sample, so this costs a fraction of a second however big the store. (Skipped, with a notice, for a login
        // that does not own the tables.)
        if summary.inserted >= Self.importAnalyzed {
            try link.unhurried { try link.read { try $0.execute("ANALYZE posts, cases, accounts") } }
        }
        return summary
    }

    /// An import of this many posts or more is followed by fresh statistics.
    static let importAnalyzed = 10_000

    private func insertAll(_ body: (_ add: (IncomingPost) throws -> Void) throws -> Void) throws -> IngestSummary {
        try link.write { db in
            let insertion = PostgresPostInsertion(db)
            var summary = IngestSummary()
            var waiting: [IncomingPost] = []
            waiting.reserveCapacity(PostgresPostInsertion.batchSize)
            func insertWaiting() throws {
                for outcome in try insertion.insert(waiting) {
                    switch outcome {
                    case .alreadyStored:
                        summary.alreadyStored += 1
                    case let .inserted(_, _, newCase):
                        summary.inserted += 1
                        if newCase { summary.newCases += 1 }
                    }
                }
                waiting.removeAll(keepingCapacity: true)
            }
            try body { post in
                waiting.append(post)
                if waiting.count >= PostgresPostInsertion.batchSize { try insertWaiting() }
            }
            try insertWaiting()
            if let first = insertion.firstPostID {
                try WaitingReplies.adopt(answering: first, at: Date(), in: db)
            }
            return summary
        }
    }
}
