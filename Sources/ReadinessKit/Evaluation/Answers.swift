/// The answers to a pack's questions: one slot per question, filled or not.
///
/// Made by `RulePack.answers(parsing:file:)` or `RulePack.answers(_:)`; the same answers always
/// give the same slots, whatever order they were given in.
public struct Answers: Sendable {
  let questionIDs: [String]
  var values: [Value]
  /// Where each answer came from, when it was read from text.
  var origins: [SourceRange?]

  init(questionIDs: [String]) {
    self.questionIDs = questionIDs
    self.values = Array(repeating: .unknown, count: questionIDs.count)
    self.origins = Array(repeating: nil, count: questionIDs.count)
  }

  /// How many questions have an answer (defaults do not count).
  public var count: Int {
    var n = 0
    for value in values where value != .unknown { n += 1 }
    return n
  }

  /// The ids of the answered questions, in the pack's question order.
  public var answeredIDs: [String] {
    zip(questionIDs, values).compactMap { $0.1 == .unknown ? nil : $0.0 }
  }

  /// Where an answer was read from, if it came from text.
  /// - Parameter id: A question id.
  /// - Returns: The range of the answer's value in its file, or `nil`.
  public func origin(of id: String) -> SourceRange? {
    guard let index = questionIDs.firstIndex(of: id) else { return nil }
    return origins[index]
  }
}

extension Answers: Equatable {
  /// Answers are equal when the same questions have the same values; where they came from does not count.
  /// - Parameters:
  ///   - lhs: The first answers.
  ///   - rhs: The second answers.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Answers, rhs: Answers) -> Bool {
    lhs.questionIDs == rhs.questionIDs && lhs.values == rhs.values
  }
}
