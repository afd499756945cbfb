import Foundation
import RiposteApp
import RiposteConnect
import RiposteCore
import RiposteFeed
import RiposteStore

/// `riposte bench --storm`: a team's interfaces, each a process of its own, on one store while a storm of mentions
/// comes in through `riposte connect`'s write path.
extension Bench {
    func stormThroughATeam() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-storm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try StoreLocation(stormStore ?? folder.appendingPathComponent("storm.sqlite").path)
        let store = try location.open()
        // A new store becomes a training store of 100,000 synthetic mentions; any other must be one already.
        if try store.caseCount(in: QueueScope(filter: .all, agent: "", now: Date(), serviceLevels: .standard), upTo: 1) == 0 {
            try store.markTraining()
            let jsonl = folder.appendingPathComponent("mentions.jsonl")
            var seeding = self
            seeding.posts = 100_000
            try seeding.writeJSONL(to: jsonl)
            _ = try JSONLImport.run(reading: { try LineReader(path: jsonl.path) }, file: jsonl.path, into: store)
        }
        guard try store.isTraining() else { throw fail("--storm writes to the store: give it a training store") }
        let roles = (0..<agents).map { index -> SlowStoreBenchmark.StormRole in
            if index == 0 { return .dashboard }
            if index == agents - 1 { return .watching }
            return index.isMultiple(of: 2) ? .typing : .moving
        }
        show("riposte bench --storm: \(rate) mentions/s for \(Int(seconds)) s through riposte connect's write path, "
             + "\(agents) interfaces on \(location)")
        let children = try roles.enumerated().map { index, role in
            try StormChild(location: location, index: index, role: role, seconds: seconds)
        }
        for child in children { try child.waitUntilReady() }
        let started = Date()
        let stored = try awaitOnMainThread { () async -> Result<Int, any Error> in
            do { return .success(try await ConnectorThroughput.storm(into: store, rate: rate, seconds: seconds)) }
            catch { return .failure(error) }
        }.get()
        show(String(format: "  stored %d mentions in %.1f s through the connector", stored, Date().timeIntervalSince(started)))
        for (index, child) in children.enumerated() {
            let report = try child.report()
            show(String(format: "  agent %2d, %-9@ keys p50 %5.2f ms, p99 %6.2f ms (%d); commit → shown p50 %4.0f ms, "
                         + "p99 %4.0f ms; %.0f%% of a core; %d refreshes",
                         index, report.role.rawValue as NSString, report.keys.p50, report.keys.p99, report.keys.keys,
                         report.seen.p50, report.seen.p99, report.cpuShare * 100, report.refreshes))
        }
    }

    /// One agent's interface, in this child process: waits for the store, says it is ready, works through the storm,
    /// and prints its report as JSON.
    func stormAgent(_ location: StoreLocation) throws {
        let role = stormRole.flatMap(SlowStoreBenchmark.StormRole.init(rawValue:)) ?? .watching
        let name = "storm-\(getpid())"
        _ = try location.open().ensureAgent(named: name, role: .agent)
        let benchmark = try SlowStoreBenchmark(location: location, agent: name)
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        let report = try benchmark.throughAStorm(as: role, seconds: seconds, startingAtRow: stormIndex ?? 0)
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }
}

/// A `riposte bench --storm-agent` process and what it prints.
final class StormChild {
    let process = Process()
    let output = Pipe()
    var text = ""

    init(location: StoreLocation, index: Int, role: SlowStoreBenchmark.StormRole, seconds: Double) throws {
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["bench", "--storm-agent", "\(location)", "--storm-role", role.rawValue,
                             "--storm-index", "\(index)", "--seconds", "\(seconds)"]
        process.standardOutput = output
        try process.run()
    }

    func waitUntilReady() throws {
        while !text.contains("ready\n") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw fail("a storm agent ended before it was ready:\n\(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
    }

    func report() throws -> SlowStoreBenchmark.StormReport {
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = text.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
              let report = try? JSONDecoder().decode(SlowStoreBenchmark.StormReport.self, from: Data(json.utf8)) else {
            throw fail("a storm agent failed:\n\(text)")
        }
        return report
    }
}
