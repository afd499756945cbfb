import Foundation
import RiposteCore
import RiposteFeed
import RiposteStore

/// What a training report covers: each agent's figures since a moment, by default since the demo was loaded.
public struct TrainingSession {
    public var agents: [AgentTraining]
    /// "Training report on the demo rap-battle".
    public var title: String
    /// `.distantPast` when the store holds no demo and no moment was given.
    public var since: Date

    public static func read(_ store: any TeamReporting & FeedKeeping, since: Date? = nil) throws -> TrainingSession {
        let from = try since ?? DemoFeedLoader.started(in: store) ?? .distantPast
        let demo = try store.value(forKey: DemoFeedLoader.nameKey).map { " on the demo \($0)" } ?? ""
        return TrainingSession(agents: try store.training(since: from), title: "Training report\(demo)", since: from)
    }
}
