/// The answers to a pack's questions: one slot per question, filled or not.
///
/// Made by `RulePack.answers(parsing:file:)` or `RulePack.answers(_:)`; the same answers always
/// give the same slots, whatever order they were given in.
public struct Answers: @unchecked Sendable {
  /// Everything, in one heap object (see `AnswersStorage`), copied before a change when shared;
  /// that is also why `Answers` is safely `Sendable` although the storage class cannot say so.
  private var storage: AnswersStorage

  init(schema: QuestionnaireSchema) {
    storage = AnswersStorage.make(schema: schema)
  }

  /// What the answers were made for, shared with the pack that made them.
  var schema: QuestionnaireSchema { storage.header.schema }
  /// The question ids, shared with the pack that made the answers.
  var questionIDs: [String] { storage.header.schema.ids }
  /// How each question's answer is held, shared with the pack that made the answers.
  var kinds: [SlotKind] { storage.header.schema.kinds }
  /// The text answers, by question index, in index order.
  var texts: [(index: Int, text: String)] { storage.header.texts }
  /// The pack whose text ids the encoded answers hold for text answers, if any.
  var encodedFor: PackIdentity? { storage.header.encodedFor }
  /// Where each answer came from, by question index, when it was read from text. Sparse, so that
  /// answers built in code or from JSON carry nothing for it.
  var origins: [Int: SourceRange] { storage.header.origins }
  /// The questionnaire line that dates the answers, `as_of = YYYY-MM-DD`, unless a pack asks a
  /// question of that name.
  public static let asOfKey = "as_of"

  /// The day the answers were true, from the questionnaire's `as_of = YYYY-MM-DD` line (not a
  /// question: every questionnaire may have one); `nil` when it has none.
  public var asOf: CalendarDate? { storage.header.asOf?.date }
  /// Where the `as_of` date was read from, if it came from text.
  public var asOfOrigin: SourceRange? { storage.header.asOf?.origin }

  /// Sets the `as_of` date (`nil` clears it).
  mutating func setAsOf(_ date: CalendarDate?, origin: SourceRange?) {
    makeUnique()
    storage.header.asOf = date.map { ($0, origin) }
  }

  /// How many questions have an answer (defaults do not count).
  public var count: Int { storage.header.count }

  /// Calls `body` with each answer as the evaluation machine holds it: numbers as they are, truth
  /// values as 0 or 1, choices as their index; NaN for unanswered questions, and for text unless
  /// `encodedFor` says which pack's text ids it holds.
  func withEncoded<Result>(_ body: (UnsafeBufferPointer<Double>) -> Result) -> Result {
    storage.withUnsafeMutablePointerToElements {
      body(UnsafeBufferPointer(start: $0, count: storage.header.schema.ids.count))
    }
  }

  /// The answer to question `index`, or `.unknown`.
  func value(at index: Int) -> Value {
    let x = storage.withUnsafeMutablePointerToElements { $0[index] }
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
  var values: [Value] { kinds.indices.map(value(at:)) }

  /// Copies the storage if another `Answers` shares it, so that a change stays local.
  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// Sets one question's answer (`.unknown` clears it); a text answer's encoding is left to `bind`.
  /// The value must be of the question's kind, as the pack's conversions make it.
  mutating func set(_ index: Int, _ value: Value) {
    makeUnique()
    let answered = isAnswered(index)
    let encoded: Double
    switch value {
    case .number(let x): encoded = x
    case .bool(let b): encoded = b ? 1 : 0
    case .choice(let c): encoded = Double(c)
    case .unknown, .text: encoded = .nan
    }
    storage.withUnsafeMutablePointerToElements { $0[index] = encoded }
    storage.header.count += (value != .unknown ? 1 : 0) - (answered ? 1 : 0)
    if kinds[index] == .text, let k = storage.header.texts.firstIndex(where: { $0.index == index }) {
      storage.header.texts.remove(at: k)
    }
    if case .text(let s) = value {
      let k = storage.header.texts.firstIndex { $0.index > index } ?? storage.header.texts.endIndex
      storage.header.texts.insert((index, s), at: k)
      storage.header.encodedFor = nil  // the text ids no longer cover every text answer
    }
  }

  /// Sets the answer of a question that has none yet, as `set` would, in one access to the
  /// storage: what the batch reader does for each question a line answers (at most once each).
  mutating func setUnanswered(_ index: Int, _ value: Value) {
    makeUnique()
    storage.withUnsafeMutablePointers { header, encoded in
      switch value {
      case .unknown: return
      case .number(let x): encoded[index] = x
      case .bool(let b): encoded[index] = b ? 1 : 0
      case .choice(let c): encoded[index] = Double(c)
      case .text(let s):
        let k = header.pointee.texts.firstIndex { $0.index > index } ?? header.pointee.texts.endIndex
        header.pointee.texts.insert((index, s), at: k)
        header.pointee.encodedFor = nil  // the text ids no longer cover every text answer
      }
      header.pointee.count += 1
    }
  }

  /// Records where question `index`'s answer was read from (`nil`: nowhere).
  mutating func setOrigin(_ index: Int, _ range: SourceRange?) {
    makeUnique()
    storage.header.origins[index] = range
  }

  /// Encodes every text answer as a pack's text id, so that evaluating with that pack never
  /// reads the text itself.
  mutating func bind(to identity: PackIdentity, textID: (String, Int) -> Double) {
    makeUnique()
    let texts = storage.header.texts
    storage.withUnsafeMutablePointerToElements { encoded in
      for item in texts { encoded[item.index] = textID(item.text, item.index) }
    }
    storage.header.encodedFor = identity
  }

  /// Whether question `index` has an answer.
  private func isAnswered(_ index: Int) -> Bool {
    kinds[index] == .text
      ? texts.contains { $0.index == index } : !storage.withUnsafeMutablePointerToElements { $0[index] }.isNaN
  }

  /// The ids of the answered questions, in the pack's question order.
  public var answeredIDs: [String] {
    kinds.indices.compactMap { value(at: $0) == .unknown ? nil : questionIDs[$0] }
  }

  /// Where an answer was read from, if it came from text.
  /// - Parameter id: A question id.
  /// - Returns: The range of the answer's value in its file, or `nil`.
  public func origin(of id: String) -> SourceRange? {
    guard let index = schema.index[id] else { return nil }
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
    lhs.schema.hasSameQuestions(as: rhs.schema) && lhs.values == rhs.values
  }
}
