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
