/// A Pratt parser for the expression language, driven by `OperatorTable`.
///
/// Recursion happens only for nesting (parentheses, prefix operators, arguments, list items) and is
/// bounded by `Limits.maximumNesting`; chains of one precedence level are built by a loop.
struct ExpressionParser {
  /// A parse error: what is wrong and where (UTF-8 offsets in the expression text).
  typealias Failure = Lexer.Failure

  private var tokens: [Token]
  private var position = 0
  private var depth = 0

  private init(tokens: [Token]) { self.tokens = tokens }

  /// Parses a whole expression.
  /// - Parameter text: The expression text.
  /// - Returns: The expression tree.
  /// - Throws: `ExpressionParser.Failure` at the first error.
  static func parse(_ text: String) throws(Failure) -> Expression {
    var parser = ExpressionParser(tokens: try Lexer.tokenize(text))
    if case .end = parser.tokens[0].kind {
      throw Failure(message: .emptyExpression, range: 0..<0)
    }
    let expression = try parser.parseExpression(0)
    let next = parser.tokens[parser.position]
    if case .end = next.kind { return expression }
    if case .symbol(.rightParen) = next.kind {
      throw Failure(message: .unbalancedParenthesis, range: next.range)
    }
    throw Failure(message: .unexpectedToken(describe(next)), range: next.range)
  }

  private var current: Token { tokens[position] }

  private mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private mutating func parseExpression(_ minimum: Int) throws(Failure) -> Expression {
    depth += 1
    defer { depth -= 1 }
    if depth > Limits.maximumNesting {
      throw Failure(message: .nestedTooDeeply, range: current.range)
    }
    var lhs = try parsePrefix()
    while let (op, power) = OperatorTable.infix(current.kind), power > minimum {
      let operatorToken = advance()
      let rhs = try parseExpression(power)
      // Chains grow in place: the old node is dropped first so its array is uniquely referenced.
      switch op {
      case .or:
        if case .or(var items) = lhs {
          lhs = .boolean(false, 0..<0)
          items.append(rhs)
          lhs = .or(items)
        } else {
          lhs = .or([lhs, rhs])
        }
      case .and:
        if case .and(var items) = lhs {
          lhs = .boolean(false, 0..<0)
          items.append(rhs)
          lhs = .and(items)
        } else {
          lhs = .and([lhs, rhs])
        }
      case .comparison(let comparison):
        try refuseChainedComparison(lhs, operatorToken)
        lhs = .comparison(comparison, lhs, rhs, operatorRange: operatorToken.range)
      case .membership:
        try refuseChainedComparison(lhs, operatorToken)
        lhs = .membership(lhs, rhs, operatorRange: operatorToken.range)
      case .arithmetic(let level, let arithmetic):
        if case .arithmetic(level, let first, var rest) = lhs {
          lhs = .boolean(false, 0..<0)
          rest.append((arithmetic, rhs))
          lhs = .arithmetic(level, first, rest)
        } else {
          lhs = .arithmetic(level, lhs, [(arithmetic, rhs)])
        }
      }
    }
    return lhs
  }

  private func refuseChainedComparison(_ lhs: Expression, _ token: Token) throws(Failure) {
    switch lhs {
    case .comparison, .membership:
      throw Failure(message: .chainedComparison, range: token.range)
    default: return
    }
  }

  private mutating func parsePrefix() throws(Failure) -> Expression {
    let token = advance()
    switch token.kind {
    case .number(let value): return .number(value, token.range)
    case .string(let value): return .string(value, token.range)
    case .keyword(.true): return .boolean(true, token.range)
    case .keyword(.false): return .boolean(false, token.range)
    case .keyword(.not):
      let operand = try parseExpression(OperatorTable.not)
      return .not(operand, token.range.lowerBound..<operand.range.upperBound)
    case .symbol(.minus):
      let operand = try parseExpression(OperatorTable.unaryMinus)
      return .negate(operand, token.range.lowerBound..<operand.range.upperBound)
    case .symbol(.leftParen):
      let inner = try parseExpression(0)
      let close = advance()
      guard case .symbol(.rightParen) = close.kind else {
        throw Failure(message: .missingCloseParenthesis, range: token.range)
      }
      return .parenthesized(inner, token.range.lowerBound..<close.range.upperBound)
    case .symbol(.leftBracket):
      let items = try parseList(closing: .rightBracket, opening: token)
      return .list(items.items, token.range.lowerBound..<items.end)
    case .name(let name):
      if case .symbol(.leftParen) = current.kind {
        let open = advance()
        let arguments = try parseList(closing: .rightParen, opening: open)
        return .call(name, arguments.items, nameRange: token.range, range: token.range.lowerBound..<arguments.end)
      }
      return .name(name, token.range)
    case .end:
      throw Failure(message: .unexpectedEnd, range: token.range)
    default:
      throw Failure(message: .expectedValue(found: ExpressionParser.describe(token)), range: token.range)
    }
  }

  /// Items separated by commas up to a closing symbol; returns them and the end offset.
  private mutating func parseList(closing: Token.Symbol, opening: Token) throws(Failure) -> (
    items: [Expression], end: Int
  ) {
    depth += 1
    defer { depth -= 1 }
    if depth > Limits.maximumNesting {
      throw Failure(message: .nestedTooDeeply, range: opening.range)
    }
    var items: [Expression] = []
    if case .symbol(closing) = current.kind {
      return (items, advance().range.upperBound)
    }
    while true {
      items.append(try parseExpression(0))
      let next = advance()
      switch next.kind {
      case .symbol(closing): return (items, next.range.upperBound)
      case .symbol(.comma):
        if case .symbol(closing) = current.kind { return (items, advance().range.upperBound) }
        continue
      case .end:
        throw Failure(message: .unclosed(opening: closing == .rightParen ? "(" : "["), range: opening.range)
      default:
        throw Failure(
          message: .expectedCommaOr(closing.rawValue, found: ExpressionParser.describe(next)), range: next.range)
      }
    }
  }

  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .number(let v): return "number \(Expression.format(v))"
    case .string(let s): return "string \"\(s.prefix(20))\""
    case .name(let n): return "name '\(n)'"
    case .keyword(let k): return "'\(k.rawValue)'"
    case .symbol(let s): return "'\(s.rawValue)'"
    case .end: return "end of expression"
    }
  }
}
