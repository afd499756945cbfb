import Foundation
import RiposteCore

/// Lines decoded on a second thread while the store writes the ones before them: an import's two halves,
/// parsing and writing, cost about the same, and this machine has two cores.
final class DecodedLines: @unchecked Sendable {
    enum Line {
        case post(IncomingPost)
        case failure(SourceError)
    }

    private let condition = NSCondition()
    private var batches: [[Line]] = []
    private var finished = false
    private var cancelled = false
    private let done = DispatchSemaphore(value: 0)
    /// Batches waiting at most: bounds the memory a fast parser can fill while the writer catches up.
    static let capacity = 8
    static let batchSize = 2048

    /// Starts decoding `lines` on a thread of its own.
    init<Lines: Sequence<[UInt8]> & Sendable>(_ lines: Lines, file: String,
                                             decode: @escaping @Sendable ([UInt8]) throws -> IncomingPost) {
        Thread {
            var batch: [Line] = []
            batch.reserveCapacity(Self.batchSize)
            for (number, bytes) in lines.enumerated() {
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                do {
                    batch.append(.post(try decode(bytes)))
                } catch let failure as ByteOffsetError {
                    batch.append(.failure(SourceError(file: file, position: SourcePosition(
                        line: number + 1, column: JSONLImport.column(ofByte: failure.offset, in: bytes)),
                        message: failure.message)))
                } catch {
                    batch.append(.failure(SourceError(file: file, position: SourcePosition(line: number + 1, column: 1),
                                                      message: "\(error)")))
                }
                if batch.count == Self.batchSize {
                    guard self.put(batch) else { break }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { _ = self.put(batch) }
            self.condition.lock()
            self.finished = true
            self.condition.broadcast()
            self.condition.unlock()
            self.done.signal()
        }.start()
    }

    /// Hands a batch to the writer; false once the writer has given up.
    private func put(_ batch: [Line]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch in file order, or nil after the last.
    func next() -> [Line]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    /// Stops the decoding thread early (the writer failed) and waits for it to end.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }

    /// Waits for the decoding thread to end after the last batch was read.
    func wait() {
        done.wait()
    }
}
