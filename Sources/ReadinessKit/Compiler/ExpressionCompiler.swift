/// Resolves names to slots and checks types, turning an `Expression` into a `CompiledExpression`.
///
/// Every problem is appended to the diagnostics and compilation goes on with an `invalid` type, so
/// one pass reports every mistake in an expression without cascades.
struct ExpressionCompiler {
  /// What a name refers to.
  enum Symbol: Sendable {
    case question(Int)
    case fact(Int)
    case report(Int)
  }

  /// What the compiler needs to know about a question.
  struct QuestionInfo: Sendable {
    var id: String
    var type: QuestionType
    var choices: [String]
  }

  var symbols: [String: Symbol]
  var questions: [QuestionInfo]
  var factTypes: [ValueType?]
  var reportNames: [String]
  /// Whether stage-only names (`score`, ...) may be used.
  var allowsReportNames = false

  var factSlotBase: Int { questions.count }
  var reportSlotBase: Int { questions.count + factTypes.count }

  /// Parses and compiles an expression, expecting a given type.
  /// - Parameters:
  ///   - source: The expression text and its positions.
  ///   - expected: The type it must have, or `nil` for any.
  ///   - diagnostics: Where problems go.
  /// - Returns: The parsed and compiled expression and its type, or `nil` when it does not parse.
  func compile(_ source: SourceText, expecting expected: ValueType?, into diagnostics: inout [Diagnostic]) -> (
    Expression, CompiledExpression, ValueType
  )? {
    let parsed: Expression
    do {
      parsed = try ExpressionParser.parse(source.text)
    } catch {
      diagnostics.append(.error(error.message, at: source.range(error.range)))
      return nil
    }
    let (compiled, type) = compile(parsed, source, &diagnostics)
    if let expected, !ExpressionCompiler.matches(type, expected) {
      diagnostics.append(.error(.expressionType(expected: expected, found: type), at: source.range(parsed.range)))
    }
    return (parsed, compiled, type)
  }

  static func matches(_ type: ValueType, _ expected: ValueType) -> Bool {
    if type == .invalid || expected == .invalid { return true }
    return type == expected
  }

  func compile(_ expression: Expression, _ source: SourceText, _ diagnostics: inout [Diagnostic]) -> (
    CompiledExpression, ValueType
  ) {
    func fail(_ message: Diagnostic.Message, _ range: Range<Int>) -> (CompiledExpression, ValueType) {
      diagnostics.append(.error(message, at: source.range(range)))
      return (.constant(.unknown), .invalid)
    }
    func operand(_ e: Expression, _ type: ValueType, for op: String) -> CompiledExpression {
      let (compiled, found) = compile(e, source, &diagnostics)
      if !ExpressionCompiler.matches(found, type) {
        diagnostics.append(.error(.operandType(op, expected: type, found: found, e), at: source.range(e.range)))
      }
      return compiled
    }

    switch expression {
    case .number(let v, _): return (.constant(.number(v)), .number)
    case .string(let s, _): return (.constant(.text(s)), .text)
    case .boolean(let b, _): return (.constant(.bool(b)), .boolean)
    case .list(_, let range): return fail(.listOutsideIn, range)
    case .parenthesized(let inner, _): return compile(inner, source, &diagnostics)
    case .name(let name, let range):
      switch symbols[name] {
      case .question(let i)?: return (.slot(i), ExpressionCompiler.type(of: questions[i], index: i))
      case .fact(let i)?: return (.slot(factSlotBase + i), factTypes[i] ?? .invalid)
      case .report(let i)?:
        guard allowsReportNames else { return fail(.stageOnlyName(name), range) }
        return (.slot(reportSlotBase + i), .number)
      case nil:
        var candidates = Array(
          symbols.keys.filter { key in
            if case .report = symbols[key]! { return allowsReportNames }
            return true
          }
        ).sorted()
        candidates.append(contentsOf: ["true", "false"])
        return fail(.unknownName(name, candidates: candidates), range)
      }
    case .negate(let inner, _):
      return (.negate(operand(inner, .number, for: "-")), .number)
    case .not(let inner, _):
      return (.not(operand(inner, .boolean, for: "not")), .boolean)
    case .arithmetic(_, let first, let rest):
      var compiledRest: [(ArithmeticOperator, CompiledExpression)] = []
      compiledRest.reserveCapacity(rest.count)
      let op = rest.first?.0.spelling ?? "+"
      let head = operand(first, .number, for: op)
      for (o, e) in rest { compiledRest.append((o, operand(e, .number, for: o.spelling))) }
      return (.arithmetic(head, compiledRest), .number)
    case .and(let items):
      return (.and(items.map { operand($0, .boolean, for: "and") }), .boolean)
    case .or(let items):
      return (.or(items.map { operand($0, .boolean, for: "or") }), .boolean)
    case .comparison(let op, let lhs, let rhs, let opRange):
      return compileComparison(op, lhs, rhs, opRange, source, &diagnostics)
    case .membership(let lhs, let rhs, let opRange):
      var list = rhs
      while case .parenthesized(let inner, _) = list { list = inner }
      guard case .list(let items, _) = list else {
        _ = compile(lhs, source, &diagnostics)
        return fail(.inNeedsList, rhs.range.isEmpty ? opRange : rhs.range)
      }
      let (left, leftType) = compile(lhs, source, &diagnostics)
      if case .boolean = leftType {
        return fail(.inOnBoolean, lhs.range)
      }
      var compiledItems: [CompiledExpression] = []
      for item in items {
        let (c, t) = compileOperand(item, against: leftType, source, &diagnostics)
        if let t, !ExpressionCompiler.comparable(leftType, t) {
          diagnostics.append(.error(.cannotCompare(leftType, t), at: source.range(item.range)))
        }
        compiledItems.append(c)
      }
      return (.member(left, compiledItems), .boolean)
    case .call(let name, let arguments, let nameRange, let range):
      return compileCall(name, arguments, nameRange, range, source, &diagnostics)
    }
  }

  private static func type(of question: QuestionInfo, index: Int) -> ValueType {
    switch question.type {
    case .integer, .number, .percent: return .number
    case .boolean: return .boolean
    case .text: return .text
    case .choice: return .choice(question: index)
    }
  }

  private static func comparable(_ a: ValueType, _ b: ValueType) -> Bool {
    switch (a, b) {
    case (.invalid, _), (_, .invalid): return true
    case (.number, .number), (.boolean, .boolean), (.text, .text): return true
    case (.choice, .choice): return true  // checked where the question is known
    default: return false
    }
  }

  /// Compiles an operand that is compared with a value of type `other`: a string literal compared
  /// with a choice becomes that choice's option index, and must be one of its options.
  /// Returns `nil` as the type when the operand already reported its own error.
  private func compileOperand(
    _ e: Expression, against other: ValueType, _ source: SourceText, _ diagnostics: inout [Diagnostic]
  ) -> (CompiledExpression, ValueType?) {
    var inner = e
    while case .parenthesized(let x, _) = inner { inner = x }
    if case .choice(let q) = other, case .string(let s, let range) = inner {
      let question = questions[q]
      guard let index = question.choices.firstIndex(of: s) else {
        diagnostics.append(
          .error(.notAChoice(s, question: question.id, choices: question.choices), at: source.range(range)))
        return (.constant(.unknown), nil)
      }
      return (.constant(.choice(index)), .choice(question: q))
    }
    let (c, t) = compile(e, source, &diagnostics)
    if case .choice(let q1) = other, case .choice(let q2) = t, questions[q1].choices != questions[q2].choices {
      diagnostics.append(.error(.differentChoices(questions[q1].id, questions[q2].id), at: source.range(e.range)))
      return (c, nil)
    }
    return (c, t)
  }

  private func compileComparison(
    _ op: ComparisonOperator, _ lhs: Expression, _ rhs: Expression, _ opRange: Range<Int>, _ source: SourceText,
    _ diagnostics: inout [Diagnostic]
  ) -> (CompiledExpression, ValueType) {
    var leftInner = lhs
    while case .parenthesized(let x, _) = leftInner { leftInner = x }
    let left: CompiledExpression
    let leftType: ValueType?
    let right: CompiledExpression
    let rightType: ValueType?
    if case .string = leftInner {
      // Compile the right side first so a literal on the left can be checked against a choice.
      (right, rightType) = compileOperand(rhs, against: .invalid, source, &diagnostics)
      (left, leftType) = compileOperand(lhs, against: rightType ?? .invalid, source, &diagnostics)
    } else {
      (left, leftType) = compileOperand(lhs, against: .invalid, source, &diagnostics)
      (right, rightType) = compileOperand(rhs, against: leftType ?? .invalid, source, &diagnostics)
    }
    guard let leftType, let rightType else { return (.constant(.unknown), .boolean) }
    if !ExpressionCompiler.comparable(leftType, rightType) {
      diagnostics.append(.error(.cannotCompare(leftType, rightType), at: source.range(opRange)))
      return (.constant(.unknown), .boolean)
    }
    switch op {
    case .less, .lessEqual, .greater, .greaterEqual:
      for (type, e) in [(leftType, lhs), (rightType, rhs)] where !ExpressionCompiler.matches(type, .number) {
        diagnostics.append(.error(.orderingNeedsNumbers(op, found: type), at: source.range(e.range)))
        return (.constant(.unknown), .boolean)
      }
      return (.compare(op, left, right), .boolean)
    case .equal, .notEqual:
      if leftType == .number || rightType == .number {
        return (.compare(op, left, right), .boolean)
      }
      return (.equal(left, right, negated: op == .notEqual), .boolean)
    }
  }

  private func compileCall(
    _ name: String, _ arguments: [Expression], _ nameRange: Range<Int>, _ range: Range<Int>, _ source: SourceText,
    _ diagnostics: inout [Diagnostic]
  ) -> (CompiledExpression, ValueType) {
    guard let row = Function.index[name] else {
      diagnostics.append(.error(.unknownFunction(name), at: source.range(nameRange)))
      for argument in arguments { _ = compile(argument, source, &diagnostics) }
      return (.constant(.unknown), .invalid)
    }
    let id = FunctionID(row: row)
    let function = id.function
    guard function.arity.contains(arguments.count) else {
      diagnostics.append(.error(.wrongArity(function), at: source.range(range)))
      return (.constant(.unknown), .invalid)
    }
    func argument(_ e: Expression, _ type: ValueType) -> CompiledExpression {
      let (c, t) = compile(e, source, &diagnostics)
      if !ExpressionCompiler.matches(t, type) {
        diagnostics.append(.error(.argumentType(function, expected: type, found: t), at: source.range(e.range)))
      }
      return c
    }
    switch function.body {
    case .numeric, .text:
      return (.call(id, arguments.enumerated().map { argument($1, function.parameter($0)) }), function.result)
    case .answered:
      var target = arguments[0]
      while case .parenthesized(let x, _) = target { target = x }
      guard case .name(let argumentName, let argumentRange) = target else {
        diagnostics.append(.error(.answeredNeedsName, at: source.range(arguments[0].range)))
        return (.constant(.unknown), .boolean)
      }
      switch symbols[argumentName] {
      case .question(let i)?: return (.answered(i), .boolean)
      case .fact(let i)?: return (.answered(factSlotBase + i), .boolean)
      default:
        _ = compile(target, source, &diagnostics)
        _ = argumentRange
        return (.constant(.unknown), .boolean)
      }
    case .conditional:
      let condition = argument(arguments[0], .boolean)
      let (thenValue, thenType) = compile(arguments[1], source, &diagnostics)
      let (elseValue, elseType) = compileOperand(arguments[2], against: thenType, source, &diagnostics)
      if let elseType, !ExpressionCompiler.comparable(thenType, elseType) {
        diagnostics.append(.error(.ifBranchesDiffer(thenType, elseType), at: source.range(arguments[2].range)))
        return (.constant(.unknown), .invalid)
      }
      return (.call(id, [condition, thenValue, elseValue]), thenType == .invalid ? (elseType ?? .invalid) : thenType)
    }
  }
}
