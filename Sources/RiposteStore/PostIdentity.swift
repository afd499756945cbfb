/// A post is known by its network and the network's id for it: "12345" on X and "12345" on Mastodon are two posts,
/// and a reply's parent is looked for on the reply's own network (v9, on both stores).
enum PostIdentity {
    static let migrationName = "v9: a post is known by its network and its id"

    /// Replies whose parent has not arrived yet, found when it does.
    static let awaitingParentIndex = """
        CREATE INDEX posts_awaiting_parent ON posts (network, in_reply_to_external)
            WHERE parent_id IS NULL AND in_reply_to_external IS NOT NULL
        """

    /// What an agent's role may change so that an import joins waiting replies to their parent: a post's place,
    /// never its words.
    static func agentGrants(to role: String) -> [String] {
        ["GRANT UPDATE (parent_id, case_id) ON posts TO \(role)", "GRANT UPDATE (case_id) ON notes TO \(role)"]
    }

    static let postgresStatements = [
        "ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_external_id_key",
        "ALTER TABLE posts ADD CONSTRAINT posts_network_external_id_key UNIQUE (network, external_id)",
        awaitingParentIndex,
        // A team store's roles, if it has them already, get the grants `riposte store setup-roles` gives.
        """
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(PostgresRoles.agents)') THEN
                \(agentGrants(to: PostgresRoles.agents).joined(separator: "; "));
            END IF;
        END $$
        """,
    ]
}
