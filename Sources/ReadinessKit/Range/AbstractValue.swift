/// Every value an expression can take over a box of answers: the abstract counterpart of `Value`
/// that the range analysis evaluates conditions with.
///
/// One struct for every type rather than an enum, so that joining the branches of an `if` and the
/// Kleene connectives are field-wise. It over-approximates: every value some answer in the box
/// gives is included; a value included may be unreachable (the price of treating the operands of
/// an operation as independent).
struct AbstractValue {
  /// Whether the value may be unknown.
  var mayUnknown = false
  /// Whether the value may be known (otherwise only `mayUnknown` is meaningful).
  var known = false
  /// Numbers: the interval `lo...hi`, each end excluded when its flag is set.
  var lo = 0.0
  var hi = 0.0
  var loOpen = false
  var hiOpen = false
  /// Booleans: which truth values it may take.
  var mayTrue = false
  var mayFalse = false
  /// Choices: a bit per option it may be (every bit: any option).
  var choices: UInt64 = 0
  /// Texts: the one text it is, or `nil` for any text.
  var text: String?

  static let unknown = AbstractValue(mayUnknown: true)

  static func number(_ x: Double) -> AbstractValue { AbstractValue(known: true, lo: x, hi: x) }

  static func interval(_ lo: Double, _ hi: Double, loOpen: Bool = false, hiOpen: Bool = false) -> AbstractValue {
    AbstractValue(known: true, lo: lo, hi: hi, loOpen: loOpen, hiOpen: hiOpen)
  }

  static func bool(mayTrue: Bool, mayFalse: Bool, mayUnknown: Bool = false) -> AbstractValue {
    AbstractValue(mayUnknown: mayUnknown, known: mayTrue || mayFalse, mayTrue: mayTrue, mayFalse: mayFalse)
  }

  static func choices(_ mask: UInt64) -> AbstractValue { AbstractValue(known: true, choices: mask) }

  static func text(_ s: String?) -> AbstractValue { AbstractValue(known: true, text: s) }

  /// The abstract value of one concrete value.
  init(_ value: Value) {
    switch value {
    case .unknown: self = .unknown
    case .number(let x): self = .number(x)
    case .bool(let b): self = .bool(mayTrue: b, mayFalse: !b)
    case .choice(let i): self = .choices(i < 64 ? 1 << UInt64(i) : .max)
    case .text(let s): self = .text(s)
    }
  }

  init(
    mayUnknown: Bool = false, known: Bool = false, lo: Double = 0, hi: Double = 0, loOpen: Bool = false,
    hiOpen: Bool = false, mayTrue: Bool = false, mayFalse: Bool = false, choices: UInt64 = 0, text: String? = nil
  ) {
    self.mayUnknown = mayUnknown
    self.known = known
    self.lo = lo
    self.hi = hi
    self.loOpen = loOpen
    self.hiOpen = hiOpen
    self.mayTrue = mayTrue
    self.mayFalse = mayFalse
    self.choices = choices
    self.text = text
  }

  /// Whether it is a condition that holds for every answer in the box.
  var surelyTrue: Bool { mayTrue && !mayFalse && !mayUnknown }

  /// Whether it may be one of more than one truth value (true, false, unknown).
  var undecided: Bool { (mayTrue ? 1 : 0) + (mayFalse ? 1 : 0) + (mayUnknown ? 1 : 0) > 1 }

  /// Whether it is one known number.
  var isPoint: Bool { known && !mayUnknown && lo == hi }

  /// Every value either may take.
  func joined(_ other: AbstractValue) -> AbstractValue {
    guard known else { return other.with(mayUnknown: other.mayUnknown || mayUnknown) }
    guard other.known else { return with(mayUnknown: mayUnknown || other.mayUnknown) }
    var result = self
    result.mayUnknown = mayUnknown || other.mayUnknown
    if other.lo < lo || (other.lo == lo && !other.loOpen) {
      result.lo = other.lo
      result.loOpen = other.loOpen
    }
    if other.hi > hi || (other.hi == hi && !other.hiOpen) {
      result.hi = other.hi
      result.hiOpen = other.hiOpen
    }
    result.mayTrue = mayTrue || other.mayTrue
    result.mayFalse = mayFalse || other.mayFalse
    result.choices = choices | other.choices
    result.text = text == other.text ? text : nil
    return result
  }

  func with(mayUnknown: Bool) -> AbstractValue {
    var copy = self
    copy.mayUnknown = mayUnknown
    return copy
  }
}
