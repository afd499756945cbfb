/// The full-text index's rowid for a post: its case in the high bits, so that a search yields cases straight from
/// the index, without looking up each matching post (a million-post search spent most of its time on that).
/// The low bits hold the post id's low bits, to keep a case's posts apart; two posts of one case 2^20 ids apart
/// would share a row id, which FTS5 tolerates in a contentless table and which only blurs phrase positions.
enum PostSearchKey {
    static let postBits: Int64 = 20

    static func key(caseID: Int64, postID: Int64) -> Int64 {
        caseID << postBits | postID & (1 << postBits - 1)
    }

    /// `key` in SQL, over the columns holding the case and post ids.
    static func sql(_ caseColumn: String, _ postColumn: String) -> String {
        "(\(caseColumn) << \(postBits)) | (\(postColumn) & \((1 << postBits) - 1))"
    }

    /// The case of a key in SQL.
    static func caseSQL(_ keyColumn: String) -> String {
        "\(keyColumn) >> \(postBits)"
    }
}
