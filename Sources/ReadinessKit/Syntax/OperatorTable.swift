/// Every operator of the expression language, in one place: how it is spelt and parsed, what it
/// means, and which machine instructions run it.
///
/// Binding powers, lowest first: `or` < `and` < `not` < comparisons and `in` < `+ -` < `* /` <
/// unary minus. All binary operators are left-associative, except comparisons, which do not chain.
/// The meaning of an arithmetic operator or a comparison is one function here (`apply`, `holds`)
/// that both the reference evaluator and the machine call, so the two cannot disagree; the machine
/// instructions each operator lowers to are listed beside it.
enum OperatorTable {
  /// What an infix operator builds.
  enum Infix: Sendable {
    case or, and
    case comparison(ComparisonOperator)
    case membership
    case arithmetic(ArithmeticLevel, ArithmeticOperator)
  }

  static let or = 1
  static let and = 2
  static let not = 3
  static let comparison = 4
  static let sum = 5
  static let product = 6
  static let unaryMinus = 7

  /// One infix operator: its token, what it builds and how tightly it binds.
  struct Row: Sendable {
    var token: Token.Kind
    var meaning: Infix
    var bindingPower: Int
  }

  /// The infix operators.
  static let rows: [Row] =
    [
      Row(token: .keyword(.or), meaning: .or, bindingPower: or),
      Row(token: .keyword(.and), meaning: .and, bindingPower: and),
      Row(token: .keyword(.in), meaning: .membership, bindingPower: comparison),
    ]
    + ComparisonOperator.allCases.map {
      Row(token: .symbol($0.symbol), meaning: .comparison($0), bindingPower: comparison)
    }
    + ArithmeticOperator.allCases.map {
      Row(token: .symbol($0.symbol), meaning: .arithmetic($0.level, $0), bindingPower: $0.level == .sum ? sum : product)
    }

  /// The infix operator a token starts, with its binding power.
  /// - Parameter kind: The token.
  /// - Returns: The operator and its binding power, or `nil` when the token is not infix.
  static func infix(_ kind: Token.Kind) -> (Infix, Int)? {
    switch kind {
    case .keyword, .symbol:
      for row in rows where row.token == kind { return (row.meaning, row.bindingPower) }
      return nil
    default: return nil
    }
  }
}

/// Which arithmetic precedence level a chain belongs to.
enum ArithmeticLevel: Sendable, Hashable {
  case sum, product
}

/// An arithmetic operator: numbers in, a number out.
enum ArithmeticOperator: Sendable, Hashable, CaseIterable {
  case add, subtract, multiply, divide

  /// How it is written.
  var spelling: String { symbol.rawValue }

  /// The token that spells it.
  var symbol: Token.Symbol {
    switch self {
    case .add: return .plus
    case .subtract: return .minus
    case .multiply: return .star
    case .divide: return .slash
    }
  }

  /// Its precedence level.
  var level: ArithmeticLevel {
    switch self {
    case .add, .subtract: return .sum
    case .multiply, .divide: return .product
    }
  }

  /// What it means for two known numbers: `x / 0` is 0, and a result beyond the largest finite
  /// number is clamped to it. Unknown (NaN) stays unknown. The reference evaluator and the machine
  /// both call this.
  @inline(__always)
  func apply(_ x: Double, _ y: Double) -> Double {
    let result: Double
    switch self {
    case .add: result = x + y
    case .subtract: result = x - y
    case .multiply: result = x * y
    case .divide:
      // x / 0 is 0; NaN stays NaN (x - x).
      if y == 0 { return x - x }
      result = x / y
    }
    if result > .greatestFiniteMagnitude { return .greatestFiniteMagnitude }
    if result < -.greatestFiniteMagnitude { return -.greatestFiniteMagnitude }
    return result
  }

  /// The machine instruction with both operands in registers.
  var instruction: Instruction.Op {
    switch self {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .divide: return .divide
    }
  }

  /// The machine instruction with a constant right operand.
  var constantInstruction: Instruction.Op {
    switch self {
    case .add: return .addConstant
    case .subtract: return .subtractConstant
    case .multiply: return .multiplyConstant
    case .divide: return .divideConstant
    }
  }
}

/// A comparison operator. Ordering compares numbers; `==` and `!=` compare any two values of one
/// type.
enum ComparisonOperator: Sendable, Hashable, CaseIterable {
  case equal, notEqual, less, lessEqual, greater, greaterEqual

  /// How it is written.
  var spelling: String { symbol.rawValue }

  /// The token that spells it.
  var symbol: Token.Symbol {
    switch self {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    }
  }

  /// Whether it orders numbers (and so takes numbers only).
  var isOrdering: Bool { self != .equal && self != .notEqual }

  /// Whether it holds for two known numbers. The reference evaluator and the machine both call this.
  @inline(__always)
  func holds(_ x: Double, _ y: Double) -> Bool {
    switch self {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    }
  }

  /// The machine instruction with both operands in registers.
  var instruction: Instruction.Op {
    switch self {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    }
  }

  /// The machine instruction comparing a register with a constant.
  var constantInstruction: Instruction.Op {
    switch self {
    case .equal: return .equalConstant
    case .notEqual: return .notEqualConstant
    case .less: return .lessConstant
    case .lessEqual: return .lessEqualConstant
    case .greater: return .greaterConstant
    case .greaterEqual: return .greaterEqualConstant
    }
  }

  /// The instruction that compares with a constant and joins the result to another by `and`.
  var andConstantInstruction: Instruction.Op {
    switch self {
    case .equal: return .andEqualConstant
    case .notEqual: return .andNotEqualConstant
    case .less: return .andLessConstant
    case .lessEqual: return .andLessEqualConstant
    case .greater: return .andGreaterConstant
    case .greaterEqual: return .andGreaterEqualConstant
    }
  }

  /// The instruction that compares with a constant and joins the result to another by `or`.
  var orConstantInstruction: Instruction.Op {
    switch self {
    case .equal: return .orEqualConstant
    case .notEqual: return .orNotEqualConstant
    case .less: return .orLessConstant
    case .lessEqual: return .orLessEqualConstant
    case .greater: return .orGreaterConstant
    case .greaterEqual: return .orGreaterEqualConstant
    }
  }

  /// The comparison a constant-comparison instruction makes, if it is one (what fusing reads).
  static func comparingWithConstant(_ op: Instruction.Op) -> ComparisonOperator? {
    allCases.first { $0.constantInstruction == op }
  }
}
