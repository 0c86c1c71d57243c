/// Text functions of text answers (`length(trim(x))`, `lower(x)`, `contains(x, "gpt")`, ...) that
/// the machine reads as registers: they depend on the answers alone, so the reference evaluator
/// works each out once per questionnaire, before the machine runs.
struct TextFeatures: Sendable {
  /// How a feature's value is held in its register.
  enum Kind: Sendable {
    case number, boolean
    /// Text, as its id among the machine's text constants (-1 for any other text).
    case textID
  }

  struct Feature: Sendable {
    var expression: CompiledExpression
    var kind: Kind
    var register: Register
  }

  /// Questions come first among slots; features may read question slots only.
  let questionCount: Int
  /// The register of the first feature; the others follow.
  let base: Int
  /// The features, in register order; set by `add(_:kind:)`, or whole when a pack is read back.
  var items: [Feature] = []

  mutating func add(_ expression: CompiledExpression, kind: Kind) -> Register {
    let register = Register(base + items.count)
    items.append(Feature(expression: expression, kind: kind, register: register))
    return register
  }
}
