/// A value in evidence: a number, a boolean, text, or nothing.
public enum EvidenceValue: Codable, Sendable, Hashable, CustomStringConvertible {
  /// A number.
  case number(Double)
  /// A boolean.
  case boolean(Bool)
  /// Text or a choice.
  case text(String)
  /// Unknown.
  case null

  /// Decodes a JSON scalar.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` for anything but a scalar.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let b = try? container.decode(Bool.self) {
      self = .boolean(b)
    } else if let n = try? container.decode(Double.self) {
      self = .number(n)
    } else {
      self = .text(try container.decode(String.self))
    }
  }

  /// Encodes as a JSON scalar.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let n): try container.encode(n)
    case .boolean(let b): try container.encode(b)
    case .text(let s): try container.encode(s)
    case .null: try container.encodeNil()
    }
  }

  /// The value as a person reads it; numbers are rounded to two decimals (JSON keeps them exact).
  public var description: String {
    switch self {
    case .number(let n): return Expression.format((n * 100).rounded(.toNearestOrAwayFromZero) / 100)
    case .boolean(let b): return b ? "yes" : "no"
    case .text(let s): return s
    case .null: return "unknown"
    }
  }
}
