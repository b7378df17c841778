import Foundation
import SachSong
import SachSongServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// `make bench-serve`: the office's pages at the size of a city. A store of SCHOOLS schools in
// GROUPS wards with SUBMISSIONS weekly submissions each (made-up figures), the service started on
// loopback, then CLIENTS analysts asking at once for the dashboard and the total's trend for
// SECONDS seconds each. Prints the store's size and the latencies (p50, p95, max).
//
// Usage: sachsong-serve-bench RULES_DIR [SCHOOLS] [SUBMISSIONS] [GROUPS] [CLIENTS] [SECONDS]

/// A line on standard output, written at once (a pipe would hold it until the end).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("dùng: sachsong-serve-bench THƯ_MỤC_QUY_TẮC [trường] [lần nộp] [nhóm] [người dùng] [giây]\n".utf8))
    exit(64)
}
func number(_ index: Int, _ fallback: Int) -> Int { arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }
let schools = number(2, 2500)
let submissions = number(3, 20)
let groups = number(4, 80)
let clients = number(5, 20)
let seconds = number(6, 15)

let rules = CompiledRules(try RuleSetLoader.load(directory: arguments[1]))
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-serve-bench-\(UUID().uuidString)").path
defer { try? FileManager.default.removeItem(atPath: folder) }
let store = try ServeStore(folder: folder, create: true)

var start = Date()
try SyntheticCity(schools: schools, submissions: submissions, groups: groups).write(into: store, spec: rules.ruleSet.criteria)
let seeding = Date().timeIntervalSince(start)
try store.checkpoint()
let bytes = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + ServeStore.fileName)[.size] as? Int) ?? 0
let perThousandYear = Double(bytes) / Double(schools) * 1000 / Double(submissions) * 52
say("Kho: \(schools) trường × \(submissions) lần nộp = \(schools * submissions) bài nộp, ghi trong \(String(format: "%.1f", seeding)) s")
say(
    "Dung lượng SQLite: \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB; "
        + "≈ \(String(format: "%.0f", perThousandYear / 1_048_576)) MB cho 1.000 trường × 52 lần nộp hằng tuần (chỉ số, chưa tính phát hiện)")

let book = AccountBook(store: store, cost: 4)
_ = try book.add(name: "so", role: .analyst)
let token = try book.addToken(account: "so")

// A free port on loopback.
let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
var address = sockaddr_in()
address.sin_family = sa_family_t(AF_INET)
address.sin_addr.s_addr = inet_addr("127.0.0.1")
var length = socklen_t(MemoryLayout<sockaddr_in>.size)
_ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) } }
_ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) } }
let port = Int(UInt16(bigEndian: address.sin_port))
close(socketFD)

var settings = ServeSettings()
settings.port = port
settings.requestsPerMinute = 1_000_000
let app = ServeApp(store: store, rules: rules, settings: settings, bcryptCost: 4)
Task.detached { try await app.application().runService() }

/// One request's time, in milliseconds; nil when it failed.
func fetch(_ path: String) async -> Double? {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
    let began = Date()
    guard let (_, response) = try? await URLSession.shared.data(for: request), (response as? HTTPURLResponse)?.statusCode == 200 else {
        return nil
    }
    return Date().timeIntervalSince(began) * 1000
}

let done = DispatchSemaphore(value: 0)
Task.detached {
    for _ in 0..<100 where await fetch("/static/style.css") == nil { try? await Task.sleep(for: .milliseconds(100)) }
    // The first request after a change of the store computes the figures (cold); the others share them.
    for path in ["/dashboard", "/trend"] {
        let cold = await fetch(path) ?? .nan
        say("\(path): lần đầu (tính lại sau mỗi bài nộp mới) \(String(format: "%.0f", cold)) ms")
    }
    say("Máy chủ: 127.0.0.1:\(port); \(clients) người dùng đồng thời, mỗi trang \(seconds) s")
    say("trang                    yêu cầu    lỗi   p50 ms   p95 ms   max ms")
    for path in ["/dashboard", "/trend"] {
        let deadline = Date().addingTimeInterval(Double(seconds))
        let results = await withTaskGroup(of: [Double?].self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var times: [Double?] = []
                    while Date() < deadline { times.append(await fetch(path)) }
                    return times
                }
            }
            var all: [Double?] = []
            for await part in group { all += part }
            return all
        }
        let times = results.compactMap { $0 }.sorted()
        func percentile(_ p: Double) -> Double { times.isEmpty ? .nan : times[min(times.count - 1, Int(Double(times.count) * p))] }
        say(
            path.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9d %6d %8.0f %8.0f %8.0f", results.count, results.count - times.count, percentile(0.5), percentile(0.95), times.last ?? .nan)
        )
    }
    done.signal()
}
done.wait()
