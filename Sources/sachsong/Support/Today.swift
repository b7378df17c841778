import Foundation
import SachSong

/// Today's date in Vietnam (UTC+7), the default reference date.
enum Today {
    static func inVietnam() -> SimpleDate { ReferenceDate.today() }
}
