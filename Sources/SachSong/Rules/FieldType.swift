/// The kind of value a field holds; the kind decides which checks apply to it.
public enum FieldType: String, Sendable, CaseIterable {
    /// Free text: only the "sạch" checks.
    case text
    /// A person's full name: text checks plus letter case and stray digits.
    case personName = "person_name"
    /// A calendar date (dd/mm/yyyy and other unambiguous forms).
    case date
    /// A four-digit year.
    case year
    /// A 12-digit personal identification number (or an old CMND).
    case citizenID = "citizen_id"
    /// A Vietnamese phone number.
    case phone
    /// An e-mail address.
    case email
    /// A code of digits (allowed lengths in `digits`).
    case code
    /// One value of a code list (with synonyms).
    case enumeration = "enum"
    /// A whole number (range in `min`/`max`).
    case integer
    /// A decimal number (range in `min`/`max`; comma or dot as decimal mark).
    case number
    /// A school grade, 1–12 ("Khối 6", "6").
    case grade
    /// A class name whose leading number is the grade ("6A1", "12.6").
    case className = "class_name"
    /// A yes/no mark ("x", "Có", "1").
    case flag
    /// A date with a time of day (activity logs).
    case timestamp

    /// True for types whose values are free text written by people (case and spacing matter).
    var isText: Bool { self == .text || self == .personName }

    /// True for types whose every value is judged by its own rule (lists, numbers), not by the
    /// profile's placeholder list.
    var hasOwnValues: Bool { self == .enumeration || self == .flag || self == .integer || self == .number }
}
