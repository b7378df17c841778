import TestSupport
import Testing
@testable import SachSong
import SachSongSample

/// The per-column cache of list matches must give exactly what matching gives, whatever the
/// order of values (same lengths, evictions, values longer than it keeps).
@Suite("Recent list matches")
struct RecentMatchesTests {
    @Test("Random streams of spellings over a real code list: cached match equals the matcher's")
    func sameAsMatching() {
        let rules = FixtureSupport.rules
        let values = [
            "Nam", "Nữ", "nu", "NAM", "Nu ", "Kinh", "Tày", "Khác", "Đang học", "đang học", "Nữa", "Nan", "F", "M",
            "Mức 2", "Mức độ 2", "2", "3", "x", "", "Một giá trị rất dài hơn ba mươi hai byte để không được giữ",
            "Hoa", "Hoà", "Hòa"
        ]
        let lists = ["gioi_tinh", "dan_toc", "trang_thai_hoc_sinh", "muc_vneid"].compactMap { rules.matchers[$0] }
        #expect(lists.count >= 2)
        var generator = SplitMix64(seed: 5)
        for matcher in lists {
            let cache = RecentMatches(columns: 3)
            defer { cache.deallocate() }
            for _ in 0..<4000 {
                let value = values[Int.random(in: 0..<values.count, using: &generator)]
                let column = Int.random(in: 0..<3, using: &generator)
                let bytes = Array(value.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    let direct = ValueMatcher.pack(matcher.match(buffer))
                    let cached = cache.match(buffer, column: column) { ValueMatcher.pack(matcher.match(buffer)) }
                    #expect(cached == direct, "«\(value)» in \(matcher.list.id)")
                }
            }
        }
    }
}
