/// Runs programs over a frame of `Double`s: the fast path of evaluation, with no allocation and no
/// reference counting. Its results equal the reference `Evaluator`'s (a test checks it).
enum Machine {
  @inline(__always)
  static func truth(_ condition: Bool, _ a: Double, _ b: Double) -> Double {
    a.isNaN || b.isNaN ? 0.5 : (condition ? 1 : 0)
  }

  static func run(_ program: Program, _ f: UnsafeMutablePointer<Double>) -> Double {
    program.code.withUnsafeBufferPointer { run($0, f) }
    return f[Int(program.result)]
  }

  /// Runs straight-line code over the frame.
  static func run(_ code: UnsafeBufferPointer<Instruction>, _ f: UnsafeMutablePointer<Double>) {
    for ins in code {
      let d = Int(ins.destination)
      switch ins.op {
      case .move: f[d] = f[Int(ins.a)]
      // Arithmetic and comparisons mean what the operator table says: the same functions the
      // reference evaluator calls, inlined.
      case .add: f[d] = ArithmeticOperator.add.apply(f[Int(ins.a)], f[Int(ins.b)])
      case .subtract: f[d] = ArithmeticOperator.subtract.apply(f[Int(ins.a)], f[Int(ins.b)])
      case .multiply: f[d] = ArithmeticOperator.multiply.apply(f[Int(ins.a)], f[Int(ins.b)])
      case .divide: f[d] = ArithmeticOperator.divide.apply(f[Int(ins.a)], f[Int(ins.b)])
      case .addConstant: f[d] = ArithmeticOperator.add.apply(f[Int(ins.a)], ins.immediate)
      case .subtractConstant: f[d] = ArithmeticOperator.subtract.apply(f[Int(ins.a)], ins.immediate)
      case .multiplyConstant: f[d] = ArithmeticOperator.multiply.apply(f[Int(ins.a)], ins.immediate)
      case .divideConstant: f[d] = ArithmeticOperator.divide.apply(f[Int(ins.a)], ins.immediate)
      case .negate:
        let x = f[Int(ins.a)]
        f[d] = x == 0 ? 0 : -x
      case .call: f[d] = Function.apply(Int(ins.immediate), f[Int(ins.a)], f[Int(ins.b)], f[Int(ins.c)])
      case .less:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.less.holds(x, y), x, y)
      case .lessEqual:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.lessEqual.holds(x, y), x, y)
      case .greater:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.greater.holds(x, y), x, y)
      case .greaterEqual:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.greaterEqual.holds(x, y), x, y)
      case .equal:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.equal.holds(x, y), x, y)
      case .notEqual:
        let (x, y) = (f[Int(ins.a)], f[Int(ins.b)])
        f[d] = truth(ComparisonOperator.notEqual.holds(x, y), x, y)
      case .lessConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.less.holds(x, ins.immediate), x, 0)
      case .lessEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.lessEqual.holds(x, ins.immediate), x, 0)
      case .greaterConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.greater.holds(x, ins.immediate), x, 0)
      case .greaterEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.greaterEqual.holds(x, ins.immediate), x, 0)
      case .equalConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.equal.holds(x, ins.immediate), x, 0)
      case .notEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = truth(ComparisonOperator.notEqual.holds(x, ins.immediate), x, 0)
      case .equalBool:
        let x = f[Int(ins.a)]
        let y = f[Int(ins.b)]
        f[d] = x == 0.5 || y == 0.5 ? 0.5 : (x == y ? 1 : 0)
      case .and: f[d] = Swift.min(f[Int(ins.a)], f[Int(ins.b)])
      case .or: f[d] = Swift.max(f[Int(ins.a)], f[Int(ins.b)])
      case .not: f[d] = 1 - f[Int(ins.a)]
      case .andLessConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.less.holds(x, ins.immediate), x, 0))
      case .andLessEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.lessEqual.holds(x, ins.immediate), x, 0))
      case .andGreaterConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.greater.holds(x, ins.immediate), x, 0))
      case .andGreaterEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.greaterEqual.holds(x, ins.immediate), x, 0))
      case .andEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.equal.holds(x, ins.immediate), x, 0))
      case .andNotEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.min(f[Int(ins.b)], truth(ComparisonOperator.notEqual.holds(x, ins.immediate), x, 0))
      case .orLessConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.less.holds(x, ins.immediate), x, 0))
      case .orLessEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.lessEqual.holds(x, ins.immediate), x, 0))
      case .orGreaterConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.greater.holds(x, ins.immediate), x, 0))
      case .orGreaterEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.greaterEqual.holds(x, ins.immediate), x, 0))
      case .orEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.equal.holds(x, ins.immediate), x, 0))
      case .orNotEqualConstant:
        let x = f[Int(ins.a)]
        f[d] = Swift.max(f[Int(ins.b)], truth(ComparisonOperator.notEqual.holds(x, ins.immediate), x, 0))
      case .member:
        // Every item is looked at, without an early exit: which item matches follows the
        // answers, and a data-dependent exit would be mispredicted.
        let x = f[Int(ins.a)]
        var hits = 0
        var unknownItems = 0
        for k in 0..<Int(ins.c) {
          let item = f[Int(ins.b) + k]
          hits &+= item == x ? 1 : 0
          unknownItems &+= item.isNaN ? 1 : 0
        }
        f[d] = x.isNaN ? 0.5 : (hits > 0 ? 1 : (unknownItems > 0 ? 0.5 : 0))
      case .memberOfSmall:
        let x = f[Int(ins.a)]
        if x.isNaN {
          f[d] = 0.5
        } else {
          // Anything but a whole number 0-63 is outside the list.
          let small = x >= 0 && x < 64 && x == x.rounded(.towardZero)
          let bit = small ? (ins.immediate.bitPattern >> UInt64(small ? x : 0)) & 1 : 0
          f[d] = Double(bit)
        }
      case .answeredNumber: f[d] = f[Int(ins.a)].isNaN ? 0 : 1
      case .answeredBool: f[d] = f[Int(ins.a)] == 0.5 ? 0 : 1
      case .ifNumber:
        let condition = f[Int(ins.a)]
        f[d] = condition == 1 ? f[Int(ins.b)] : (condition == 0 ? f[Int(ins.c)] : .nan)
      case .ifBool:
        let condition = f[Int(ins.a)]
        f[d] = condition == 1 ? f[Int(ins.b)] : (condition == 0 ? f[Int(ins.c)] : 0.5)
      }
    }
  }
}
