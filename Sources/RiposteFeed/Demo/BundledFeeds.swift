import RiposteCore

/// Demo feeds compiled into the binary, so a fresh install has a live queue without any file to find.
public enum BundledFeeds {
    public struct Bundled: Sendable {
        public var name: String
        /// The feed's TOML, the same format a trainer writes.
        public var text: String

        /// Its name as errors print it.
        public var file: String { "<bundled>/\(name).toml" }

        public func parse() throws(SourceErrors) -> DemoFeed {
            try DemoFeedParser.parse(text, file: file)
        }
    }

    public static let all: [Bundled] = [
        Bundled(name: "rap-battle", text: RapBattleFeed.text),
        Bundled(name: "carrier-switch", text: CarrierSwitchFeed.text),
        Bundled(name: "no-joke", text: NoJokeFeed.text),
        Bundled(name: "outage-storm", text: OutageStormFeed.text),
    ]

    /// The feed a new store is filled from.
    public static var standard: Bundled { all[0] }

    public static func named(_ name: String) -> Bundled? {
        all.first { $0.name == name }
    }
}
