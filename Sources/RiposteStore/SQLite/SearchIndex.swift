import GRDB

/// The SQLite store's search index: two FTS5 tables under the same keys (`PostSearchKey`), kept together.
/// - `post_text` holds each post's words.
/// - `post_pairs` holds each two neighbouring words as one token, in order. A phrase is then a phrase of its pairs,
///   whose lists are as short as the phrase is rare, where `post_text` would merge the position lists of every word in
///   it: "no signal" at ten million posts merged the lists of a word in a tenth of the posts to find 4% of them.
///
/// Both are contentless: an entry is deleted by giving its words again, which `riposte_word_pairs` makes the same
/// from the same text.
enum SearchIndex {
    static let migrationName = "v15: phrases by their word pairs"

    /// FTS5's own word splitting, accents and case folded, for both tables and for the words searched for.
    static let tokenizer = FTS5TokenizerDescriptor.unicode61(diacritics: .remove)

    /// Joins a pair's words into one token: a private-use character, which FTS5 keeps inside a token and which no
    /// word of ours holds (a word holding one loses it, so that a pair is never read as something else).
    static let joiner: Character = "\u{E000}"

    static let pairFunction = "riposte_word_pairs"

    /// Each two neighbouring words, joined.
    static func pairs(_ words: [String]) -> [String] {
        let words = words.map { word in
            // The joiner's first UTF-8 byte, looked for before the slower look at each character.
            word.utf8.contains(0xEE) ? word.filter { $0 != joiner } : word
        }
        return zip(words, words.dropFirst()).map { first, second in first + String(joiner) + second }
    }

    /// The words of `text` as the index splits them.
    static func words(_ text: String, _ tokenizer: any FTS5Tokenizer) throws -> [String] {
        try tokenizer.tokenize(document: text).map(\.token)
    }

    /// Makes `riposte_word_pairs(text)` on a connection: the text's pairs, spaced, as `post_pairs` indexes them.
    static func register(_ db: Database) throws {
        let tokenizer = ConnectionTokenizer(try db.makeTokenizer(tokenizer))
        db.add(function: DatabaseFunction(pairFunction, argumentCount: 1, pure: true) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return "" }
            return try pairs(words(text, tokenizer.tokenizer)).joined(separator: " ")
        })
    }

    /// The pairs of the posts written before them; their words are indexed already.
    static let sqlite = [
        // No column sizes: nothing ranks by them, and they were a tenth of the table.
        """
        CREATE VIRTUAL TABLE post_pairs USING fts5 (
            pairs, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
        addingPairs("SELECT \(PostSearchKey.sql("case_id", "id")) AS post_key, text FROM posts"),
    ]

    /// Statements that index the posts `select` yields (columns `post_key` and `text`), in key order: FTS5 writes
    /// out what it holds whenever a key is lower than the last one.
    static func adding(_ select: String) -> [String] {
        ["INSERT INTO post_text (rowid, text) SELECT post_key, text FROM (\(select)) ORDER BY post_key",
         addingPairs(select)]
    }

    private static func addingPairs(_ select: String) -> String {
        """
        INSERT INTO post_pairs (rowid, pairs) SELECT post_key, \(pairFunction)(text) FROM (\(select))
        ORDER BY post_key
        """
    }

    /// Statements that take the posts `select` yields out of the index, by their words as FTS5's 'delete' takes them.
    static func removing(_ select: String) -> [String] {
        [
            "INSERT INTO post_text (post_text, rowid, text) SELECT 'delete', post_key, text FROM (\(select))",
            """
            INSERT INTO post_pairs (post_pairs, rowid, pairs) SELECT 'delete', post_key, \(pairFunction)(text)
            FROM (\(select))
            """,
        ]
    }

    /// Runs `statements` from `adding` or `removing`, each with the select's arguments.
    static func run(_ statements: [String], arguments: StatementArguments = [], _ db: Database) throws {
        for statement in statements { try db.execute(sql: statement, arguments: arguments) }
    }
}

/// A connection's tokenizer, used only on that connection's thread as SQLite calls the function.
private final class ConnectionTokenizer: @unchecked Sendable {
    let tokenizer: any FTS5Tokenizer

    init(_ tokenizer: any FTS5Tokenizer) {
        self.tokenizer = tokenizer
    }
}

/// What a filter's words look for in the index: each word in `post_text`, each phrase as its pairs in `post_pairs`,
/// all of them in one post.
struct TextSearch {
    private var wordQuery: String?
    private var pairQuery: String?

    init(_ terms: [String], _ db: Database) throws {
        let tokenizer = try db.makeTokenizer(SearchIndex.tokenizer)
        var words: [String] = [], phrases: [String] = []
        for term in terms {
            let split = try SearchIndex.words(term, tokenizer)
            if split.count < 2 {
                words.append(Self.quoted(term))
            } else {
                phrases.append(Self.quoted(SearchIndex.pairs(split).joined(separator: " ")))
            }
        }
        wordQuery = words.isEmpty ? nil : words.joined(separator: " AND ")
        pairQuery = phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    /// The keys of the posts holding every word and phrase, as `post_key`.
    var keysSQL: String {
        [wordQuery.map { _ in "SELECT rowid AS post_key FROM post_text WHERE post_text MATCH ?" },
         pairQuery.map { _ in "SELECT rowid AS post_key FROM post_pairs WHERE post_pairs MATCH ?" }]
            .compactMap { $0 }.joined(separator: " INTERSECT ")
    }

    var arguments: [String] { [wordQuery, pairQuery].compactMap { $0 } }

    /// The condition on the case `c`: one of its posts holds them all.
    var caseCondition: String {
        "c.id IN (SELECT \(PostSearchKey.caseSQL("post_key")) FROM (\(keysSQL)))"
    }

    /// FTS5 query syntax would read operators and columns in what an agent typed: each word or phrase is quoted.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
