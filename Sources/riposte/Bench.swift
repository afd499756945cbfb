import ArgumentParser
import Foundation
import RiposteApp
import RiposteConnect
import RiposteFeed
import RiposteStore

/// `riposte bench`: fills a temporary store with synthetic mentions and measures import, first paint, memory and keys.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure import rate, first paint, peak memory and per-key time on a synthetic store.",
        discussion: "Run a release build for figures worth writing down: swift run -c release riposte bench")

    @Option(help: "How many synthetic mentions to import.")
    var posts = 1_000_000

    @Option(help: "The generator's seed; the same seed gives the same store.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Keep the store at this path instead of a temporary one.", valueName: "path"))
    var keep: String?

    @Option(help: .hidden)
    var interfaceOnly: String?

    @Option(help: ArgumentHelp("Time only the filter and search queries, on this store.", valueName: "path|url"))
    var queriesOnly: String?

    @Option(help: ArgumentHelp("""
        Time only keys while the dashboard refreshes, and on PostgreSQL while the server is stopped (SIGSTOP; it must \
        run on this machine), on this store. They write to it: run it on a copy.
        """, valueName: "path|url"))
    var keysOnly: String?

    @Option(help: ArgumentHelp("Time only mentions through a connector's write path, into this store (it writes).",
                               valueName: "path|url"))
    var connectOnly: String?

    @Flag(help: ArgumentHelp("""
        A team through a storm: --rate mentions a second for --seconds through `riposte connect`'s write path, while \
        --agents interfaces on the same store press keys, type, read the dashboard or watch (on --storm-store, a \
        training store it writes to; else a new SQLite store of 100,000 synthetic mentions).
        """))
    var storm = false

    @Option(help: "With --storm: how many agents' interfaces, each a process of its own.")
    var agents = 10

    @Option(help: "With --storm: mentions a second.")
    var rate = 1000

    @Option(help: "With --storm: how long the storm lasts, in seconds.")
    var seconds = 60.0

    @Option(help: ArgumentHelp("With --storm: the store, a training store (it writes to it).", valueName: "path|url"))
    var stormStore: String?

    @Option(help: .hidden)
    var stormAgent: String?

    @Option(help: .hidden)
    var stormRole: String?

    @Option(help: .hidden)
    var stormIndex: Int?

    @Flag(help: "Time only the readers of the files people write (config, voices, risk rules, keymaps, themes, feeds, imports).")
    var readersOnly = false

    @Option(help: ArgumentHelp("""
        Also measure PostgreSQL: the SQLite store is copied into this database (dropped and made anew first), and \
        its queries, first paint and keys are timed there too.
        """, valueName: "postgres://user@host/database"))
    var postgres: String?

    func run() throws {
        if let location = interfaceOnly { return try interface(try StoreLocation(location)) }
        if let location = keysOnly {
            let (dashboard, silent) = try keysWhileSlow(try StoreLocation(location))
            return showKeysWhileSlow(dashboard, silent)
        }
        if let location = queriesOnly { return try queries(try StoreLocation(location).open(), tagging: false) }
        if readersOnly { return try readers() }
        if let location = stormAgent { return try stormAgent(try StoreLocation(location)) }
        if storm { return try stormThroughATeam() }
        if let location = connectOnly { return try throughConnector(try StoreLocation(location).open()) }
        let postgres = try postgres.map { try PostgresAddress(url: $0) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let storePath = keep ?? folder.appendingPathComponent("bench.sqlite").path
        let jsonl = folder.appendingPathComponent("mentions.jsonl")

        show("riposte bench: \(posts) synthetic mentions, seed \(seed)")
        show("SQLite, \(storePath):")
        let generated = Date()
        try writeJSONL(to: jsonl)
        show(String(format: "  generated the JSON Lines file in %.1f s (not counted)", Date().timeIntervalSince(generated)))

        let imported = Date()
        let store = try SQLiteInboxStore(path: storePath)
        // Names are free on a training store: the probe's agent needs no login.
        try store.markTraining()
        let probe = try WriteWaitProbe(.file(storePath))
        let summary = try JSONLImport.run(reading: { try LineReader(path: jsonl.path) }, file: jsonl.path, into: store)
        let importSeconds = Date().timeIntervalSince(imported)
        let (waits, failures) = probe.stop()
        let size = (try? FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int) ?? 0
        show(String(format: "  import:        %.0f mentions/s (%d posts, %d cases in %.1f s; store %.0f MiB)",
                     Double(summary.inserted) / importSeconds, summary.inserted, summary.newCases, importSeconds,
                     Double(size) / 1_048_576))
        let sorted = waits.sorted()
        show(String(format: "  an agent's writes meanwhile (claim, release; 10 a second, on a connection of their own): "
                     + "p50 %.1f ms, p99 %.1f ms, longest %.1f ms; %d of %d failed",
                     sorted.isEmpty ? 0 : sorted[sorted.count / 2], sorted.isEmpty ? 0 : sorted[sorted.count * 99 / 100],
                     sorted.last ?? 0, failures.count, waits.count + failures.count))
        for failure in Set(failures) { warn("    \(failure)") }
        try queries(store, tagging: true)
        try interfaceProcess(storePath)
        try throughConnector(store)
        try readers()

        guard let postgres, let url = self.postgres else { return }
        show("PostgreSQL, \(postgres), the same store:")
        let copied = Date()
        try PostgresDatabases.drop(postgres)
        let tables = try StoreCopy.run(from: .file(storePath), to: .postgres(postgres))
        guard tables.allSatisfy(\.matches) else { throw fail("the copy into PostgreSQL differs from the store") }
        show(String(format: "  copied:        %d rows in %.1f s (riposte store copy)", tables.reduce(0) { $0 + $1.sourceRows },
                     Date().timeIntervalSince(copied)))
        let postgresStore = try PostgresInboxStore(address: postgres)
        try queries(postgresStore, tagging: false)
        try interfaceProcess(url)
        try throughConnector(postgresStore)
    }

    /// `riposte connect`'s write path into the store, fed faster than any network would.
    func throughConnector(_ store: any InboxStore) throws {
        let figures = try awaitOnMainThread { () async -> Result<ConnectorThroughput.Figures, any Error> in
            do { return .success(try await ConnectorThroughput.measure(into: store)) } catch { return .failure(error) }
        }.get()
        show(String(format: "  through a connector: %.0f mentions/s one at a time as a stream brings them, "
                     + "%.0f mentions/s in catch-up pages of %d (each stored, then the cursor moved past it)",
                     figures.streamed, figures.caughtUp, figures.page))
    }

    /// The interface runs in a fresh process: its start-up is counted and its peak memory is its own.
    func interfaceProcess(_ location: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["bench", "--interface-only", location]
        let output = Pipe()
        process.standardOutput = output
        let spawned = Date()
        try process.run()
        var paintedAfter: Double?
        var report = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            report.append(chunk)
            if paintedAfter == nil, String(decoding: report, as: UTF8.self).contains("painted") {
                paintedAfter = Date().timeIntervalSince(spawned) * 1000
            }
        }
        process.waitUntilExit()
        let lines = String(decoding: report, as: UTF8.self).split(separator: "\n")
        guard process.terminationStatus == 0, let json = lines.last(where: { $0.hasPrefix("{") }),
              let result = try? JSONDecoder().decode(InterfaceReport.self, from: Data(json.utf8)) else {
            throw fail("the interface run failed:\n\(lines.joined(separator: "\n"))")
        }
        show(String(format: "  first paint:   %.0f ms from starting the process (%.0f ms inside it: open the store, "
                     + "load and draw the queue)", paintedAfter ?? 0, result.paintMilliseconds))
        show(String(format: "  peak memory:   %.1f MiB (the interface process, VmHWM); %.1f MiB after the 100 KB pastes",
                    Double(result.peakKiB) / 1024, Double(result.peakAfterPastesKiB) / 1024))
        for key in result.keys {
            show("  key, \(key.key): " + String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d presses)",
                                                key.p50, key.p99, key.max, key.count))
        }
        showKeysWhileSlow(result.keysWhileDashboardRefreshes, result.keysWhileServerStopped)
    }

    func queries(_ store: any InboxStore, tagging: Bool) throws {
        let benchmark = QueryBenchmark(store: store)
        if tagging { try benchmark.tagSome() }
        show("  filter and search, a screen of \(QueryBenchmark.screen) cases (the first and the next):")
        for timing in try benchmark.run() {
            show("    " + timing.filter.padding(toLength: 36, withPad: " ", startingAt: 0)
                  + String(format: "p50 %6.2f ms, max %6.2f ms (%d rows)", timing.p50, timing.max, timing.rows))
        }
    }

    func readers() throws {
        show("readers of the files people write (the fastest of three runs):")
        try FileReaderBenchmark().run { timing in
            show("  " + (timing.reader + ", " + timing.shape + ":").padding(toLength: 72, withPad: " ", startingAt: 0)
                  + String(format: "%9.1f ms", timing.milliseconds)
                  + (timing.outcome == "read" ? "" : "  (" + String(timing.outcome.prefix(90)) + ")"))
        }
    }

    struct InterfaceReport: Codable {
        var paintMilliseconds: Double
        var peakKiB: Int
        var peakAfterPastesKiB: Int
        var keys: [InterfaceBenchmark.KeyTimes]
        var keysWhileDashboardRefreshes: SlowStoreBenchmark.DashboardRefresh
        var keysWhileServerStopped: SlowStoreBenchmark.SilentServer?
    }

    func interface(_ location: StoreLocation) throws {
        var paint = 0.0, peak = 0
        let keys = try InterfaceBenchmark.run(location: location, painted: { milliseconds in
            paint = milliseconds
            // Unbuffered, so the parent sees it the moment it happens.
            FileHandle.standardOutput.write(Data("painted\n".utf8))
        }, beforePastes: { peak = $0 })
        let peakAfterPastes = InterfaceBenchmark.peakResidentKiB()
        let (dashboard, silent) = try keysWhileSlow(location)
        let report = InterfaceReport(paintMilliseconds: paint, peakKiB: peak, peakAfterPastesKiB: peakAfterPastes,
                                     keys: keys, keysWhileDashboardRefreshes: dashboard, keysWhileServerStopped: silent)
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }

    /// Keys on a session whose store work runs in the background, as the binary's does, while the dashboard refreshes
    /// and, on PostgreSQL, while the server is stopped.
    func keysWhileSlow(_ location: StoreLocation) throws
        -> (SlowStoreBenchmark.DashboardRefresh, SlowStoreBenchmark.SilentServer?) {
        let benchmark = try SlowStoreBenchmark(location: location)
        let dashboard = try benchmark.keysWhileDashboardRefreshes()
        guard case .postgres = location else { return (dashboard, nil) }
        return (dashboard, try benchmark.keysWhileServerStopped())
    }

    func showKeysWhileSlow(_ dashboard: SlowStoreBenchmark.DashboardRefresh, _ silent: SlowStoreBenchmark.SilentServer?) {
        func describe(_ waits: SlowStoreBenchmark.KeyWaits) -> String {
            String(format: "longest %.1f ms, p99 %.1f ms (%d keys", waits.longest, waits.p99, waits.keys)
        }
        show("  keys while the dashboard refreshes: " + describe(dashboard.waits)
             + String(format: ", %d refreshes of %.0f ms each)", dashboard.refreshes, dashboard.refreshMilliseconds))
        guard let silent else { return }
        if let waits = silent.waits {
            show("  keys while the server is stopped (SIGSTOP, \(silent.processes) processes): " + describe(waits)
                 + ", \(silent.readsWaiting) store reads still waiting when it went on)")
        } else {
            show("  keys while the server is stopped: skipped, \(silent.skipped ?? "")")
        }
    }

    func writeJSONL(to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else { throw fail("cannot write \(url.path)") }
        defer { try? handle.close() }
        let start = Date().addingTimeInterval(-30 * 86400)
        var buffer = ""
        for post in SyntheticFeed(count: posts, seed: seed, start: start, span: 30 * 86400) {
            let author = post.author
            buffer += #"{"id": \#(quoted(post.externalID)), "network": "\#(author.network.rawValue)", "author": "#
                + #"{"handle": \#(quoted(author.handle)), "name": \#(quoted(author.name)), "#
                + #""followers": \#(author.followers), "role": "\#(author.role.rawValue)"}, "#
                + #""text": \#(quoted(post.text)), "created_at": "\#(RFC3339Text.format(post.createdAt))", "#
                + #""in_reply_to": \#(post.inReplyTo.map(quoted) ?? "null")}"# + "\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    /// A JSON string literal; JSONEncoder takes most of a minute for a million lines.
    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{00}"..."\u{1F}": result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// RFC 3339 text for a time, in UTC with milliseconds.
enum RFC3339Text {
    static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds / 1000
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, Int(milliseconds % 1000))
    }
}
