import RiposteCore

/// Why an effect did not happen, as the runner found it; `reduce` words it for the status line.
public enum EffectFailure: Hashable, Sendable {
    case store(StoreTrouble)
    case demoFeed(StoreTrouble)
    case noRequestWaiting(CaseID)
    /// The store judged the reply again, by the team's rules, and will not let it out unseen.
    case needsApproval(score: Int, threshold: Int)
    case noBrowser
    case outsideProgram(OutsideProgram, OutsideOutcome)
    case draftFileNotWritten(folder: String)
    case editedTextNotUTF8
}

/// What went wrong with the store, as far as an agent needs to know.
public enum StoreTrouble: Hashable, Sendable {
    case unreachable
    case diskFull
    case locked
    case readOnly
    /// The store's own words: a refusal names the rule it keeps.
    case said(String)
}

/// A program of the user's that Riposte hands the terminal to.
public enum OutsideProgram: Hashable, Sendable {
    case browser
    /// The editor, by its program's name.
    case editor(String)
}

/// How an outside program ended, when it did not do its job.
public enum OutsideOutcome: Hashable, Sendable {
    case exited(Int32)
    case notFound
    case couldNotStart(String)
}
