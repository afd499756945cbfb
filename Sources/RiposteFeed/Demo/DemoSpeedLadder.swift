/// The speeds a trainer steps the demo through, story seconds per real second: the usual ones and the speed the
/// demo was loaded at. A fixed ladder makes a step up then a step down come back to where it started, even from a
/// feed's own speed that is not one of the usual ones (15×, say).
public struct DemoSpeedLadder: Hashable, Sendable {
    public static let usual: [Double] = [1, 2, 5, 10, 30, 60, 120, 300, 600]

    public let speeds: [Double]

    public init(loadedAt speed: Double?) {
        speeds = Set(Self.usual + (speed.map { [min(600, max(1, $0))] } ?? [])).sorted()
    }

    /// The next speed up from `speed`, or nil at the top.
    public func faster(than speed: Double) -> Double? {
        speeds.first { $0 > speed }
    }

    /// The next speed down from `speed`, or nil at the bottom.
    public func slower(than speed: Double) -> Double? {
        speeds.last { $0 < speed }
    }
}
