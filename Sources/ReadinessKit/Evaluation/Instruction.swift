/// One step of a compiled program: an operation on registers of the frame.
struct Instruction: Sendable {
  /// The operations. Numbers and choices use NaN for unknown; truth values use 0, 1 and 0.5.
  enum Op: UInt8, Sendable {
    case constant, move
    case add, subtract, multiply, divide, negate
    /// Arithmetic with the constant in `immediate` as the right operand.
    case addConstant, subtractConstant, multiplyConstant, divideConstant
    case minimum, maximum, absolute, floor, ceiling, round, roundDigits, clamp
    case less, lessEqual, greater, greaterEqual, equal, notEqual, equalBool
    /// Comparisons with the constant in `immediate`.
    case lessConstant, lessEqualConstant, greaterConstant, greaterEqualConstant, equalConstant, notEqualConstant
    case and, or, not
    case member
    case answeredNumber, answeredBool
    case ifNumber, ifBool
  }

  var op: Op
  var destination: Int32
  var a: Int32 = 0
  var b: Int32 = 0
  var c: Int32 = 0
  var immediate: Double = 0
}
