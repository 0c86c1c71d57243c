/// The precedence of every operator, in one place.
///
/// Binding powers, lowest first: `or` < `and` < `not` < comparisons and `in` < `+ -` < `* /` <
/// unary minus. All binary operators are left-associative, except comparisons, which do not chain.
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

  /// The infix operator a token starts, with its binding power.
  /// - Parameter kind: The token.
  /// - Returns: The operator and its binding power, or `nil` when the token is not infix.
  static func infix(_ kind: Token.Kind) -> (Infix, Int)? {
    switch kind {
    case .keyword(.or): return (.or, or)
    case .keyword(.and): return (.and, and)
    case .keyword(.in): return (.membership, comparison)
    case .symbol(let symbol):
      switch symbol {
      case .equal: return (.comparison(.equal), comparison)
      case .notEqual: return (.comparison(.notEqual), comparison)
      case .less: return (.comparison(.less), comparison)
      case .lessEqual: return (.comparison(.lessEqual), comparison)
      case .greater: return (.comparison(.greater), comparison)
      case .greaterEqual: return (.comparison(.greaterEqual), comparison)
      case .plus: return (.arithmetic(.sum, .add), sum)
      case .minus: return (.arithmetic(.sum, .subtract), sum)
      case .star: return (.arithmetic(.product, .multiply), product)
      case .slash: return (.arithmetic(.product, .divide), product)
      default: return nil
      }
    default: return nil
    }
  }
}
