import Foundation
import SachSong

/// The indicators of criteria 3.1–3.5 as one self-contained HTML page in Vietnamese: the district
/// summary, a chart per criterion comparing schools with the score thresholds, a sortable table of
/// schools, and for each school its figures and the problems behind every low one.
///
/// The page needs no network: CSS, SVG charts and the few lines of sorting script are inline, and
/// it reads fully without script. Every text from the data is escaped; personal data in example
/// values is masked unless the options reveal it, and the page then says so at the top.
public struct HTMLReportRenderer {
    public struct Options: Sendable {
        /// How example values are shown.
        public var mask: PersonalDataMask
        /// What was checked (a district or school folder), shown in the header and in hints.
        public var source: String?
        /// The day the report was made.
        public var generatedOn: SimpleDate?
        /// The rule profile: record type names, and which record type holds a system field.
        public var rules: RuleSet?

        public init(
            mask: PersonalDataMask = PersonalDataMask(), source: String? = nil, generatedOn: SimpleDate? = nil,
            rules: RuleSet? = nil
        ) {
            self.mask = mask
            self.source = source
            self.generatedOn = generatedOn
            self.rules = rules
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ report: IndicatorReport) -> String {
        let page = ReportPage(report: report, options: options)
        var body = SummarySection(page: page).html
        body += CriterionChart.section(page)
        body += GroupTable(page: page).html
        body += SchoolTable(page: page).html
        body += SchoolSection.all(page)
        body += "<footer class=\"page-footer\"><p>Lập bằng sachsong \(HTMLText.escape(SachSongInfo.version))"
        if let day = options.generatedOn { body += " ngày \(HTMLText.escape(day.description))" }
        body += ". Tệp HTML độc lập: không tải gì từ mạng.</p></footer>\n"
        return HTMLDocument.page(title: page.title, body: body)
    }
}
