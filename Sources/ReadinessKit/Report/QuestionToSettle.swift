/// A question whose answer would settle rules that are still unknown, as every report format lists
/// it under "still unknown".
public struct QuestionToSettle: Codable, Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// The question in plain words.
  public var ask: String
  /// How many unknown rules it helps settle.
  public var rules: Int

  /// Creates an entry.
  /// - Parameters:
  ///   - question: The question's id.
  ///   - ask: The question in plain words.
  ///   - rules: How many unknown rules it helps settle.
  public init(question: String, ask: String, rules: Int) {
    self.question = question
    self.ask = ask
    self.rules = rules
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case question, ask, rules
  }
}
