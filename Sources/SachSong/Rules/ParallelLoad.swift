import Dispatch
import Foundation

/// Work on independent rule files spread over the cores: each file is parsed on its own, and the
/// results come back in the files' order, so errors are reported as a loop would report them.
enum ParallelLoad {
    /// `body(item, index)` for every item, concurrently; the results in the items' order.
    static func map<T>(_ items: [String], _ body: @Sendable (String, Int) throws -> T) -> [Result<T, Error>] {
        let slots = Slots<T>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, Result { try body(items[i], i) })
        }
        return slots.values.map { $0! }
    }

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
