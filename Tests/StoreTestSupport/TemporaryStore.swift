import Foundation
import RiposteStore

/// A store on a real file in a fresh temporary folder, removed when the test is done with it.
public final class TemporaryStore {
    public let folder: URL
    public let path: String
    public let store: SQLiteInboxStore

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-test-\(UUID().uuidString)")
        path = folder.appendingPathComponent("inbox.sqlite").path
        store = try SQLiteInboxStore(path: path)
    }

    /// Writes `text` to a file in the store's folder and returns its path.
    public func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
