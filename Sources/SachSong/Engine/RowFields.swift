/// The fields the row checks read, resolved once per file to slots, columns and code-list
/// entries, so that no row pays for a lookup by name. A class: the row checks read it every row,
/// and a struct of a dozen column references would be copied (and retained) each time.
final class RowFields {
    /// A field of the record type as this file has it.
    struct Ref {
        let slot: Int
        /// Nil when the file has no column for it.
        let column: ColumnPlan?
    }

    var birth: Ref?
    var identityID: Ref?
    var identityBirth: Ref?
    var identityGender: Ref?
    var nationality: Ref?
    var cardIssued: Ref?
    var card: Ref?
    var vneid: Ref?
    /// Entry of the card field's list meaning "no card", and of the VNeID list meaning level 2.
    var cardNo = -1
    var vneidLevel2 = -1
    /// Slots of the fields naming the place of birth registration that the file has.
    var birthRegistration: [Int] = []
    var grade: Ref?
    var className: Ref?
    var status: Ref?
    var statusClass: Ref?
    /// Entry index → true when that status means the person has left.
    var leftStatuses: [Bool] = []
    var retirementBirth: Ref?
    var retirementGender: Ref?
    var retirementStatus: Ref?
    /// Entry index → true when that status means "working".
    var workingStatuses: [Bool] = []
    /// Entry index of the gender list → gender.
    var genders: [Gender?] = []

    /// The field holding a record's birth date: the identity's, else the age check's, else the
    /// retirement rule's.
    static func birthField(of type: RecordType) -> String? {
        type.identity?.birthDate ?? type.ageGrade?.birthDate ?? type.retirement?.birthDate
    }

    init(type: RecordType, slots: [String: Int], columns: [String: ColumnPlan]) {
        func ref(_ id: String?) -> Ref? {
            guard let id, let slot = slots[id] else { return nil }
            return Ref(slot: slot, column: columns[id])
        }
        func flags(_ ref: Ref?, _ values: [String]) -> [Bool] {
            guard let matcher = ref?.column?.matcher else { return [] }
            return matcher.list.entries.map { values.contains($0.value) }
        }
        birth = ref(Self.birthField(of: type))
        if let identity = type.identity {
            identityID = ref(identity.citizenID)
            identityBirth = ref(identity.birthDate)
            identityGender = ref(identity.gender)
            nationality = ref(identity.nationality)
            cardIssued = ref(identity.issueDate)
            card = ref(identity.card)
            vneid = ref(identity.vneid)
            cardNo = card?.column?.matcher?.list.entries.firstIndex { $0.value == "Không" } ?? -1
            vneidLevel2 = vneid?.column?.matcher?.list.entries.firstIndex { $0.value == "Mức 2" } ?? -1
            birthRegistration = identity.birthRegistration.compactMap { id in columns[id] != nil ? slots[id] : nil }
        }
        if let rule = type.ageGrade {
            grade = ref(rule.grade)
            className = ref(rule.className)
        }
        if let rule = type.status {
            status = ref(rule.field)
            statusClass = ref(rule.className)
            leftStatuses = flags(status, rule.left)
        }
        if let rule = type.retirement {
            retirementBirth = ref(rule.birthDate)
            retirementGender = ref(rule.gender)
            retirementStatus = ref(rule.status)
            workingStatuses = flags(retirementStatus, rule.working)
        }
        let genderColumn = identityGender?.column ?? retirementGender?.column
        if let matcher = genderColumn?.matcher {
            genders = matcher.list.entries.map { Gender(canonical: $0.value) }
        }
    }
}
