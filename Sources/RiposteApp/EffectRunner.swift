import Foundation
import Logging
import RiposteCore
import RiposteFeed
import RiposteStore
import RiposteUI

/// Carries out the effects reduce asks for, against the store, and reports each outcome back as actions.
public struct EffectRunner {
    public let store: any InboxStore
    public let agent: String
    public let settings: Settings
    public let clock: @Sendable () -> Date
    /// Where `:` history is kept between sessions; nil keeps it in memory only.
    let commandHistoryFile: String?
    /// Where drafts wait while the store's server is unreachable; nil keeps them in the editor only.
    let unsavedDrafts: UnsavedDrafts?
    let logger: Logger

    public init(store: any InboxStore, agent: String, settings: Settings = .defaults, commandHistoryFile: String? = nil,
                unsavedDrafts: UnsavedDrafts? = nil, clock: @escaping @Sendable () -> Date, logger: Logger) {
        self.commandHistoryFile = commandHistoryFile
        self.unsavedDrafts = unsavedDrafts
        self.store = store
        self.agent = agent
        self.settings = settings
        self.clock = clock
        self.logger = logger
    }

    /// A reply on a playing demo's post reaches the demo's people, who may react to it: here when no connector
    /// took it into the outbox, else when the simulated network's connector delivers it (one refused at the door
    /// never does). The reply is already sent: a failure here is logged, never reported as a failed send that an
    /// agent would send again.
    func reactToDemo(_ reply: OutgoingReply, _ post: ThreadPost) {
        guard post.delivery == nil else { return }
        do {
            let earned = try DemoReactions(store: store).replied(reply, sent: post)
            if !earned.isEmpty {
                logger.info("demo reactions earned", metadata: ["reactions": "\(earned.map(\.id))"])
            }
        } catch {
            logger.error("demo reactions failed", metadata: ["case": "\(reply.caseID.rawValue)", "error": "\(error)"])
        }
    }

    public func run(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case let .loadQueue(request):
                let scope = QueueScope(filter: request.filter, agent: agent, now: clock(),
                                       serviceLevels: settings.serviceLevels)
                return [.queueLoaded(try QueueWindowQuery.run(request, in: scope, on: store))]
            case let .loadThread(caseID):
                guard let thread = try store.thread(caseID, agent: agent) else { return [.threadMissing(caseID)] }
                return [.threadLoaded(thread)]
            case let .openCase(caseID):
                try store.openCase(caseID, by: agent, at: clock())
                return []
            case let .saveDraft(draft):
                return [save(draft)]
            case let .deleteDraft(caseID):
                // A draft discarded or emptied is not brought back from this machine next time.
                unsavedDrafts?.forget(caseID)
                try store.deleteDraft(on: caseID, by: agent)
                return []
            case let .sendReply(reply):
                let post = try store.sendReply(reply, by: agent, at: clock())
                unsavedDrafts?.forget(reply.caseID)
                logger.info("reply sent", metadata: ["case": "\(reply.caseID.rawValue)", "post": "\(post.externalID)"])
                reactToDemo(reply, post)
                return [.replySent(reply.caseID, post)]
            case let .requestApproval(request):
                try store.requestApproval(request, by: agent, at: clock())
                unsavedDrafts?.forget(request.caseID)
                logger.info("approval requested", metadata: ["case": "\(request.caseID.rawValue)",
                                                             "risk": "\(request.riskScore)"])
                return [.approvalRequested(request.caseID)]
            case let .controlDemo(control):
                let player = DemoFeedPlayer(store: store), now = clock()
                switch control {
                case .pause: try player.pause(at: now)
                case .resume: try player.resume(at: now)
                case .faster: try player.step(faster: true, at: now)
                case .slower: try player.step(faster: false, at: now)
                }
                return [.feedStatus(try player.deliverDue(at: now).map(FeedStatus.init))]
            case let .saveCommandHistory(lines):
                if let commandHistoryFile { try CommandHistoryFile.write(lines, to: commandHistoryFile) }
                return []
            case let .countUnread(views):
                let scope = { (filter: CaseFilter) in
                    QueueScope(filter: UnreadCounts.filter(of: filter), agent: agent, now: clock(),
                               serviceLevels: settings.serviceLevels)
                }
                var perView: [String: Int] = [:]
                for view in views {
                    perView[view.name] = try store.caseCount(in: scope(view.filter), upTo: UnreadCounts.cap)
                }
                let newest = try store.queueRows(before: nil, limit: 1, in: scope(CaseFilter(terms: []))).first?.key
                let waiting = try store.approvals(in: .pending, limit: UnreadCounts.cap).count
                return [.unreadCounted(UnreadCounts(perView: perView, newest: newest, approvalsWaiting: waiting))]
            case .checkBeforeQuit:
                // A store that cannot answer does not keep anyone from quitting.
                let held = try? store.heldWork(of: agent, at: clock())
                return [.quitChecked(drafts: held?.drafts ?? [], claims: held?.claims ?? [])]
            case .loadTeamNames:
                return [.teamNamesLoaded(agents: try store.agents().map(\.name), tags: try store.tagNames())]
            case .loadDashboard:
                let now = clock()
                return [.dashboardLoaded(try store.teamFigures(since: now.addingTimeInterval(-3600), at: now,
                                                               serviceLevels: settings.serviceLevels))]
            case .loadTrainingReport:
                let session = try TrainingSession.read(store)
                return [.trainingLoaded(title: session.title, agents: session.agents)]
            case .loadApprovals:
                let recent = try store.approvals(in: .approved, limit: 200)
                    .filter { $0.decidedBy == $0.requestedBy }
                    .sorted { ($0.decidedAt ?? $0.requestedAt) > ($1.decidedAt ?? $1.requestedAt) }
                return [.approvalsLoaded(try store.approvals(in: .pending, limit: 500)),
                        .ownApprovalsLoaded(Array(recent.prefix(20)))]
            case let .loadApprovalHistory(id, caseID, since):
                // Everything after the request's own row: what happened in the same second counts too.
                let entries = try store.auditLog(for: caseID, since: since.addingTimeInterval(-1))
                let asked = entries.firstIndex { $0.action == "approval.requested" && $0.detail.hasPrefix("\(id):") }
                return [.approvalHistoryLoaded(id, asked.map { Array(entries[($0 + 1)...]) } ?? entries)]
            case let .withdrawRequest(caseID):
                guard let request = try store.thread(caseID, agent: agent)?.approval, request.state == .pending else {
                    return [.effectFailed(.noRequestWaiting(caseID))]
                }
                try store.withdraw(request.id, by: agent, at: clock())
                return [.requestWithdrawn(caseID, text: request.text)]
            case let .approve(id, editedText, ownReason):
                let approval = try store.approval(id)
                let post = try store.approve(id, editedText: editedText, ownReason: ownReason, by: agent, at: clock())
                if let approval {
                    reactToDemo(OutgoingReply(caseID: approval.caseID, inReplyTo: approval.inReplyTo.id,
                                                  text: post.text, voice: approval.voice, riskScore: approval.riskScore,
                                                  riskReasons: approval.riskReasons), post)
                }
                return [.approvalDecided(id, sent: post)]
            case let .reject(id, reason):
                try store.reject(id, reason: reason, by: agent, at: clock())
                return [.approvalDecided(id, sent: nil)]
            case let .claim(caseID, takeOver):
                do {
                    let outcome = try store.claim(caseID, by: agent, at: clock(), lease: settings.claimLease,
                                                  takeOver: takeOver)
                    return [.claimed(caseID, outcome, takeOver: takeOver)]
                } catch {
                    logger.warning("claim failed", metadata: ["case": "\(caseID)", "error": "\(error)"])
                    return [.claimFailed(caseID, reason: StoreTrouble(error))]
                }
            case let .renewClaim(caseID):
                let held = try store.renewClaim(caseID, by: agent, at: clock(), lease: settings.claimLease)
                return [.claimRenewed(caseID, held: held)]
            case let .releaseClaim(caseID):
                do {
                    try store.releaseClaim(caseID, by: agent, at: clock())
                } catch {
                    logger.warning("claim not released", metadata: ["case": "\(caseID)", "error": "\(error)"])
                    return [.claimNotReleased(caseID)]
                }
                return [.claimReleased(caseID)]
            case let .changeCases(cases, change):
                let everything = QueueScope(filter: CaseFilter(terms: []), agent: agent, now: clock(),
                                            serviceLevels: settings.serviceLevels)
                let before = try cases.compactMap { try store.queueRow($0, in: everything) }
                try apply(change, to: cases)
                let undo = CaseUndo(changes: CaseUndo.restoring(before, from: change), undoing: change, on: cases,
                                    until: clock().addingTimeInterval(CaseUndo.window))
                return [.casesChanged(.changed(cases, change, undo: undo.changes.isEmpty ? nil : undo))]
            case let .undoCaseChanges(undo):
                for restore in undo.changes { try apply(restore.change, to: restore.cases) }
                // The audit's own words: ISO times, whatever the agent's locale.
                let undid = CaseChangeText.describe(undo.cases, undo.change, now: clock(), clock: WallClockTime(environment: [:]))
                for caseID in undo.changes.flatMap(\.cases) {
                    try store.appendAudit(AuditEntry(at: clock(), agent: agent, action: "case.undo", caseID: caseID,
                                                     detail: "undid: \(undid)"))
                }
                return [.casesChanged(.undone(undo))]
            case let .addNote(caseID, text):
                try store.addNote(on: caseID, text: text, by: agent, at: clock())
                return [.casesChanged(.noteAdded(caseID))]
            case .wakeSnoozed:
                return try store.wakeSnoozed(at: clock()) > 0 ? [.storeChanged] : []
            case let .retryReply(post):
                try store.retryReply(post, by: agent, at: clock())
                return [.storeChanged]
            case let .withdrawReply(post):
                try store.withdrawReply(post, by: agent, at: clock())
                return [.storeChanged]
            case .checkConnectors:
                let now = clock()
                return [.connectorsChecked(try store.connectors().compactMap { $0.trouble(at: now) })]
            case .quit:
                return []
            case .openLink, .editExternally:
                // The session runs these, with the terminal handed over; without one there is nothing to do.
                return []
            }
        } catch let StoreError.needsApproval(score, threshold, _) {
            // The store judged the reply again, by the team's rules, and will not let it out unseen.
            return [.effectFailed(.needsApproval(score: score, threshold: threshold))]
        } catch {
            logger.error("effect failed", metadata: ["effect": "\(effect)", "error": "\(error)"])
            return [.effectFailed(.store(StoreTrouble(error)))]
        }
    }

    /// Saves a draft; one the store will not take (server away, disk full, locked, read-only) is kept on this machine
    /// until it does.
    func save(_ draft: Draft) -> Action {
        let now = clock()
        do {
            try store.saveDraft(draft, by: agent, at: now)
        } catch {
            logger.warning("draft not saved", metadata: ["case": "\(draft.caseID)", "error": "\(error)"])
            var kept = false
            do {
                if let unsavedDrafts {
                    try unsavedDrafts.keep(draft)
                    kept = true
                }
            } catch {
                logger.error("draft not kept on this machine", metadata: ["error": "\(error)"])
            }
            return .draftNotSaved(draft, keptOnMachine: kept, reason: StoreTrouble(error))
        }
        unsavedDrafts?.forget(draft.caseID)
        return .draftSaved(draft.caseID, at: now)
    }

    /// Makes a change on cases and says what was done.
    func apply(_ change: CaseChange, to cases: [CaseID]) throws {
        switch change {
        case let .status(status, until):
            try store.setStatus(cases, to: status, snoozedUntil: until, by: agent, at: clock())
        case let .tags(adding, removing):
            try store.tag(cases, adding: adding, removing: removing, by: agent, at: clock())
        case let .assign(assignee):
            try store.assign(cases, to: assignee, by: agent, at: clock())
        }
    }
}

extension FeedStatus {
    init(_ progress: DemoFeedPlayer.Progress) {
        self.init(name: progress.name, pending: progress.pending, speed: progress.speed, paused: progress.paused)
    }
}

extension StoreTrouble {
    /// What the store's error means for an agent.
    init(_ error: any Error) {
        if case StoreError.unreachable = error {
            self = .unreachable
            return
        }
        let text = "\(error)"
        if text.contains("disk is full") {
            self = .diskFull
        } else if text.contains("database is locked") {
            self = .locked
        } else if text.contains("readonly database") || text.contains("read-only") {
            self = .readOnly
        } else {
            self = .said(text)
        }
    }
}
