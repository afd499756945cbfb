import Foundation
import Logging

/// Writes log lines to a file: the terminal belongs to the interface, so nothing is ever logged to stdout or stderr.
public struct FileLogHandler: LogHandler {
    /// The log file, shared by every logger; writes are serialised. It is opened (made, with its folder) by
    /// `open` or the first line written, so a command that logs nothing leaves no file behind.
    public final class Sink: @unchecked Sendable {
        let path: String
        private var handle: FileHandle?
        let lock = NSLock()

        public init(path: String) {
            self.path = path
        }

        /// Opens the file for appending now, to tell whether it can be written.
        public func open() throws {
            lock.lock()
            defer { lock.unlock() }
            _ = try opened()
        }

        private func opened() throws -> FileHandle {
            if let handle { return handle }
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            self.handle = handle
            return handle
        }

        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            // A log that cannot be written is not worth stopping for; the interface checked it at start.
            guard let handle = try? opened() else { return }
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
        }
    }

    let label: String
    let sink: Sink
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

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
