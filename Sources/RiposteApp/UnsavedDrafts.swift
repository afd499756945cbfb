import Foundation
import RiposteCore
import RiposteStore

/// Drafts the store could not take (its server was unreachable), kept on this machine until it can: one small file
/// per case, written atomically, removed once the store has the draft. A Riposte that quits or crashes while the
/// server is down hands them to the store the next time it opens it.
public struct UnsavedDrafts: Sendable {
    public let folder: String

    /// The folder for one store and agent under `stateHome`.
    public init(stateHome: String, store: StoreLocation, agent: String) {
        let name = "\(store)-\(agent)".map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        folder = (stateHome as NSString).appendingPathComponent("unsaved-drafts/" + String(name))
    }

    public func keep(_ draft: Draft) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fields: [String: Any] = [
            "case": draft.caseID.rawValue, "in_reply_to": draft.inReplyTo.rawValue, "text": draft.text,
            "cursor": draft.cursor,
        ]
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: file(for: draft.caseID)), options: .atomic)
    }

    public func forget(_ caseID: CaseID) {
        try? FileManager.default.removeItem(atPath: file(for: caseID))
    }

    /// Every draft kept here.
    public func all() -> [Draft] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)),
                  let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let caseID = (fields["case"] as? NSNumber)?.int64Value,
                  let parent = (fields["in_reply_to"] as? NSNumber)?.int64Value,
                  let text = fields["text"] as? String, let cursor = (fields["cursor"] as? NSNumber)?.intValue else {
                return nil
            }
            return Draft(caseID: CaseID(caseID), inReplyTo: PostID(parent), text: text, cursor: cursor)
        }
    }

    /// Hands the kept drafts to the store; those it takes are forgotten here. Returns how many it took.
    @discardableResult
    public func deliver(to store: any ReplyWriting, by agent: String, at time: Date) -> Int {
        var delivered = 0
        for draft in all() {
            guard (try? store.saveDraft(draft, by: agent, at: time)) != nil else { continue }
            forget(draft.caseID)
            delivered += 1
        }
        return delivered
    }

    func file(for caseID: CaseID) -> String {
        (folder as NSString).appendingPathComponent("\(caseID.rawValue).json")
    }
}
