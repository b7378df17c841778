import Foundation
import SachSong

/// What every section of the HTML report needs: the report, the options, and the facts derived
/// from them (district rates, how a rate stands against its criterion's bands, which exports feed
/// a criterion).
struct ReportPage {
    let report: IndicatorReport
    let options: HTMLReportRenderer.Options

    var criteria: [Criterion] { report.spec.criteria }
    var mask: PersonalDataMask { options.mask }
    var maxTotal: Double { criteria.reduce(0) { $0 + $1.maxPoints } }

    var title: String {
        let place = options.source.map { " — " + Self.fileName($0) } ?? ""
        return "Báo cáo dữ liệu số trường học\(place) · \(report.asOf)"
    }

    func districtRate(_ criterion: Criterion) -> Double? {
        IndicatorRenderer.districtRate(report, criterion)
    }

    /// How a criterion's figure stands: full points, some points, none, or no figure.
    enum Level: String {
        case full, partial, low, none

        var label: String {
            switch self {
            case .full: return "Đạt điểm tối đa"
            case .partial: return "Đạt một phần"
            case .low: return "Chưa đạt ngưỡng"
            case .none: return "Không có dữ liệu"
            }
        }
    }

    func level(_ criterion: Criterion, rate: Double?) -> Level {
        guard let points = criterion.points(for: rate) else { return .none }
        if points + 1e-9 >= criterion.maxPoints { return .full }
        return points > 0 ? .partial : .low
    }

    /// The record types whose exports feed a criterion: a problem in one of them may lower it.
    func recordTypes(of criterion: Criterion) -> Set<String> {
        var types: Set<String> = []
        for indicator in criterion.indicators {
            switch indicator.kind {
            case .records(let recordType, _, _):
                types.insert(recordType)
            case .activityCollected(let systemField):
                types.insert(report.spec.log.recordType)
                if let systemField, let rules = options.rules {
                    for type in rules.recordTypes where type.field(systemField) != nil { types.insert(type.id) }
                }
            case .activeUsers:
                types.insert(report.spec.log.recordType)
                for roster in report.spec.rosters { types.insert(roster.recordType) }
            }
        }
        return types
    }

    /// The criteria a problem in an export of this record type may lower.
    func criteria(affectedBy recordType: String?) -> [Criterion] {
        guard let recordType else { return [] }
        return criteria.filter { recordTypes(of: $0).contains(recordType) }
    }

    /// "Học sinh" for `hoc_sinh`, when the rules are known.
    func recordTypeName(_ id: String?) -> String? {
        guard let id else { return nil }
        return options.rules?.recordType(id)?.name ?? id
    }

    /// The share of schools whose criterion rate reaches the top band.
    func schoolsAtTop(_ criterion: Criterion) -> Int? {
        criterion.bands.first.map { report.schoolsReaching(criterion.id, $0.minRate) }
    }

    static func fileName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.isEmpty ? path : name
    }

    /// The anchor of a school's section.
    static func anchor(_ school: SchoolIndicators) -> String {
        HTMLText.anchor("truong-", school.id)
    }
}
