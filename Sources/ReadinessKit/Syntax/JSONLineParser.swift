/// Reads one JSON Lines record: a flat object whose values are numbers, booleans, strings or null.
///
/// Written for speed and for clear errors: it works on the raw bytes, never recurses, and reports
/// the 1-based column of the first problem.
struct JSONLineParser {
  /// One member of the object. Keys and string values are kept as byte ranges of the line
  /// (decoded only when needed), so matching keys against question ids allocates nothing.
  struct Member {
    var key: Range<Int>
    /// The decoded key, set only when it had escapes.
    var escapedKey: String?
    var keyColumn: Int
    var value: RawValue
    var valueColumn: Int
    /// The value's bytes as written (a string with its quotes), so an id can be echoed exactly.
    var valueRange: Range<Int>
  }

  /// A value as found in the line.
  enum RawValue {
    case number(Double)
    case bool(Bool)
    /// A string's content range (without quotes), and the decoded text when it had escapes.
    case string(Range<Int>, String?)
    case null
  }

  /// A syntax error and its 1-based column.
  struct Failure: Error {
    var message: Diagnostic.Message
    var column: Int
  }

  /// Parses a line.
  /// - Parameter bytes: The line, without its line end.
  /// - Returns: The members in order.
  /// - Throws: `Failure` at the first syntax error.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [Member] {
    var i = 0
    let n = bytes.count
    func skip() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 } }
    func fail(_ message: Diagnostic.Message) -> Failure { Failure(message: message, column: i + 1) }
    skip()
    guard i < n, bytes[i] == 0x7B else { throw fail(.jsonNotAnObject) }
    i += 1
    var members: [Member] = []
    skip()
    if i < n, bytes[i] == 0x7D {
      i += 1
      skip()
      guard i == n else { throw fail(.jsonTextAfterObject) }
      return members
    }
    while true {
      skip()
      guard i < n, bytes[i] == 0x22 else { throw fail(.jsonExpectedName) }
      let keyColumn = i + 1
      let (key, escapedKey) = try string(bytes, &i)
      skip()
      guard i < n, bytes[i] == 0x3A else { throw fail(.jsonExpectedColon) }
      i += 1
      skip()
      let valueColumn = i + 1
      guard i < n else { throw fail(.jsonExpectedValue) }
      let value: RawValue
      switch bytes[i] {
      case 0x22:
        let (range, decoded) = try string(bytes, &i)
        value = .string(range, decoded)
      case 0x74:
        try literal(bytes, &i, "true")
        value = .bool(true)
      case 0x66:
        try literal(bytes, &i, "false")
        value = .bool(false)
      case 0x6E:
        try literal(bytes, &i, "null")
        value = .null
      case 0x7B, 0x5B: throw fail(.jsonNestedValue)
      default: value = .number(try number(bytes, &i))
      }
      members.append(
        Member(
          key: key, escapedKey: escapedKey, keyColumn: keyColumn, value: value, valueColumn: valueColumn,
          valueRange: (valueColumn - 1)..<i))
      skip()
      guard i < n else { throw fail(.jsonUnclosedObject) }
      if bytes[i] == 0x2C {
        i += 1
        continue
      }
      guard bytes[i] == 0x7D else { throw fail(.jsonExpectedCommaOrBrace) }
      i += 1
      skip()
      guard i == n else { throw fail(.jsonTextAfterObject) }
      return members
    }
  }

  private static func literal(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString) throws(Failure)
  {
    let start = i
    var j = 0
    let count = word.utf8CodeUnitCount
    while j < count {
      guard i < bytes.count, bytes[i] == word.utf8Start[j] else {
        throw Failure(message: .jsonUnexpectedValue, column: start + 1)
      }
      i += 1
      j += 1
    }
  }

  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws(Failure) -> Double {
    let start = i
    func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    if i < bytes.count, bytes[i] == 0x2D { i += 1 }
    guard i < bytes.count, digit(bytes[i]) else {
      throw Failure(message: .jsonUnexpectedValue, column: start + 1)
    }
    if bytes[i] == 0x30 { i += 1 } else { while i < bytes.count, digit(bytes[i]) { i += 1 } }
    if i < bytes.count, bytes[i] == 0x2E {
      i += 1
      guard i < bytes.count, digit(bytes[i]) else { throw Failure(message: .jsonMalformedNumber, column: start + 1) }
      while i < bytes.count, digit(bytes[i]) { i += 1 }
    }
    if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
      i += 1
      if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
      guard i < bytes.count, digit(bytes[i]) else { throw Failure(message: .jsonMalformedNumber, column: start + 1) }
      while i < bytes.count, digit(bytes[i]) { i += 1 }
    }
    return decimal(UnsafeBufferPointer(rebasing: bytes[start..<i]))
  }

  private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

  /// The value of a JSON number. Plain decimals with at most 15 significant digits and 22
  /// fraction digits are exact integers divided by an exact power of ten, which IEEE division
  /// rounds correctly (the fast path of Clinger's algorithm); anything else goes to `Double(_:)`.
  static func decimal(_ digits: UnsafeBufferPointer<UInt8>) -> Double {
    var mantissa: UInt64 = 0
    var significant = 0
    var fraction = 0
    var inFraction = false
    var negative = false
    var simple = true
    for (k, b) in digits.enumerated() {
      switch b {
      case 0x2D where k == 0: negative = true
      case 0x2E: inFraction = true
      case 0x30...0x39:
        if mantissa != 0 || b != 0x30 { significant += 1 }
        mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
        if inFraction { fraction += 1 }
      default: simple = false
      }
    }
    if simple && significant <= 15 && fraction <= 22 {
      let value = Double(mantissa) / powersOfTen[fraction]
      return negative ? -value : value
    }
    return Double(String(decoding: digits, as: UTF8.self)) ?? .infinity
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws(Failure) -> (
    Range<Int>, String?
  ) {
    let start = i
    i += 1
    let contentStart = i
    // Fast path: no escapes; the content is returned as a range.
    while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
    if i < bytes.count, bytes[i] == 0x22 {
      let range = contentStart..<i
      i += 1
      return (range, nil)
    }
    var out = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<i]))
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x22 {
        i += 1
        guard let text = out.withUnsafeBufferPointer({ String(wellFormedUTF8: $0) }) else {
          throw Failure(message: .jsonInvalidUTF8, column: start + 1)
        }
        return (contentStart..<(i - 1), text)
      }
      if b < 0x20 { throw Failure(message: .jsonControlCharacter, column: i + 1) }
      if b != 0x5C {
        out.append(b)
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { break }
      let escape = bytes[i + 1]
      i += 2
      switch escape {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x2F: out.append(0x2F)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        guard var scalar = hex4(bytes, i) else { throw Failure(message: .jsonMalformedUnicodeEscape, column: i - 1) }
        i += 4
        if scalar >= 0xD800 && scalar < 0xDC00 {
          guard i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75, let low = hex4(bytes, i + 2),
            low >= 0xDC00 && low < 0xE000
          else { throw Failure(message: .jsonUnpairedSurrogate, column: i - 5) }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        guard let unicode = Unicode.Scalar(scalar) else {
          throw Failure(message: .jsonInvalidUnicodeEscape, column: i - 5)
        }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
      default:
        throw Failure(message: .jsonUnknownEscape, column: i - 1)
      }
    }
    throw Failure(message: .jsonUnterminatedString, column: start + 1)
  }

  /// A string member's text: decoded when it had escapes, otherwise its bytes, which must be UTF-8.
  static func text(_ range: Range<Int>, _ decoded: String?, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if let decoded { return decoded }
    return String(wellFormedUTF8: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
    guard at + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for k in 0..<4 {
      let b = bytes[at + k]
      let d: UInt32
      switch b {
      case 0x30...0x39: d = UInt32(b - 0x30)
      case 0x41...0x46: d = UInt32(b - 0x41 + 10)
      case 0x61...0x66: d = UInt32(b - 0x61 + 10)
      default: return nil
      }
      value = value << 4 | d
    }
    return value
  }
}
