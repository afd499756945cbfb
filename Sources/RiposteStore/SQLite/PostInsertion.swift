import Foundation
import GRDB
import RiposteCore

/// Puts posts into the inbox inside one write transaction: each post's author, its case (the parent's, or a new
/// one) and the case's queue fields.
///
/// Imports put millions of posts through here, so it keeps what the transaction already knows, while it holds the
/// write lock: the next post and case ids, the authors it has written, and where its recent posts went (replies
/// mostly answer posts just before them). A post is two statements; a look-up is needed only for a parent from
/// before the transaction.
final class PostInsertion {
    enum Outcome {
        case alreadyStored
        case inserted(PostID, CaseID, newCase: Bool)
    }

    private let db: Database
    /// Whether posts go into the full-text index one by one, or all at once in `indexDeferredText`.
    private let indexesEachPost: Bool
    /// The import written in chunks that this transaction is one of: cases it changes are kept as they were first.
    private let importID: Int64?
    let firstPostID: Int64
    let firstCaseID: Int64
    private(set) var nextPostID: Int64
    private(set) var nextCaseID: Int64
    /// Posts below this id are in the search index.
    private var indexedBelow: Int64
    private var accounts: [AccountKey: (id: Int64, account: Account)] = [:]
    /// Where this transaction's posts went, in two generations so that memory stays bounded on huge imports.
    private var recent = [PostKey: (id: Int64, caseID: Int64)](minimumCapacity: 1024)
    private var older: [PostKey: (id: Int64, caseID: Int64)] = [:]
    static let generationSize = 100_000

    private struct AccountKey: Hashable {
        var network: Network
        var handle: String
    }

    /// A post is its network's: the same id on two networks is two posts.
    private struct PostKey: Hashable {
        var network: Network
        var externalID: String
    }

    // Prepared once per transaction: looking a statement up by its SQL costs a hash of the whole text each time.
    private let insertPost: Statement
    private let indexPost: Statement
    private let insertCase: Statement
    private let readCase: Statement
    private let updateCase: Statement
    private let updateCaseActivity: Statement
    private let tallyArrival: Statement
    /// The cases this transaction has written, as it left them (`CaseQueueFields`): replies mostly come in bursts on
    /// a case, and nobody else writes while the transaction lasts. Dropped when it grows past `generationSize`.
    private var cases: [Int64: CaseQueueFields] = [:]

    /// `continuing` an insertion whose transaction has committed takes over the authors it knows: their ids stand.
    init(_ db: Database, indexingEachPost: Bool = true, importID: Int64? = nil, continuing previous: PostInsertion? = nil)
    throws {
        self.db = db
        indexesEachPost = indexingEachPost
        self.importID = importID
        insertPost = try db.cachedStatement(sql: """
            INSERT INTO posts (id, external_id, network, account_id, case_id, parent_id, in_reply_to_external,
                               text, created_at, is_ours, sent_by_agent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (network, external_id) DO NOTHING
            """)
        indexPost = try db.cachedStatement(sql: "INSERT INTO post_text (rowid, text) VALUES (?, ?)")
        insertCase = try db.cachedStatement(sql: """
            INSERT INTO cases (status, last_activity_at, latest_inbound_post_id, waiting_since, post_count, priority,
                               id, network, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        readCase = try db.cachedStatement(sql: "\(CaseQueueFields.select) WHERE id = ?")
        updateCase = try db.cachedStatement(sql: CaseQueueFields.update)
        updateCaseActivity = try db.cachedStatement(sql: CaseQueueFields.updateActivity)
        tallyArrival = try db.cachedStatement(sql: CaseTally.sqliteArrival)
        nextPostID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM posts") ?? 1
        firstPostID = nextPostID
        indexedBelow = nextPostID
        // Taken, not shared: left shared with the finished insertion, the first new author would copy every author
        // known so far, once per chunk (a third of an import's time, with many authors).
        accounts = previous?.accounts ?? [:]
        previous?.accounts = [:]
        nextCaseID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM cases") ?? 1
        firstCaseID = nextCaseID
    }

    func insert(_ post: IncomingPost, sentBy agentID: Int64? = nil) throws -> Outcome {
        let network = post.author.network
        let parent = try post.inReplyTo.flatMap { try find(PostKey(network: network, externalID: $0)) }
        let time = StoreTime.milliseconds(post.createdAt)
        let isOurs = post.author.role == .brand
        let postID = nextPostID
        let caseID = parent?.caseID ?? nextCaseID
        var postRow = BoundStatement(insertPost, in: db)
        postRow.bind(postID)
        postRow.bind(post.externalID)
        postRow.bind(post.author.network.rawValue)
        postRow.bind(try account(post.author))
        postRow.bind(caseID)
        postRow.bind(parent?.id)
        postRow.bind(post.inReplyTo)
        postRow.bind(post.text)
        postRow.bind(time)
        postRow.bind(isOurs)
        postRow.bind(agentID)
        guard try postRow.run() > 0 else { return .alreadyStored }
        nextPostID += 1
        remember(PostKey(network: network, externalID: post.externalID), (postID, caseID))
        if indexesEachPost {
            var indexRow = BoundStatement(indexPost, in: db)
            indexRow.bind(PostSearchKey.key(caseID: caseID, postID: postID))
            indexRow.bind(post.text)
            _ = try indexRow.run()
        }
        let priority = CaseQueueFields.priorityRank(of: post)
        guard parent != nil else {
            let fields = CaseQueueFields(id: caseID, network: network.rawValue, firstPost: postID, at: time,
                                         isOurs: isOurs, priority: priority)
            var caseRow = BoundStatement(insertCase, in: db)
            caseRow.bind(changing: fields)
            caseRow.bind(caseID)
            caseRow.bind(fields.network)
            caseRow.bind(fields.createdAt)
            _ = try caseRow.run()
            var tallyRow = BoundStatement(tallyArrival, in: db)
            tallyRow.bind(fields.status)
            tallyRow.bind(fields.network)
            tallyRow.bind(fields.priority)
            tallyRow.bind(fields.waitingSince)
            _ = try tallyRow.run()
            nextCaseID += 1
            keep(fields)
            return .inserted(PostID(postID), CaseID(caseID), newCase: true)
        }
        if let importID, caseID < firstCaseID {
            try ImportChunks.keepAsItWas(caseID: caseID, importID: importID, db)
        }
        let stored = try storedCase(caseID)
        var fields = stored
        fields.add(post: postID, at: time, isOurs: isOurs, priority: priority)
        if fields.changesOnlyActivity(from: stored) {
            // Without the columns the tally's trigger watches, so that the trigger is not run (see `CaseTally`).
            var caseUpdate = BoundStatement(updateCaseActivity, in: db)
            caseUpdate.bind(fields.lastActivityAt)
            caseUpdate.bind(fields.latestInboundPostID)
            caseUpdate.bind(fields.postCount)
            caseUpdate.bind(caseID)
            _ = try caseUpdate.run()
        } else {
            var caseUpdate = BoundStatement(updateCase, in: db)
            caseUpdate.bind(changing: fields)
            caseUpdate.bind(caseID)
            _ = try caseUpdate.run()
        }
        keep(fields)
        return .inserted(PostID(postID), CaseID(caseID), newCase: false)
    }

    /// Joins the replies that were waiting for a post this insertion wrote to it, and their cases to its case.
    func adoptWaitingReplies(at time: Date) throws {
        try WaitingReplies.adopt(answering: firstPostID, at: time, in: db,
                                 movingPosts: { gone, kept in
            // Search keys name the case: the moving posts already indexed are indexed again under the case they join.
            let indexed = indexesEachPost ? Int64.max : indexedBelow
            try db.execute(sql: """
                INSERT INTO post_text (rowid, text) SELECT \(PostSearchKey.sql("?", "id")), text FROM posts
                WHERE case_id = ? AND id < ?
                """, arguments: [kept, gone, indexed])
            // The index keeps no text: an entry goes by its words, as FTS5's 'delete' command takes them.
            try db.execute(sql: """
                INSERT INTO post_text (post_text, rowid, text)
                SELECT 'delete', \(PostSearchKey.sql("case_id", "id")), text FROM posts WHERE case_id = ? AND id < ?
                """, arguments: [gone, indexed])
        })
    }

    /// Indexes the text of the posts written since the last call: one statement for many posts, in key order,
    /// because FTS5 writes out what it holds whenever a row id is lower than the last one.
    func indexDeferredText() throws {
        guard !indexesEachPost, indexedBelow < nextPostID else { return }
        try db.execute(sql: """
            INSERT INTO post_text (rowid, text) SELECT \(PostSearchKey.sql("case_id", "id")), text FROM posts WHERE id >= ? ORDER BY 1
            """, arguments: [indexedBelow])
        indexedBelow = nextPostID
    }

    /// Posts written and not yet in the search index.
    var unindexed: Int64 { indexesEachPost ? 0 : nextPostID - indexedBelow }

    /// A case's fields as this transaction last left them, or as stored.
    private func storedCase(_ caseID: Int64) throws -> CaseQueueFields {
        if let known = cases[caseID] { return known }
        guard let row = try Row.fetchOne(readCase, arguments: [caseID]) else {
            throw StoreError.database("case \(caseID) of a stored post is missing")
        }
        return try CaseQueueFields(stored: row)
    }

    private func keep(_ fields: CaseQueueFields) {
        if cases.count >= Self.generationSize { cases = [:] }
        cases[fields.id] = fields
    }

    /// The stored post with this external id, if any.
    private func find(_ key: PostKey) throws -> (id: Int64, caseID: Int64)? {
        if let known = recent[key] ?? older[key] { return known }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, case_id FROM posts WHERE network = ? AND external_id = ?"),
                                   arguments: [key.network.rawValue, key.externalID])
        return row.map { ($0[0], $0[1]) }
    }

    private func remember(_ key: PostKey, _ place: (id: Int64, caseID: Int64)) {
        if recent.count >= Self.generationSize {
            older = recent
            recent = Dictionary(minimumCapacity: Self.generationSize)
        }
        recent[key] = place
    }

    /// The author's row, written only when this transaction has not already written it as it is now.
    private func account(_ account: Account) throws -> Int64 {
        let key = AccountKey(network: account.network, handle: account.handle)
        if let known = accounts[key], known.account == account { return known.id }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO accounts (network, handle, name, followers, role) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (network, handle) DO UPDATE SET
                name = excluded.name, followers = excluded.followers, role = excluded.role
            RETURNING id
            """)
        guard let id = try Int64.fetchOne(statement, arguments: [
            account.network.rawValue, account.handle, account.name, account.followers, account.role.rawValue,
        ]) else { throw StoreError.database("account \(account.handle) was not stored") }
        accounts[key] = (id, account)
        return id
    }
}

extension BoundStatement {
    /// The fields a post changes, in `CaseQueueFields.update`'s order.
    mutating func bind(changing fields: CaseQueueFields) {
        bind(fields.status)
        bind(fields.lastActivityAt)
        bind(fields.latestInboundPostID)
        bind(fields.waitingSince)
        bind(fields.postCount)
        bind(fields.priority)
    }
}
