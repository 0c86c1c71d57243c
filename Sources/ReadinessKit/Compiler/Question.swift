/// Something the questionnaire asks, with the type and range its answer must have.
public struct Question: Sendable {
  /// The question's id: the key in questionnaire files and the name in expressions.
  public let id: String
  /// The question in plain words.
  public let ask: String
  /// The answer's type.
  public let type: QuestionType
  /// The smallest allowed answer, for numeric types.
  public let minimum: Double?
  /// The largest allowed answer, for numeric types.
  public let maximum: Double?
  /// The options of a choice question, in order.
  public let choices: [String]
  /// The category the question belongs to, if any (its `section`).
  public let category: String?
  /// How to count or estimate the answer.
  public let help: String?
  /// A short name for reports, such as "Price per customer" (`label`); reports show the id
  /// without one.
  public let label: String?
  /// How its numbers read (`unit`): `#` stands for the number (`$# a month`, `# hours a week`);
  /// without `#` the unit follows the number.
  public let unit: String?
  /// The condition under which the question is asked, as written.
  public let askIf: String?
  /// The value used when the question is not answered.
  public let defaultValue: AnswerValue?
  /// Where the question is defined.
  public let location: SourceRange
  /// How many days an answer stays true (`max_age = 90d`, `12w`): assessed later than that after
  /// the questionnaire's `as_of` date, it counts as unknown and is listed to re-check. `nil`: for
  /// ever.
  public let maxAge: Int?
  /// About how many hours it takes to change the answer (`effort`: hours, or `low`, `medium`,
  /// `high` for 1, 4 and 16 hours), if the pack says: what a plan minimises.
  public let effort: Double?
  /// Whether the answer is an outcome a founder cannot set directly, such as paying customers
  /// (`milestone = true`): a plan shows it as a milestone to reach, not an answer to type.
  public let milestone: Bool
  /// How a plan's change to the answer reads as work to do (`step`), such as "Hold {to} customer
  /// conversations": `{to}` is the new answer and `{from}` the current one, with their units, and
  /// `{change}` the difference between them (numeric questions only). `nil`: a plan names the
  /// answer to set ("Set Upkeep to 15 hours a week").
  public let step: String?
  /// How far one plan may move a numeric answer (`plan_factor`): at most this many times the
  /// current answer, and at least the current answer divided by it, so that a plan proposes a
  /// change a founder can make in one go (a price of $59 raised at most to $177 with 3), not any
  /// value past a threshold. `nil`: any answer in the question's range; no bound on an answer of 0
  /// or an open question.
  public let planFactor: Double?
  /// The one way a plan may move a numeric answer (`plan_direction = up` or `down`), for an
  /// outcome that only counts one way: a plan never proposes fewer paying customers, even where
  /// fewer would lift the stage. `nil`: either way.
  public let planDirection: PlanDirection?

  let askIfCompiled: CompiledExpression?
  let defaultSlotValue: Value?

  /// Days in a `max_age`: `90d`, `12w`; `nil` for anything else, or outside 1 day to 100 years.
  static func days(_ text: String) -> Int? {
    guard let unit = text.last, unit == "d" || unit == "w", text.count <= 8,
      let number = Int(text.dropLast()), text.first?.isNumber == true
    else { return nil }
    let days = number * (unit == "w" ? 7 : 1)
    return (1...36_500).contains(days) ? days : nil
  }

  /// The hours `effort` words stand for, so that a pack can estimate roughly without inventing
  /// a number.
  public static let effortWords: [(word: String, hours: Double)] = [("low", 1), ("medium", 4), ("high", 16)]

  /// The ways a `plan_direction` may say a plan moves an answer.
  public enum PlanDirection: String, Sendable, CaseIterable {
    /// Only to larger answers.
    case up
    /// Only to smaller answers.
    case down
  }

  /// The effort a plan counts for a question whose pack gives none: `medium`.
  public static let defaultEffort = 4.0

  /// The holes a `step` may hold, and whether each needs a numeric question.
  static let stepHoles: [(name: String, numeric: Bool)] = [("to", false), ("from", false), ("change", true)]

  /// The `effort` of a question no plan changes, because it says what the project is rather than
  /// how it is doing (the kind of project): infinite hours.
  public static let fixedEffortWord = "fixed"

  /// Hours in an `effort`: a number of hours from 0 to 10,000, `low`, `medium`, `high`, or
  /// `fixed` (infinite: no plan changes it); `nil` for anything else.
  static func effortHours(_ text: String) -> Double? {
    if text == fixedEffortWord { return .infinity }
    if let pair = effortWords.first(where: { $0.word == text }) { return pair.hours }
    guard let v = parseNumber(Substring(text)), v.isFinite, v >= 0, v <= 10_000 else { return nil }
    return v
  }

  /// The hours a plan counts to change its answer: its `effort`, or `defaultEffort`; infinite for
  /// a `fixed` question, which no plan changes.
  public var planEffort: Double { effort ?? Question.defaultEffort }

  /// Its short name in reports: its label, or its id.
  public var shownName: String { label ?? id }

  /// The expected form with range or choices: what a prompt or template shows.
  public var expectedForm: String {
    switch type {
    case .choice: return "one of: " + choices.joined(separator: ", ")
    case .boolean, .text: return type.expectedForm
    case .integer, .number, .percent:
      let low = minimum.map(Expression.format)
      let high = maximum.map(Expression.format)
      switch (low, high) {
      case (let l?, let h?): return "\(type.expectedForm), \(l) to \(h)"
      case (let l?, nil): return "\(type.expectedForm), at least \(l)"
      case (nil, let h?): return "\(type.expectedForm), at most \(h)"
      case (nil, nil): return type.expectedForm
      }
    }
  }
}
