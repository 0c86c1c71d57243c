/// Runs compiled expressions over a row of slots with three-valued logic.
///
/// Total by construction: every expression is a finite tree of bounded depth, and every operation
/// has a defined result. Arithmetic rules, documented for pack authors:
/// - `x / 0` is `0` (a ratio with nothing to divide by contributes nothing);
/// - a result beyond the largest finite number is clamped to it, and a result that is not a number
///   (never produced by the rules above, but guarded all the same) becomes `0`;
/// - any operation on `unknown` gives `unknown`, except `and`/`or`, which follow Kleene's logic
///   (`false and unknown` is `false`, `true or unknown` is `true`), and `answered(...)`, which is
///   never unknown.
enum Evaluator {
  static func evaluate(_ expression: CompiledExpression, _ slots: UnsafeBufferPointer<Value>) -> Value {
    switch expression {
    case .constant(let v): return v
    case .slot(let i): return slots[i]
    case .answered(let i):
      if case .unknown = slots[i] { return .bool(false) }
      return .bool(true)
    case .negate(let e):
      guard case .number(let x) = evaluate(e, slots) else { return .unknown }
      return .number(x == 0 ? 0 : -x)
    case .not(let e):
      guard case .bool(let b) = evaluate(e, slots) else { return .unknown }
      return .bool(!b)
    case .arithmetic(let first, let rest):
      guard case .number(var total) = evaluate(first, slots) else { return .unknown }
      for (op, e) in rest {
        guard case .number(let x) = evaluate(e, slots) else { return .unknown }
        total = normalized(op.apply(total, x))
      }
      return .number(total)
    case .and(let items):
      var sawUnknown = false
      for item in items {
        switch evaluate(item, slots) {
        case .bool(false): return .bool(false)
        case .bool(true): continue
        default: sawUnknown = true
        }
      }
      return sawUnknown ? .unknown : .bool(true)
    case .or(let items):
      var sawUnknown = false
      for item in items {
        switch evaluate(item, slots) {
        case .bool(true): return .bool(true)
        case .bool(false): continue
        default: sawUnknown = true
        }
      }
      return sawUnknown ? .unknown : .bool(false)
    case .compare(let op, let l, let r):
      guard case .number(let a) = evaluate(l, slots), case .number(let b) = evaluate(r, slots) else { return .unknown }
      return .bool(op.holds(a, b))
    case .equal(let l, let r, let negated):
      let a = evaluate(l, slots)
      if case .unknown = a { return .unknown }
      let b = evaluate(r, slots)
      if case .unknown = b { return .unknown }
      return .bool(a.equals(b) != negated)
    case .member(let l, let items):
      let a = evaluate(l, slots)
      if case .unknown = a { return .unknown }
      var sawUnknown = false
      for item in items {
        let b = evaluate(item, slots)
        if case .unknown = b {
          sawUnknown = true
        } else if a.equals(b) {
          return .bool(true)
        }
      }
      return sawUnknown ? .unknown : .bool(false)
    case .call(let function, let arguments):
      return call(function, arguments, slots)
    }
  }

  /// A call, by its function's row: numeric functions through the kernel the machine calls too,
  /// text functions through their meaning over values.
  private static func call(_ id: FunctionID, _ arguments: [CompiledExpression], _ slots: UnsafeBufferPointer<Value>)
    -> Value
  {
    switch Function.bodies[id.row] {
    case .numeric:
      var numbers: [Double] = []
      numbers.reserveCapacity(arguments.count)
      for argument in arguments {
        guard case .number(let x) = evaluate(argument, slots) else { return .unknown }
        numbers.append(x)
      }
      if Function.variadic[id.row] {
        var result = numbers[0]
        for x in numbers.dropFirst() { result = Function.apply(id.row, result, x, 0) }
        return .number(numbers.count == 1 ? Function.apply(id.row, result, result, 0) : result)
      }
      while numbers.count < 3 { numbers.append(0) }
      return .number(Function.apply(id.row, numbers[0], numbers[1], numbers[2]))
    case .text(let meaning):
      return meaning(arguments.map { evaluate($0, slots) })
    case .answered:
      return .unknown  // compiled to `.answered(slot)`; never called
    case .conditional:
      switch evaluate(arguments[0], slots) {
      case .bool(true): return evaluate(arguments[1], slots)
      case .bool(false): return evaluate(arguments[2], slots)
      default: return .unknown
      }
    }
  }

  static func normalized(_ x: Double) -> Double {
    if x.isNaN { return 0 }
    if x.isInfinite { return x > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude }
    return x
  }
}
