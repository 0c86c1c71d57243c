/// The messages of building a history (`history.*`).
extension Diagnostic.Message {
  static func historySameDate(_ name: String, _ other: String, date: CalendarDate) -> Self {
    Self(
      code: "history.same-date",
      "'\(name)' and '\(other)' are both dated \(date); a history takes one assessment a day: remove one or correct its date"
    )
  }
}
