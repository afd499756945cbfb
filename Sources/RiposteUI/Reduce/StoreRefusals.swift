import Foundation
import RiposteCore

/// What the store would not take (a draft, a claim to let go) while it refused writes: full disk, lock held too long,
/// read-only file, server away. Nothing typed is lost: it waits on this machine and in memory, is offered again every
/// few seconds, and quitting asks first while the store lacks any of it.
enum StoreRefusals {
    static let retryInterval: TimeInterval = 5

    static func draftNotSaved(_ draft: Draft, keptOnMachine: Bool, reason trouble: StoreTrouble,
                              _ state: inout AppState) {
        let reason = EffectFailureText.describe(trouble)
        state.draftsNotInStore[draft.caseID] = draft
        if keptOnMachine {
            state.draftsOnlyInMemory.remove(draft.caseID)
        } else {
            state.draftsOnlyInMemory.insert(draft.caseID)
        }
        if state.editor?.caseID == draft.caseID {
            // Unsaved still, so that autosave offers it again.
            state.editor?.unsaved = true
        }
        state.say(keptOnMachine
                  ? "Draft not saved (\(reason)): kept on this machine, saved when the store takes writes"
                  : "Draft not saved (\(reason)), nor on this machine: it is only in Riposte now, do not quit",
                  isError: true)
    }

    /// The case's draft is gone on purpose (sent, sent for approval, discarded, emptied): nothing to offer again.
    static func forget(_ caseID: CaseID, _ state: inout AppState) {
        state.draftsNotInStore[caseID] = nil
        state.draftsOnlyInMemory.remove(caseID)
    }

    /// The refused drafts (other than the one the editor saves itself) and claims, offered to the store again.
    static func retry(_ state: inout AppState) -> [Effect] {
        guard !state.draftsNotInStore.isEmpty || !state.claimsToRelease.isEmpty else { return [] }
        if let last = state.lastStoreRetry, state.now.timeIntervalSince(last) < retryInterval { return [] }
        state.lastStoreRetry = state.now
        let editing = state.editor?.caseID
        let drafts = state.draftsNotInStore.values.filter { $0.caseID != editing }
            .sorted { $0.caseID.rawValue < $1.caseID.rawValue }
        let claims = state.claimsToRelease.filter { $0 != editing }.sorted { $0.rawValue < $1.rawValue }
        return drafts.map(Effect.saveDraft) + claims.map(Effect.releaseClaim)
    }

    /// What to ask before quitting, if the store lacks any draft.
    static func quitQuestion(_ state: AppState) -> String? {
        guard !state.draftsNotInStore.isEmpty else { return nil }
        let count = state.draftsNotInStore.count, lost = state.draftsOnlyInMemory.count
        let drafts = count == 1 ? "A draft is" : "\(count) drafts are"
        guard lost == 0 else {
            return "\(drafts) not in the store, \(lost == count ? "nor" : "\(lost) nor") on this machine: quit and lose "
                + "\(lost == 1 ? "it" : "them")? (y/n)"
        }
        return "\(drafts) not in the store yet, only on this machine until Riposte opens it again: quit? (y/n)"
    }
}
