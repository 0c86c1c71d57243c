/// A function expressions may call: one row of `Function.table`.
///
/// A row is everything about a function: its spelling, the arguments it takes, its type, its
/// meaning, and so how both evaluators run it. A numeric function is defined once, by a kernel over
/// numbers that the reference evaluator and the machine both call (so they agree by construction);
/// a text function by its meaning over values, which the machine reads as a value worked out before
/// it runs. Adding a function of either kind is one row here, plus its tests and its line in the
/// README.
struct Function: Sendable {
  /// What a function does, and so how the compiler, the evaluator and the machine treat it.
  enum Body: Sendable {
    /// Numbers in, a number out. The kernel gets the arguments (absent ones as 0) once none is
    /// unknown; a variadic function folds it over its arguments pairwise.
    case numeric(@Sendable (Double, Double, Double) -> Double)
    /// Text functions: the meaning over values (unknown in, unknown out).
    case text(@Sendable ([Value]) -> Value)
    /// `answered(question)`: whether a question or fact has a value; never unknown.
    case answered
    /// `if(condition, then, else)`: either branch, which must have the same type.
    case conditional
  }

  /// The name, as written in expressions.
  let name: String
  /// The signature shown in messages.
  let signature: String
  /// How many arguments it takes.
  let arity: ClosedRange<Int>
  /// The type of each argument, in order; the last one repeats for variadic functions. Ignored
  /// for `answered` and `if`, which check their arguments themselves.
  let parameters: [ValueType]
  /// The type of the result (for `if`, that of its branches).
  let result: ValueType
  /// What it does.
  let body: Body

  /// Whether it takes any number of arguments, folding its kernel over them.
  var isVariadic: Bool { arity.upperBound == Int.max }

  /// Every function, in the order messages list them.
  static let table: [Function] = [
    Function(
      name: "min", signature: "min(number, number, ...)", arity: 1...Int.max, parameters: [.number],
      result: .number, body: .numeric { x, y, _ in Swift.min(x, y) }),
    Function(
      name: "max", signature: "max(number, number, ...)", arity: 1...Int.max, parameters: [.number],
      result: .number, body: .numeric { x, y, _ in Swift.max(x, y) }),
    Function(
      name: "abs", signature: "abs(number)", arity: 1...1, parameters: [.number], result: .number,
      body: .numeric { x, _, _ in Swift.abs(x) }),
    Function(
      name: "round", signature: "round(number) or round(number, digits)", arity: 1...2,
      parameters: [.number, .number], result: .number,
      body: .numeric { x, digits, _ in
        // Half away from zero, to 0–10 decimal places.
        var scale = 1.0
        for _ in 0..<Int(Swift.min(10, Swift.max(0, digits.rounded()))) { scale *= 10 }
        return (x * scale).rounded(.toNearestOrAwayFromZero) / scale
      }),
    Function(
      name: "floor", signature: "floor(number)", arity: 1...1, parameters: [.number], result: .number,
      body: .numeric { x, _, _ in x.rounded(.down) }),
    Function(
      name: "ceil", signature: "ceil(number)", arity: 1...1, parameters: [.number], result: .number,
      body: .numeric { x, _, _ in x.rounded(.up) }),
    Function(
      name: "clamp", signature: "clamp(value, low, high)", arity: 3...3, parameters: [.number, .number, .number],
      result: .number, body: .numeric { x, low, high in Swift.min(Swift.max(x, low), Swift.max(low, high)) }),
    Function(
      name: "answered", signature: "answered(question)", arity: 1...1, parameters: [], result: .boolean,
      body: .answered),
    Function(
      name: "length", signature: "length(text)", arity: 1...1, parameters: [.text], result: .number,
      body: .text { arguments in
        guard case .text(let s) = arguments[0] else { return .unknown }
        return .number(Double(s.count))
      }),
    Function(
      name: "lower", signature: "lower(text)", arity: 1...1, parameters: [.text], result: .text,
      body: .text { arguments in
        guard case .text(let s) = arguments[0] else { return .unknown }
        return .text(s.lowercased())
      }),
    Function(
      name: "trim", signature: "trim(text)", arity: 1...1, parameters: [.text], result: .text,
      body: .text { arguments in
        guard case .text(let s) = arguments[0] else { return .unknown }
        return .text(String(s.trimmingWhitespace()))
      }),
    Function(
      name: "contains", signature: "contains(text, part)", arity: 2...2, parameters: [.text, .text],
      result: .boolean,
      body: .text { arguments in
        guard case .text(let haystack) = arguments[0], case .text(let needle) = arguments[1] else { return .unknown }
        return .bool(TextComparison.contains(haystack, needle))
      }),
    Function(
      name: "if", signature: "if(condition, then, else)", arity: 3...3, parameters: [], result: .invalid,
      body: .conditional),
  ]

  /// Each row's body alone, for evaluation: reading `table[row]` would copy the whole row (its
  /// name, signature and parameter list) on every call, which both evaluators make per
  /// questionnaire.
  static let bodies: [Body] = table.map(\.body)

  /// Whether each row is variadic, for evaluation (see `bodies`).
  static let variadic: [Bool] = table.map(\.isVariadic)

  /// Row index by name.
  static let index: [String: Int] = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1.name, $0) })

  /// Every function's name, in table order.
  static var names: [String] { table.map(\.name) }

  /// The type argument `i` must have.
  func parameter(_ i: Int) -> ValueType { parameters[Swift.min(i, parameters.count - 1)] }

  /// A numeric function's value for known or unknown (NaN) arguments: NaN when any is unknown;
  /// otherwise the kernel's result, clamped to the finite numbers (a result that is not a number,
  /// which no kernel here gives, counts as 0). The reference evaluator and the machine both call
  /// this, so they agree.
  /// - Parameters:
  ///   - row: The function's row in `table`; it must be numeric.
  ///   - x: The first argument.
  ///   - y: The second argument, or 0.
  ///   - z: The third argument, or 0.
  static func apply(_ row: Int, _ x: Double, _ y: Double, _ z: Double) -> Double {
    guard case .numeric(let kernel) = bodies[row] else { return .nan }
    if x.isNaN || y.isNaN || z.isNaN { return .nan }
    let result = kernel(x, y, z)
    if result.isNaN { return 0 }
    return Swift.min(Swift.max(result, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
  }
}

/// A function as compiled expressions refer to it: its row in `Function.table`.
struct FunctionID: Sendable, Hashable {
  /// The row.
  let row: Int
  /// The function.
  var function: Function { Function.table[row] }
}
