/// How a slot's value is held in the evaluation machine's frame of `Double`s.
enum SlotKind: Sendable, Hashable {
  /// A number; unknown is NaN.
  case number
  /// A truth value: 0 false, 1 true, 0.5 unknown (so `and` is `min`, `or` is `max`, `not` is `1 - x`).
  case boolean
  /// A choice as its option index; unknown is NaN.
  case choice
  /// Text: not held in the frame; expressions that touch text run on the reference evaluator.
  case text

  init(_ type: QuestionType) {
    switch type {
    case .integer, .number, .percent: self = .number
    case .boolean: self = .boolean
    case .choice: self = .choice
    case .text: self = .text
    }
  }

  init(_ type: ValueType) {
    switch type {
    case .number: self = .number
    case .boolean: self = .boolean
    case .choice: self = .choice
    case .text, .list, .invalid: self = .text
    }
  }

  /// The frame encoding of a value of this kind; text becomes its id in `texts`, or -1.
  func encode(_ value: Value, texts: TextIDTable) -> Double {
    switch value {
    case .number(let x): return x
    case .bool(let b): return b ? 1 : 0
    case .choice(let i): return Double(i)
    case .text(let s): return Double(texts.id(of: s) ?? -1)
    case .unknown: return self == .boolean ? 0.5 : .nan
    }
  }

  /// The value a frame entry of this kind stands for.
  func decode(_ x: Double) -> Value {
    switch self {
    case .number: return x.isNaN ? .unknown : .number(x)
    case .choice: return x.isNaN ? .unknown : .choice(Int(x))
    case .boolean: return x == 0.5 ? .unknown : .bool(x == 1)
    case .text: return .unknown
    }
  }
}
