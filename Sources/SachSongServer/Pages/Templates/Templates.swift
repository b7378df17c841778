/// Every template of the service, by name. Each page fills the layout's `body` block
/// (Mustache template inheritance).
enum Templates {
    static let all: [String: String] = [
        "layout": layout, "error": error, "signin": signIn, "password": password, "home": home,
        "submission": submission, "pending": pending, "explain": explain, "school": school,
        "historyTable": historyTable, "dashboard": dashboard, "moved": moved, "movedTable": movedTable, "wrapped": wrapped, "trend": trend,
        "trendBody": trendBody,
        "reminders": reminders
    ]
}
