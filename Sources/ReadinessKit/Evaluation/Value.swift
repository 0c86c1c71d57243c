/// A value during evaluation. `unknown` is the third truth value: what an unanswered question
/// without a default holds, and what any operation on it gives unless the result is settled anyway
/// (`false and unknown` is `false`, `true or unknown` is `true`).
enum Value: Sendable, Hashable {
  case unknown
  case number(Double)
  case bool(Bool)
  case text(String)
  /// A choice, as the index of the option in its question's `choices`.
  case choice(Int)
}

extension Value {
  /// Equality as `==`, `!=` and `in` mean it: texts through `TextComparison.equal`, anything else
  /// as the same case with the same payload.
  func equals(_ other: Value) -> Bool {
    if case .text(let a) = self, case .text(let b) = other { return TextComparison.equal(a, b) }
    return self == other
  }
}
