/// An answer older than its question's `max_age` on the day of the assessment: counted as unknown,
/// and listed so the founder checks it again (models drift, platforms change).
public struct AnswerToRecheck: Codable, Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// The question in plain words.
  public var ask: String
  /// The day the answer was true: the questionnaire's `as_of`.
  public var asOf: CalendarDate
  /// How old the answer was on the day of the assessment, in days.
  public var ageDays: Int
  /// How many days the pack trusts an answer to this question.
  public var maxAgeDays: Int

  /// Makes an entry.
  /// - Parameters:
  ///   - question: The question's id.
  ///   - ask: The question in plain words.
  ///   - asOf: The day the answer was true.
  ///   - ageDays: Its age on the day of the assessment, in days.
  ///   - maxAgeDays: How many days the pack trusts it.
  public init(question: String, ask: String, asOf: CalendarDate, ageDays: Int, maxAgeDays: Int) {
    self.question = question
    self.ask = ask
    self.asOf = asOf
    self.ageDays = ageDays
    self.maxAgeDays = maxAgeDays
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case question, ask
    case asOf = "as_of"
    case ageDays = "age_days"
    case maxAgeDays = "max_age_days"
  }

  /// "Answer again with today's figure: What is your monthly churn? [monthly_churn_percent] (your
  /// answer is from 2026-06-01, 182 days before this assessment; it is trusted for 90 days, so it
  /// counts as unknown until you answer again)": the next step every format lists first, before
  /// the fixes, since the stage and the findings wait on it.
  var step: String {
    let ask = self.ask.isEmpty ? question : "\(self.ask) [\(question)]"
    return
      "Answer again with today's figure: \(ask) (your answer is from \(asOf), \(ageDays) days before this assessment; it is trusted for \(maxAgeDays) days, so it counts as unknown until you answer again)"
  }
}
