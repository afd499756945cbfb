/// The v8 migration on PostgreSQL: a reply an agent's role writes is their own, sent with the score the team's
/// current rules gave it, or one a supervisor's approval sent in the same transaction. The database cannot judge a
/// reply's words itself; a score that lies is found afterwards (`ungatedReplies`, `riposte audit replies`).
enum PostgresSentReplyGuard {
    static let statements: [String] = [
        """
        CREATE FUNCTION riposte_check_sent_reply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        DECLARE
            me bigint;
        BEGIN
            IF NEW.sent_by_agent_id IS NULL OR riposte_is_owner() OR riposte_is_training() THEN
                RETURN NULL;
            END IF;
            me := riposte_my_agent_id();
            -- A supervisor's approval sends the agent's reply, in their name, with the words as approved.
            IF EXISTS (SELECT 1 FROM approvals a WHERE a.sent_post_id = NEW.id AND a.state = 'approved'
                       AND a.case_id = NEW.case_id AND a.requested_by = NEW.sent_by_agent_id AND a.decided_by = me
                       AND (a.text = NEW.text OR NEW.edited_by_agent_id = me)) THEN
                RETURN NULL;
            END IF;
            IF NEW.sent_by_agent_id IS DISTINCT FROM me OR NEW.edited_by_agent_id IS NOT NULL THEN
                RAISE EXCEPTION 'nobody sends a reply as someone else: only an approval sends another''s reply'
                    USING ERRCODE = '42501';
            END IF;
            IF NEW.risk IS NULL OR NEW.risk_rules_version IS DISTINCT FROM (SELECT max(version) FROM risk_rules) THEN
                RAISE EXCEPTION 'a reply is sent with the score the team''s current risk rules gave it'
                    USING ERRCODE = '42501';
            END IF;
            RETURN NULL;
        END $$
        """,
        // Checked at commit, when the approval that sent the reply has been decided in the same transaction.
        """
        CREATE CONSTRAINT TRIGGER posts_sent_by_their_sender AFTER INSERT ON posts
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION riposte_check_sent_reply()
        """,
    ]
}
