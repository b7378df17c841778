/// Which schools an account may see: its own (school), those of its group (analyst with a
/// group), or all (admin, analyst without a group). Another school's resources answer 404, as
/// if they were not there.
struct Scope {
    let account: Account
    let store: any ServeStorage

    func maySee(school code: String) throws -> Bool {
        switch account.role {
        case .admin: return true
        case .school: return account.schoolCode == code
        case .analyst:
            guard let group = account.groupID else { return true }
            return try store.school(code)?.groupID == group
        }
    }

    /// The group an analyst is limited to, if any.
    var group: String? { account.role == .analyst ? account.groupID : nil }

    /// The submission `id` when it exists and the account may see it; 404 otherwise.
    func submission(_ id: String, desk: SubmissionDesk) throws -> StoredSubmission {
        guard let stored = try desk.stored(id: id), try maySee(school: stored.schoolCode) else { throw APIRefusal.notFound }
        return stored
    }
}
