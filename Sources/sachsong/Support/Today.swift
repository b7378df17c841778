import Foundation
import SachSong

/// Today's date in Vietnam (UTC+7), the default reference date.
enum Today {
    static func inVietnam() -> SimpleDate {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return SimpleDate(dayNumber: seconds / 86_400)
    }
}
