/// An expression resolved to slots and type-checked: what the evaluator runs.
///
/// Names are replaced by slot indexes and choice strings by option indexes, so evaluation does no
/// look-up and no comparison of ids.
indirect enum CompiledExpression: Sendable {
  case constant(Value)
  case slot(Int)
  case answered(Int)
  case negate(CompiledExpression)
  case not(CompiledExpression)
  case arithmetic(CompiledExpression, [(ArithmeticOperator, CompiledExpression)])
  case and([CompiledExpression])
  case or([CompiledExpression])
  /// Ordering of two numbers (`<`, `<=`, `>`, `>=`; also `==`/`!=` on numbers).
  case compare(ComparisonOperator, CompiledExpression, CompiledExpression)
  /// Equality of two values of the same non-number type.
  case equal(CompiledExpression, CompiledExpression, negated: Bool)
  case member(CompiledExpression, [CompiledExpression])
  case call(FunctionID, [CompiledExpression])
}
