/// A loaded rule profile: settings, record types and code lists.
public struct RuleSet: Sendable {
    public var settings: ProfileSettings
    public var recordTypes: [RecordType]
    public var lists: [String: CodeList]
    /// Indicators and scoring (`criteria.yaml`); empty when the profile has none.
    public var criteria: CriteriaSpec = CriteriaSpec()
    /// The folder it was loaded from.
    public var directory: String

    public init(settings: ProfileSettings, recordTypes: [RecordType], lists: [String: CodeList], directory: String) {
        self.settings = settings
        self.recordTypes = recordTypes
        self.lists = lists
        self.directory = directory
    }

    /// The record type with this id.
    public func recordType(_ id: String) -> RecordType? { recordTypes.first { $0.id == id } }
}
