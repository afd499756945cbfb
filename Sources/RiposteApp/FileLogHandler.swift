import Foundation
import Logging

/// Writes log lines to a file: the terminal belongs to the interface, so nothing is ever logged to stdout or stderr.
public struct FileLogHandler: LogHandler {
    /// The open log file, shared by every logger; writes are serialised.
    public final class Sink: @unchecked Sendable {
        let handle: FileHandle
        let lock = NSLock()

        init(handle: FileHandle) {
            self.handle = handle
        }

        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
        }
    }

    let label: String
    let sink: Sink
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    /// Opens (creating it and its folder) the log file for appending.
    public static func sink(path: String) throws -> Sink {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        return Sink(handle: handle)
    }

    public init(label: String, sink: Sink) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: " ")
        let time = ISO8601DateFormatter().string(from: Date())
        sink.write("\(time) \(event.level) \(label): \(event.message)\(details)\n")
    }
}
