/// The answers to a pack's questions: one slot per question, filled or not.
///
/// Made by `RulePack.answers(parsing:file:)` or `RulePack.answers(_:)`; the same answers always
/// give the same slots, whatever order they were given in.
public struct Answers: Sendable {
  let questionIDs: [String]
  private(set) var values: [Value]
  /// Each answer as the evaluation machine holds it, kept beside `values` so that evaluation
  /// copies numbers instead of switching over values: numbers as they are, truth values as 0 or 1,
  /// choices as their index; NaN for unanswered questions, and for text unless `encodedFor` says
  /// which pack's text ids it holds.
  private(set) var encoded: [Double]
  /// The pack whose text ids `encoded` holds for text answers, if any.
  private(set) var encodedFor: PackIdentity?
  /// Where each answer came from, by question index, when it was read from text. Sparse, so that
  /// answers built in code or from JSON carry nothing for it.
  var origins: [Int: SourceRange] = [:]

  init(questionIDs: [String]) {
    self.questionIDs = questionIDs
    self.values = Array(repeating: .unknown, count: questionIDs.count)
    self.encoded = Array(repeating: .nan, count: questionIDs.count)
  }

  /// Sets one question's answer (`.unknown` clears it); a text answer's encoding is left to `bind`.
  mutating func set(_ index: Int, _ value: Value) {
    values[index] = value
    switch value {
    case .number(let x): encoded[index] = x
    case .bool(let b): encoded[index] = b ? 1 : 0
    case .choice(let c): encoded[index] = Double(c)
    case .unknown: encoded[index] = .nan
    case .text:
      encoded[index] = .nan
      encodedFor = nil  // the text ids no longer cover every text answer
    }
  }

  /// Encodes every text answer as a pack's text id, so that evaluating with that pack never
  /// reads the text itself.
  mutating func bind(to identity: PackIdentity, textID: (String, Int) -> Double) {
    for i in values.indices {
      if case .text(let s) = values[i] { encoded[i] = textID(s, i) }
    }
    encodedFor = identity
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
