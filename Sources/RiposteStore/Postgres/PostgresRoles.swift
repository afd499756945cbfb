import Foundation

/// The group roles a team's logins belong to, and what each may do in the store's database: read everything, add and
/// change what working a queue needs, and nothing else. Approvals, people and the team's rules change only through the
/// store's functions (`PostgresTeamSchema`); the audit log and sent replies can be added to, never changed. Run by the
/// tables' owner, who must be allowed to create roles.
public enum PostgresRoles {
    public static let agents = "riposte_agent"
    public static let supervisors = "riposte_supervisor"

    static let statements = [
        """
        DO $$ BEGIN
            -- Roles belong to the whole server: another database's setup may be making them at this moment.
            BEGIN
                CREATE ROLE \(agents) NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
            BEGIN
                CREATE ROLE \(supervisors) NOLOGIN IN ROLE \(agents);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END $$
        """,
        "GRANT USAGE ON SCHEMA public TO \(agents)",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(agents), \(supervisors)",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(agents)",
        // Posts are written once: a sent reply is never rewritten. Only where a post sits may change, when the post a
        // reply answers arrives after it (`WaitingReplies`).
        "GRANT INSERT ON posts, notes, approvals, audit TO \(agents)",
    ] + PostIdentity.agentGrants(to: agents) + ConnectorTables.agentGrants(to: agents) + [
        "GRANT INSERT, UPDATE ON accounts, cases TO \(agents)",
        "GRANT INSERT, UPDATE, DELETE ON drafts, case_tags, feed_schedule, meta TO \(agents)",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO \(agents)",
    ]

    /// Creates the group roles if they are missing and grants them their privileges on the database at `address`.
    public static func setUp(_ address: PostgresAddress) throws {
        let link = PostgresLink(address)
        defer { link.close() }
        try PostgresSchema.migrate(link)
        try link.write { db in
            for statement in statements { try db.execute(statement) }
        }
    }
}
