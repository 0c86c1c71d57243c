/// The answers to a pack's questions: one slot per question, filled or not.
///
/// Made by `RulePack.answers(parsing:file:)` or `RulePack.answers(_:)`; the same answers always
/// give the same slots, whatever order they were given in.
public struct Answers: Sendable {
  let questionIDs: [String]
  /// How each question's answer is held, shared with the pack that made the answers.
  let kinds: [SlotKind]
  /// Each answer as the evaluation machine holds it, so that evaluation copies numbers instead of
  /// switching over values: numbers as they are, truth values as 0 or 1, choices as their index;
  /// NaN for unanswered questions, and for text unless `encodedFor` says which pack's text ids it
  /// holds. With `kinds` and `texts` it is the only copy of the answers, which keeps a
  /// questionnaire small: evaluating many of them reads little memory.
  private(set) var encoded: [Double]
  /// The text answers, by question index, in index order.
  private(set) var texts: [(index: Int, text: String)] = []
  /// The pack whose text ids `encoded` holds for text answers, if any.
  private(set) var encodedFor: PackIdentity?
  /// How many questions have an answer (defaults do not count).
  public private(set) var count = 0
  /// Where each answer came from, by question index, when it was read from text. Sparse, so that
  /// answers built in code or from JSON carry nothing for it.
  var origins: [Int: SourceRange] = [:]

  init(questionIDs: [String], kinds: [SlotKind]) {
    self.questionIDs = questionIDs
    self.kinds = kinds
    self.encoded = Array(repeating: .nan, count: questionIDs.count)
  }

  /// The answer to question `index`, or `.unknown`.
  func value(at index: Int) -> Value {
    let x = encoded[index]
    switch kinds[index] {
    case .text:
      for item in texts where item.index == index { return .text(item.text) }
      return .unknown
    case .number: return x.isNaN ? .unknown : .number(x)
    case .boolean: return x.isNaN ? .unknown : .bool(x == 1)
    case .choice: return x.isNaN ? .unknown : .choice(Int(x))
    }
  }

  /// Every answer, in question order.
  var values: [Value] { encoded.indices.map(value(at:)) }

  /// Sets one question's answer (`.unknown` clears it); a text answer's encoding is left to `bind`.
  /// The value must be of the question's kind, as the pack's conversions make it.
  mutating func set(_ index: Int, _ value: Value) {
    if isAnswered(index) { count -= 1 }
    if value != .unknown { count += 1 }
    if kinds[index] == .text, let k = texts.firstIndex(where: { $0.index == index }) { texts.remove(at: k) }
    switch value {
    case .number(let x): encoded[index] = x
    case .bool(let b): encoded[index] = b ? 1 : 0
    case .choice(let c): encoded[index] = Double(c)
    case .unknown: encoded[index] = .nan
    case .text(let s):
      encoded[index] = .nan
      texts.insert((index, s), at: texts.firstIndex { $0.index > index } ?? texts.endIndex)
      encodedFor = nil  // the text ids no longer cover every text answer
    }
  }

  /// Encodes every text answer as a pack's text id, so that evaluating with that pack never
  /// reads the text itself.
  mutating func bind(to identity: PackIdentity, textID: (String, Int) -> Double) {
    for item in texts { encoded[item.index] = textID(item.text, item.index) }
    encodedFor = identity
  }

  /// Whether question `index` has an answer.
  private func isAnswered(_ index: Int) -> Bool {
    kinds[index] == .text ? texts.contains { $0.index == index } : !encoded[index].isNaN
  }

  /// The ids of the answered questions, in the pack's question order.
  public var answeredIDs: [String] {
    encoded.indices.compactMap { value(at: $0) == .unknown ? nil : questionIDs[$0] }
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
