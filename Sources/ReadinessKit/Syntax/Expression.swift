/// An expression as written, with the position of every node.
///
/// Chains of the same precedence (`a + b - c`, `a and b and c`) are kept as one node with a list of
/// operands, so a chain of 10 000 terms is a shallow tree that later passes walk without deep recursion.
indirect enum Expression: Sendable, Hashable {
  case number(Double, Range<Int>)
  case string(String, Range<Int>)
  case boolean(Bool, Range<Int>)
  case list([Expression], Range<Int>)
  case name(String, Range<Int>)
  case negate(Expression, Range<Int>)
  case not(Expression, Range<Int>)
  /// `first (op operand)*` for `+ -` (`.sum`) or `* /` (`.product`).
  case arithmetic(ArithmeticLevel, Expression, [(ArithmeticOperator, Expression)])
  case and([Expression])
  case or([Expression])
  case comparison(ComparisonOperator, Expression, Expression, operatorRange: Range<Int>)
  case membership(Expression, Expression, operatorRange: Range<Int>)
  case call(String, [Expression], nameRange: Range<Int>, range: Range<Int>)
  /// An expression in parentheses; kept so `(a < b) == c` is told apart from `a < b == c`.
  case parenthesized(Expression, Range<Int>)

  /// The UTF-8 offsets the node covers in its expression text.
  var range: Range<Int> {
    switch self {
    case .number(_, let r), .string(_, let r), .boolean(_, let r), .list(_, let r), .name(_, let r),
      .negate(_, let r), .not(_, let r), .parenthesized(_, let r):
      return r
    case .arithmetic(_, let first, let rest):
      return first.range.lowerBound..<(rest.last?.1.range.upperBound ?? first.range.upperBound)
    case .and(let items), .or(let items):
      return items[0].range.lowerBound..<items[items.count - 1].range.upperBound
    case .comparison(_, let l, let r, _), .membership(let l, let r, _):
      return l.range.lowerBound..<r.range.upperBound
    case .call(_, _, _, let r):
      return r
    }
  }

  static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.description == rhs.description }
  func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

extension Expression: CustomStringConvertible {
  /// The expression written back in canonical form, fully parenthesised where precedence matters.
  var description: String {
    switch self {
    case .number(let v, _): return Expression.format(v)
    case .string(let s, _):
      return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .boolean(let b, _): return b ? "true" : "false"
    case .list(let items, _): return "[" + items.map(\.description).joined(separator: ", ") + "]"
    case .name(let n, _): return n
    case .negate(let e, _): return "-\(e.operandDescription)"
    case .not(let e, _): return "not \(e.operandDescription)"
    case .arithmetic(_, let first, let rest):
      return "(" + ([first.description] + rest.map { "\($0.0.spelling) \($0.1.description)" }).joined(separator: " ")
        + ")"
    case .and(let items): return "(" + items.map(\.description).joined(separator: " and ") + ")"
    case .or(let items): return "(" + items.map(\.description).joined(separator: " or ") + ")"
    case .comparison(let op, let l, let r, _): return "(\(l) \(op.spelling) \(r))"
    case .membership(let l, let r, _): return "(\(l) in \(r))"
    case .call(let name, let args, _, _): return "\(name)(" + args.map(\.description).joined(separator: ", ") + ")"
    case .parenthesized(let e, _): return e.description
    }
  }

  private var operandDescription: String {
    switch self {
    case .number, .string, .boolean, .list, .name, .call: return description
    case .parenthesized(let inner, _): return inner.operandDescription
    default:
      let text = description
      return text.hasPrefix("(") ? text : "(\(text))"
    }
  }

  /// Numbers as people write them: whole numbers without a decimal point.
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
