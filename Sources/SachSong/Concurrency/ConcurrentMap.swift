import Dispatch
import Foundation

/// Independent pieces of work spread over the cores (files of a run, rule files, key tables),
/// their results returned in the items' order, so that what follows reads as a loop's results.
enum ConcurrentMap {
    /// `body(item, index)` for every item, concurrently; the results in the items' order.
    static func map<Item, T>(_ items: [Item], _ body: @Sendable (Item, Int) throws -> T) -> [Result<T, Error>] {
        let slots = Slots<T>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            let items = UncheckedItems(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: items.buffer.count) { i in
                slots.set(i, Result { try body(items.buffer[i], i) })
            }
        }
        return slots.values.map { $0! }
    }

    /// The items, read (never written) by every worker while `map` waits for them.
    private struct UncheckedItems<Item>: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<Item>
    }

    /// One result slot per item, filled from concurrent workers.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<T, Error>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: Result<T, Error>) {
            lock.lock()
            values[i] = value
            lock.unlock()
        }
    }
}
