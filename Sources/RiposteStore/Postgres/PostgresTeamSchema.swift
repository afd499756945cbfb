import Foundation
import RiposteCore

/// The v7 migration on PostgreSQL: the SQLite store's tables and columns for people by login, the team's risk rules
/// and the audit chain; and what only a server can do, enforce them. Every agent logs in as their own role; the tables
/// belong to the role that migrates them (the owner); an agent's role may read and write what working a queue needs,
/// and changes approvals, people and rules only through the functions here, which check who is calling by
/// `session_user`, the login nobody can type otherwise. `riposte store setup-roles` grants the rest
/// (`PostgresRoles`).
enum PostgresTeamSchema {
    static let statements: [String] = [
        "ALTER TABLE agents ADD COLUMN login TEXT",
        "CREATE UNIQUE INDEX agents_by_login ON agents (login) WHERE login IS NOT NULL",
        """
        CREATE TABLE risk_rules (
            version BIGINT PRIMARY KEY,
            text TEXT NOT NULL,
            set_by TEXT NOT NULL,
            set_at BIGINT NOT NULL
        )
        """,
        """
        CREATE FUNCTION riposte_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% rows are kept as they were written', TG_TABLE_NAME USING ERRCODE = '42501';
        END $$
        """,
        """
        CREATE TRIGGER risk_rules_no_rewrite BEFORE UPDATE OR DELETE ON risk_rules
            FOR EACH ROW EXECUTE FUNCTION riposte_refuse_rewrite()
        """,
        """
        CREATE TRIGGER risk_rules_no_truncate BEFORE TRUNCATE ON risk_rules
            FOR EACH STATEMENT EXECUTE FUNCTION riposte_refuse_rewrite()
        """,
        PostgresSchema.announcingChanges("risk_rules"),
        "ALTER TABLE posts ADD COLUMN risk_rules_version BIGINT",
        "ALTER TABLE posts ADD COLUMN edited_by_agent_id BIGINT REFERENCES agents (id)",
        "ALTER TABLE approvals ADD COLUMN rules_version BIGINT",
        "ALTER TABLE audit ADD COLUMN previous_hash TEXT",
        "ALTER TABLE audit ADD COLUMN hash TEXT",
        // The chain (`AuditChain`, whose verifier reads both databases) is written here by the database itself, so
        // that every row joins it, whoever inserts it and however many rows a statement inserts. Rows take their id
        // under the chain's lock, so ids follow the chain even when transactions commit out of turn. A row copied
        // from another store keeps its own hashes.
        """
        CREATE FUNCTION riposte_audit_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
            SELECT convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':', 'UTF8')
                || convert_to(value, 'UTF8') || '\\x0a'::bytea
        $$
        """,
        """
        CREATE FUNCTION riposte_chain_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        BEGIN
            IF NEW.hash IS NOT NULL THEN
                RETURN NEW;
            END IF;
            PERFORM pg_advisory_xact_lock(7210428);
            NEW.id := nextval(pg_get_serial_sequence('audit', 'id'));
            NEW.previous_hash := coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), repeat('0', 64));
            NEW.hash := encode(sha256(riposte_audit_field('riposte-audit-1') || riposte_audit_field(NEW.previous_hash)
                || riposte_audit_field(NEW.at::text) || riposte_audit_field(NEW.agent)
                || riposte_audit_field(NEW.action) || riposte_audit_field(coalesce(NEW.case_id::text, ''))
                || riposte_audit_field(NEW.detail)), 'hex');
            RETURN NEW;
        END $$
        """,
        // A store that played a demo was a training store.
        """
        INSERT INTO meta (key, value) SELECT '\(TrainingFlag.key)', '1'
        WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'demo.name')
        """,

        // Who is calling. The owner of the tables (and a superuser) administers the store and may name whom it acts
        // for, as may anyone on a training store; everyone else is the agent whose login is their role.
        """
        CREATE FUNCTION riposte_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
            SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'approvals'::regclass), 'MEMBER')
        $$
        """,
        """
        CREATE FUNCTION riposte_is_training() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
            SELECT EXISTS (SELECT 1 FROM meta WHERE key = '\(TrainingFlag.key)' AND value = '1')
        $$
        """,
        """
        CREATE FUNCTION riposte_my_agent_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
            SELECT id FROM agents WHERE login = session_user::text
        $$
        """,
        """
        CREATE FUNCTION riposte_acting_agent(p_actor text) RETURNS agents LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        DECLARE
            found agents;
        BEGIN
            IF riposte_is_owner() OR riposte_is_training() THEN
                SELECT * INTO found FROM agents WHERE name = p_actor;
            ELSE
                SELECT * INTO found FROM agents WHERE login = session_user::text;
                IF found.id IS NULL THEN
                    RAISE EXCEPTION 'the login % is not one of this store''s people', session_user
                        USING ERRCODE = '42501';
                END IF;
                IF found.name <> p_actor THEN
                    RAISE EXCEPTION 'the login % is %: nobody acts as someone else', session_user, found.name
                        USING ERRCODE = '42501';
                END IF;
            END IF;
            IF found.id IS NULL THEN
                RAISE EXCEPTION 'no agent "%"', p_actor USING ERRCODE = '42501';
            END IF;
            RETURN found;
        END $$
        """,

        // Approvals: a request is inserted as pending by the agent who makes it; it changes only through these.
        """
        CREATE FUNCTION riposte_decide_approval(p_id bigint, p_state text, p_note text, p_sent_post bigint,
                                                p_own_reason text, p_actor text, p_at bigint)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            decider agents;
            request approvals;
        BEGIN
            decider := riposte_acting_agent(p_actor);
            IF decider.role <> 'supervisor' THEN
                RAISE EXCEPTION '% is an agent: only a supervisor can approve or reject', decider.name
                    USING ERRCODE = '42501';
            END IF;
            SELECT * INTO request FROM approvals WHERE id = p_id FOR UPDATE;
            IF request.id IS NULL THEN
                RAISE EXCEPTION 'no approval %', p_id USING ERRCODE = '42501';
            END IF;
            IF request.state <> 'pending' THEN
                RAISE EXCEPTION 'this request was already %', request.state USING ERRCODE = '42501';
            END IF;
            IF request.requested_by = decider.id AND (
                (SELECT count(*) FROM agents WHERE role = 'supervisor') > 1 OR p_state <> 'approved'
                OR coalesce(btrim(p_own_reason), '') = '') THEN
                RAISE EXCEPTION 'nobody approves their own reply: another supervisor must decide'
                    USING ERRCODE = '42501';
            END IF;
            IF p_state NOT IN ('approved', 'rejected') OR (p_state = 'approved') <> (p_sent_post IS NOT NULL) THEN
                RAISE EXCEPTION 'a decision approves with the reply it sent, or rejects' USING ERRCODE = '42501';
            END IF;
            UPDATE approvals SET state = p_state, decided_by = decider.id, decided_at = p_at, note = p_note,
                sent_post_id = p_sent_post
            WHERE id = p_id;
        END $$
        """,
        """
        CREATE FUNCTION riposte_supersede_approvals(p_case bigint, p_only bigint, p_note text, p_actor text, p_at bigint)
        RETURNS TABLE (id bigint, requester text) LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            actor agents;
        BEGIN
            actor := riposte_acting_agent(p_actor);
            IF p_only IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM approvals ap WHERE ap.id = p_only AND ap.requested_by = actor.id) THEN
                RAISE EXCEPTION 'only the agent who asked can withdraw a request' USING ERRCODE = '42501';
            END IF;
            RETURN QUERY
                UPDATE approvals ap SET state = 'superseded', decided_at = p_at, note = p_note
                FROM agents g
                WHERE g.id = ap.requested_by AND ap.case_id = p_case AND ap.state = 'pending'
                    AND (p_only IS NULL OR ap.id = p_only)
                RETURNING ap.id, g.name;
        END $$
        """,
        "ALTER TABLE approvals ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY approvals_read ON approvals FOR SELECT USING (true)",
        """
        CREATE POLICY approvals_request ON approvals FOR INSERT WITH CHECK (
            state = 'pending' AND decided_by IS NULL AND decided_at IS NULL AND sent_post_id IS NULL
            AND (requested_by = riposte_my_agent_id() OR riposte_is_training()))
        """,

        // People: only a supervisor adds them or changes a role; the store's first supervisor claims it.
        """
        CREATE FUNCTION riposte_set_agent(p_name text, p_role text, p_login text, p_actor text, p_at bigint)
        RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            actor agents;
            before text;
        BEGIN
            actor := riposte_acting_agent(p_actor);
            IF actor.role <> 'supervisor' AND NOT riposte_is_training() THEN
                RAISE EXCEPTION '% is an agent: only a supervisor adds people or changes roles', actor.name
                    USING ERRCODE = '42501';
            END IF;
            IF p_name !~ '^[[:alnum:]._-]{1,32}$' OR p_role NOT IN ('agent', 'supervisor') THEN
                RAISE EXCEPTION 'an agent is a name of letters, digits, ".", "-" and "_", and agent or supervisor'
                    USING ERRCODE = '22023';
            END IF;
            SELECT role INTO before FROM agents WHERE name = p_name FOR UPDATE;
            INSERT INTO agents (name, role, login, created_at) VALUES (p_name, p_role, p_login, p_at)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, login = coalesce(excluded.login, agents.login);
            RETURN before;
        END $$
        """,
        """
        CREATE FUNCTION riposte_claim_store(p_name text, p_login text, p_at bigint)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        BEGIN
            IF p_login <> session_user::text AND NOT riposte_is_owner() THEN
                RAISE EXCEPTION 'a store is claimed by its own login' USING ERRCODE = '42501';
            END IF;
            PERFORM pg_advisory_xact_lock(7210427);
            IF NOT EXISTS (SELECT 1 FROM agents WHERE login IS NOT NULL) THEN
                INSERT INTO agents (name, role, login, created_at) VALUES (p_name, 'supervisor', p_login, p_at)
                ON CONFLICT (name) DO UPDATE SET role = 'supervisor', login = excluded.login;
            END IF;
        END $$
        """,

        // The team's rules: set by a supervisor only.
        """
        CREATE FUNCTION riposte_set_risk_rules(p_text text, p_actor text, p_at bigint)
        RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            actor agents;
            new_version bigint;
        BEGIN
            actor := riposte_acting_agent(p_actor);
            IF actor.role <> 'supervisor' AND NOT riposte_is_training() THEN
                RAISE EXCEPTION '% is an agent: only a supervisor sets the team''s risk rules', actor.name
                    USING ERRCODE = '42501';
            END IF;
            LOCK TABLE risk_rules IN EXCLUSIVE MODE;
            SELECT coalesce(max(version), 0) + 1 INTO new_version FROM risk_rules;
            INSERT INTO risk_rules (version, text, set_by, set_at) VALUES (new_version, p_text, p_actor, p_at);
            RETURN new_version;
        END $$
        """,

        // The store's own settings ("store.training") are the owner's.
        "ALTER TABLE meta ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY meta_read ON meta FOR SELECT USING (true)",
        "CREATE POLICY meta_add ON meta FOR INSERT WITH CHECK (key NOT LIKE 'store.%')",
        "CREATE POLICY meta_change ON meta FOR UPDATE USING (key NOT LIKE 'store.%') WITH CHECK (key NOT LIKE 'store.%')",
        "CREATE POLICY meta_remove ON meta FOR DELETE USING (key NOT LIKE 'store.%')",
    ]

    /// Hashes the audit rows written before the chain existed, in order; then every new row is chained as it is
    /// inserted. The rows refuse updates, so that trigger stands aside while the migration (as the tables' owner)
    /// writes their hashes.
    static func chainExistingAudit(_ db: PostgresSQL) throws {
        try db.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update_or_delete")
        var previous = AuditChain.genesis
        for row in try db.rows("SELECT id, at, agent, action, case_id, detail FROM audit ORDER BY id") {
            let hash = AuditChain.hash(try row.auditEntry(), after: previous)
            try db.execute("UPDATE audit SET previous_hash = ?, hash = ? WHERE id = ?", [previous, hash, try row.int("id")])
            previous = hash
        }
        try db.execute("ALTER TABLE audit ENABLE TRIGGER audit_no_update_or_delete")
        try db.execute("CREATE TRIGGER audit_chain BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION riposte_chain_audit()")
    }
}
