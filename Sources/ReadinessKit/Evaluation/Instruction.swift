/// A register of the evaluation frame, by index. A full-width integer, so that the machine uses
/// it as an address offset without widening it first.
typealias Register = Int

/// One step of a compiled program: an operation on registers of the frame.
struct Instruction: Sendable {
  /// The operations. Numbers and choices use NaN for unknown; truth values use 0, 1 and 0.5.
  enum Op: UInt8, Sendable {
    case move
    case add, subtract, multiply, divide, negate
    /// Arithmetic with the constant in `immediate` as the right operand.
    case addConstant, subtractConstant, multiplyConstant, divideConstant
    /// A numeric function: `Function.apply` of the row in `immediate` to registers `a`, `b`, `c`.
    case call
    case less, lessEqual, greater, greaterEqual, equal, notEqual, equalBool
    /// Comparisons with the constant in `immediate`.
    case lessConstant, lessEqualConstant, greaterConstant, greaterEqualConstant, equalConstant, notEqualConstant
    case and, or, not
    /// A comparison with `immediate` of register `a`, joined by `and` (`min`) or `or` (`max`) with
    /// register `b`: the commonest pair of instructions, fused.
    case andLessConstant, andLessEqualConstant, andGreaterConstant, andGreaterEqualConstant, andEqualConstant
    case andNotEqualConstant
    case orLessConstant, orLessEqualConstant, orGreaterConstant, orGreaterEqualConstant, orEqualConstant
    case orNotEqualConstant
    case member
    /// Membership in a list of whole numbers 0–63, whose bit set is the bit pattern of `immediate`.
    case memberOfSmall
    case answeredNumber, answeredBool
    case ifNumber, ifBool
  }

  var op: Op
  var destination: Register
  var a: Register = 0
  var b: Register = 0
  var c: Register = 0
  var immediate: Double = 0
}
