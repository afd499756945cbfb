import RiposteCore

/// The status line's words for what did not happen.
enum EffectFailureText {
    static func describe(_ failure: EffectFailure, keymap: Keymap) -> String {
        switch failure {
        case let .store(trouble): describe(trouble)
        case let .demoFeed(trouble): "Demo feed: " + describe(trouble)
        case let .noRequestWaiting(caseID): "No request is waiting on case \(caseID)"
        case let .needsApproval(score, threshold):
            "By the team's rules this reply needs a supervisor (risk \(score), threshold \(threshold)): "
                + (keymap.keys(for: .replyRequestApproval, in: .editor).first.map { "\($0)" } ?? ":reply.request-approval")
                + " asks for approval"
        case .noBrowser: "$BROWSER is not set: set it to open links, or copy_links = true to copy them"
        case let .outsideProgram(.browser, outcome): describe(outcome, of: "$BROWSER")
        case let .outsideProgram(.editor(name), outcome):
            describe(outcome, of: "your editor (\(name))") + ": the reply is as it was"
        case let .draftFileNotWritten(folder): "Could not write the draft for your editor in \(folder)"
        case .editedTextNotUTF8: "Your editor left text that is not UTF-8: the reply is as it was"
        }
    }

    /// In a few words, for a line that says what it was about.
    static func describe(_ trouble: StoreTrouble) -> String {
        switch trouble {
        case .unreachable: "the store cannot be reached"
        case .diskFull: "disk is full"
        case .locked: "database is locked"
        case .readOnly: "the store is read-only"
        case let .said(words): words.count > 60 ? String(words.prefix(59)) + "…" : words
        }
    }

    private static func describe(_ outcome: OutsideOutcome, of program: String) -> String {
        switch outcome {
        case let .exited(status): "\(program) exited with status \(status)"
        case .notFound: "\(program) was not found"
        case let .couldNotStart(reason): "\(program) could not start: \(reason)"
        }
    }
}
