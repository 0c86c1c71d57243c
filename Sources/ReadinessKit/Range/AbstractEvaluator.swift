/// Runs compiled expressions over abstract values: the `Evaluator` of the range analysis.
///
/// Sound by construction: each case mirrors `Evaluator`'s over every value its operands may take,
/// so whatever an answer in the box gives is in the result. On one point it gives the point the
/// concrete evaluator gives (the same kernels and arithmetic), so a box of single answers is exact.
enum AbstractEvaluator {
  static let big = Double.greatestFiniteMagnitude
  static let absRow = Function.index["abs"]!
  static let roundRow = Function.index["round"]!

  static func evaluate(_ expression: CompiledExpression, _ slots: UnsafeBufferPointer<AbstractValue>) -> AbstractValue {
    switch expression {
    case .constant(let v): return AbstractValue(v)
    case .slot(let i): return slots[i]
    case .answered(let i):
      let v = slots[i]
      return .bool(mayTrue: v.known, mayFalse: v.mayUnknown)
    case .negate(let e):
      let v = evaluate(e, slots)
      guard v.known else { return .unknown }
      var r = v
      // `-x` with no negative zero, as the evaluator gives.
      r.lo = v.hi == 0 ? 0 : -v.hi
      r.hi = v.lo == 0 ? 0 : -v.lo
      r.loOpen = v.hiOpen
      r.hiOpen = v.loOpen
      return r
    case .not(let e):
      let v = evaluate(e, slots)
      return .bool(mayTrue: v.mayFalse, mayFalse: v.mayTrue, mayUnknown: v.mayUnknown)
    case .arithmetic(let first, let rest):
      var total = evaluate(first, slots)
      for (op, e) in rest {
        let x = evaluate(e, slots)
        total = arithmetic(op, total, x)
      }
      return total
    case .and(let items):
      var mayTrue = true
      var mayFalse = false
      var mayUnknown = false
      // Kleene: false when any is false; true when all are true; unknown otherwise.
      for item in items {
        let v = evaluate(item, slots)
        let unknownNow = (mayUnknown && (v.mayTrue || v.mayUnknown)) || (v.mayUnknown && mayTrue)
        mayFalse = mayFalse || v.mayFalse
        mayTrue = mayTrue && v.mayTrue
        mayUnknown = unknownNow
      }
      return .bool(mayTrue: mayTrue, mayFalse: mayFalse, mayUnknown: mayUnknown)
    case .or(let items):
      var mayTrue = false
      var mayFalse = true
      var mayUnknown = false
      for item in items {
        let v = evaluate(item, slots)
        let unknownNow = (mayUnknown && (v.mayFalse || v.mayUnknown)) || (v.mayUnknown && mayFalse)
        mayTrue = mayTrue || v.mayTrue
        mayFalse = mayFalse && v.mayFalse
        mayUnknown = unknownNow
      }
      return .bool(mayTrue: mayTrue, mayFalse: mayFalse, mayUnknown: mayUnknown)
    case .compare(let op, let l, let r):
      return compare(op, evaluate(l, slots), evaluate(r, slots))
    case .equal(let l, let r, let negated):
      let e = equal(evaluate(l, slots), evaluate(r, slots))
      return negated ? .bool(mayTrue: e.mayFalse, mayFalse: e.mayTrue, mayUnknown: e.mayUnknown) : e
    case .member(let l, let items):
      let a = evaluate(l, slots)
      var mayTrue = false
      var mayFalse = true
      var mayUnknown = false
      for item in items {
        let v = equal(a, evaluate(item, slots))
        let unknownNow = (mayUnknown && (v.mayFalse || v.mayUnknown)) || (v.mayUnknown && mayFalse)
        mayTrue = mayTrue || v.mayTrue
        mayFalse = mayFalse && v.mayFalse
        mayUnknown = unknownNow
      }
      if !a.known { return .unknown }
      return .bool(mayTrue: mayTrue, mayFalse: mayFalse, mayUnknown: mayUnknown || a.mayUnknown)
    case .call(let function, let arguments):
      return call(function, arguments, slots)
    }
  }

  /// A finite number as the evaluator's arithmetic leaves it.
  private static func clamp(_ x: Double) -> Double { x.isNaN ? 0 : Swift.min(Swift.max(x, -big), big) }

  /// An interval from two ends computed in floating point, widened by one unit in the last place
  /// unless it is a point, so rounding never makes it too narrow.
  private static func widened(_ lo: Double, _ hi: Double) -> AbstractValue {
    if lo == hi { return .number(clamp(lo)) }
    return .interval(clamp(lo.nextDown), clamp(hi.nextUp))
  }

  static func arithmetic(_ op: ArithmeticOperator, _ a: AbstractValue, _ b: AbstractValue) -> AbstractValue {
    guard a.known, b.known else { return .unknown }
    let mayUnknown = a.mayUnknown || b.mayUnknown
    var r: AbstractValue
    if a.lo == a.hi && b.lo == b.hi {
      r = .number(Evaluator.normalized(op.apply(a.lo, b.lo)))
    } else {
      switch op {
      case .add:
        r = widened(a.lo + b.lo, a.hi + b.hi)
      case .subtract:
        r = widened(a.lo - b.hi, a.hi - b.lo)
      case .multiply:
        let p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].map(clamp)
        r = widened(p.min()!, p.max()!)
      case .divide:
        r = divide(a, b)
      }
    }
    r.mayUnknown = mayUnknown
    return r
  }

  /// `a / b` where `x / 0` is 0.
  private static func divide(_ a: AbstractValue, _ b: AbstractValue) -> AbstractValue {
    if b.lo == 0 && b.hi == 0 { return .number(0) }
    if a.lo == 0 && a.hi == 0 { return .number(0) }
    if b.lo > 0 || b.hi < 0 {
      let p = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].map(clamp)
      return widened(p.min()!, p.max()!)
    }
    // The divisor may be 0 (giving 0) or come arbitrarily close to it.
    if b.lo < 0 && b.hi > 0 { return .interval(-big, big) }
    var lo: Double
    var hi: Double
    if b.lo == 0 {  // divisors in (0, b.hi]
      if a.lo >= 0 {
        (lo, hi) = (a.lo / b.hi, big)
      } else if a.hi <= 0 {
        (lo, hi) = (-big, a.hi / b.hi)
      } else {
        (lo, hi) = (-big, big)
      }
    } else {  // divisors in [b.lo, 0)
      if a.lo >= 0 {
        (lo, hi) = (-big, a.lo / b.lo)
      } else if a.hi <= 0 {
        (lo, hi) = (a.hi / b.lo, big)
      } else {
        (lo, hi) = (-big, big)
      }
    }
    return widened(Swift.min(clamp(lo), 0), Swift.max(clamp(hi), 0))
  }

  static func compare(_ op: ComparisonOperator, _ a: AbstractValue, _ b: AbstractValue) -> AbstractValue {
    guard a.known, b.known else { return .unknown }
    let mayUnknown = a.mayUnknown || b.mayUnknown
    let t: Bool
    let f: Bool
    switch op {
    case .less: (t, f) = (mayLess(a, b), mayLessEqual(b, a))
    case .lessEqual: (t, f) = (mayLessEqual(a, b), mayLess(b, a))
    case .greater: (t, f) = (mayLess(b, a), mayLessEqual(a, b))
    case .greaterEqual: (t, f) = (mayLessEqual(b, a), mayLess(a, b))
    case .equal: (t, f) = (mayEqual(a, b), !(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo))
    case .notEqual: (t, f) = (!(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo), mayEqual(a, b))
    }
    return .bool(mayTrue: t, mayFalse: f, mayUnknown: mayUnknown)
  }

  /// Whether some `x` in `a` and `y` in `b` have `x < y`.
  private static func mayLess(_ a: AbstractValue, _ b: AbstractValue) -> Bool { a.lo < b.hi }
  /// Whether some `x` in `a` and `y` in `b` have `x <= y`.
  private static func mayLessEqual(_ a: AbstractValue, _ b: AbstractValue) -> Bool {
    a.lo < b.hi || (a.lo == b.hi && !a.loOpen && !b.hiOpen)
  }
  private static func mayEqual(_ a: AbstractValue, _ b: AbstractValue) -> Bool {
    mayLessEqual(a, b) && mayLessEqual(b, a)
  }

  /// Equality of two values of the same non-number type.
  static func equal(_ a: AbstractValue, _ b: AbstractValue) -> AbstractValue {
    guard a.known, b.known else { return .unknown }
    let mayUnknown = a.mayUnknown || b.mayUnknown
    var t = false
    var f = false
    if a.mayTrue || a.mayFalse || b.mayTrue || b.mayFalse {
      t = (a.mayTrue && b.mayTrue) || (a.mayFalse && b.mayFalse)
      f = (a.mayTrue && b.mayFalse) || (a.mayFalse && b.mayTrue)
    } else if a.choices != 0 || b.choices != 0 {
      t = a.choices & b.choices != 0
      f = !(a.choices == b.choices && a.choices.nonzeroBitCount == 1)
    } else if let x = a.text, let y = b.text {
      t = x == y
      f = x != y
    } else if a.text != nil || b.text != nil || (a.lo != a.hi || b.lo != b.hi) {
      t = true
      f = true
    } else {
      // Two texts, at least one any text; or two numbers compared as values.
      t = true
      f = true
    }
    return .bool(mayTrue: t, mayFalse: f, mayUnknown: mayUnknown)
  }

  private static func call(
    _ id: FunctionID, _ arguments: [CompiledExpression], _ slots: UnsafeBufferPointer<AbstractValue>
  ) -> AbstractValue {
    switch Function.bodies[id.row] {
    case .numeric:
      var values: [AbstractValue] = []
      values.reserveCapacity(arguments.count)
      var mayUnknown = false
      for argument in arguments {
        let v = evaluate(argument, slots)
        guard v.known else { return .unknown }
        mayUnknown = mayUnknown || v.mayUnknown
        values.append(v)
      }
      var r = numeric(id.row, values)
      r.mayUnknown = mayUnknown
      return r
    case .text(let meaning):
      var concrete: [Value] = []
      var mayUnknown = false
      var exact = true
      for argument in arguments {
        let v = evaluate(argument, slots)
        guard v.known else { return .unknown }
        mayUnknown = mayUnknown || v.mayUnknown
        if let s = v.text { concrete.append(.text(s)) } else { exact = false }
      }
      if exact {
        var r = AbstractValue(meaning(concrete))
        r.mayUnknown = r.mayUnknown || mayUnknown
        return r
      }
      // Some argument is any text: whatever the function's type allows.
      switch Function.table[id.row].result {
      case .number: return AbstractValue(mayUnknown: mayUnknown, known: true, lo: 0, hi: big)
      case .boolean: return .bool(mayTrue: true, mayFalse: true, mayUnknown: mayUnknown)
      default: return AbstractValue(mayUnknown: mayUnknown, known: true, text: nil)
      }
    case .answered:
      return .unknown
    case .conditional:
      let c = evaluate(arguments[0], slots)
      if c.surelyTrue { return evaluate(arguments[1], slots) }
      if !c.mayTrue && !c.mayUnknown { return evaluate(arguments[2], slots) }
      var r = AbstractValue(mayUnknown: c.mayUnknown)
      if c.mayTrue { r = r.joined(evaluate(arguments[1], slots)) }
      if c.mayFalse { r = r.joined(evaluate(arguments[2], slots)) }
      if c.mayUnknown { r.mayUnknown = true }
      return r
    }
  }

  /// A numeric function over intervals: every function in the table but `abs` is non-decreasing
  /// in each argument (and `round` for fixed digits), so its ends are its value at the ends.
  private static func numeric(_ row: Int, _ values: [AbstractValue]) -> AbstractValue {
    if row == absRow {
      let v = values[0]
      if v.lo >= 0 { return .interval(v.lo, v.hi) }
      if v.hi <= 0 { return .interval(-v.hi, -v.lo) }
      return .interval(0, Swift.max(-v.lo, v.hi))
    }
    if row == roundRow, values.count == 2, values[1].lo != values[1].hi {
      // Rounding to digits that vary moves a number by at most half a unit.
      return .interval(values[0].lo - 0.5, values[0].hi + 0.5)
    }
    func at(_ end: (AbstractValue) -> Double) -> Double {
      let numbers = values.map(end)
      if Function.variadic[row] {
        var result = numbers[0]
        for x in numbers.dropFirst() { result = Function.apply(row, result, x, 0) }
        return numbers.count == 1 ? Function.apply(row, result, result, 0) : result
      }
      var padded = numbers
      while padded.count < 3 { padded.append(0) }
      return Function.apply(row, padded[0], padded[1], padded[2])
    }
    let lo = at { $0.lo }
    let hi = at { $0.hi }
    return .interval(Swift.min(lo, hi), Swift.max(lo, hi))
  }
}
