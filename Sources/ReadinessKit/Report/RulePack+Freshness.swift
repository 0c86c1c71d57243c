extension RulePack {
  /// Assesses answers on a given day: an answer to a question with a `max_age` counts as unknown
  /// when the questionnaire's `as_of` date is more than that many days before `today`, and the
  /// report lists it in `recheck`. Without an `as_of` date, or without `today`, this is
  /// `assess(_:range:)`: the library never reads the clock, so a report depends only on its inputs.
  /// - Parameters:
  ///   - answers: The answers, made by this pack or by one whose questions they fit.
  ///   - today: The day of the assessment.
  ///   - range: Whether to work out the score and stage range over the open questions (the answers
  ///     too old to trust among them), as `assess(_:range:)` does.
  /// - Returns: The report.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's questions.
  public func assess(_ answers: Answers, on today: CalendarDate?, range: Bool = false) throws(DiagnosticsError)
    -> Report
  {
    guard let today, let asOf = answers.asOf else { return try assess(answers, range: range) }
    let age = today.dayNumber - asOf.dayNumber
    var fresh = try adopted(answers)
    var stale: [AnswerToRecheck] = []
    for (i, question) in questions.enumerated() {
      guard let maxAge = question.maxAge, age > maxAge, fresh.value(at: i) != .unknown else { continue }
      fresh.set(i, .unknown)
      stale.append(
        AnswerToRecheck(question: question.id, ask: question.ask, asOf: asOf, ageDays: age, maxAgeDays: maxAge))
    }
    guard !stale.isEmpty else { return try assess(answers, range: range) }
    fresh.bind(to: identity, textID: encodedText)
    var report = try assess(fresh, range: range)
    report.recheck = stale
    return report
  }
}
