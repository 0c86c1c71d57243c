/// Turns expression text into tokens, reporting the first lexical error with its position.
struct Lexer {
  /// A lexical error: what is wrong and where (UTF-8 offsets in the expression text).
  struct Failure: Error {
    var message: Diagnostic.Message
    var range: Range<Int>
  }

  /// Splits an expression into tokens, ending with `.end`.
  /// - Parameter text: The expression text.
  /// - Returns: The tokens.
  /// - Throws: `Lexer.Failure` at the first character that cannot start a token.
  static func tokenize(_ text: String) throws(Failure) -> [Token] {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    var i = 0
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    func isNameStart(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 {
        i += 1
        continue
      }
      let start = i
      if isDigit(b) || (b == 0x2E && i + 1 < bytes.count && isDigit(bytes[i + 1])) {
        while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        if i < bytes.count && bytes[i] == 0x2E {
          i += 1
          while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count && (bytes[i] == 0x65 || bytes[i] == 0x45) {
          var j = i + 1
          if j < bytes.count && (bytes[j] == 0x2B || bytes[j] == 0x2D) { j += 1 }
          if j < bytes.count && isDigit(bytes[j]) {
            i = j
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
          }
        }
        if i < bytes.count && (isNameStart(bytes[i]) || isDigit(bytes[i])) {
          while i < bytes.count && (isNameStart(bytes[i]) || isDigit(bytes[i])) { i += 1 }
          throw Failure(message: .malformedNumber, range: start..<i)
        }
        let literal = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let value = Double(literal), value.isFinite, value <= Limits.maximumMagnitude else {
          throw Failure(message: .numberTooLarge(literal), range: start..<i)
        }
        tokens.append(Token(kind: .number(value), range: start..<i))
        continue
      }
      if isNameStart(b) {
        while i < bytes.count && (isNameStart(bytes[i]) || isDigit(bytes[i])) { i += 1 }
        let word = String(decoding: bytes[start..<i], as: UTF8.self)
        // Keywords are two to five letters; most names are longer, and need no comparison.
        if i - start <= 5, let keyword = Token.Keyword(rawValue: word) {
          tokens.append(Token(kind: .keyword(keyword), range: start..<i))
        } else {
          tokens.append(Token(kind: .name(word), range: start..<i))
        }
        continue
      }
      if b == 0x22 {
        i += 1
        var value: [UInt8] = []
        var closed = false
        while i < bytes.count {
          let c = bytes[i]
          if c == 0x22 {
            closed = true
            i += 1
            break
          }
          if c == 0x5C {
            guard i + 1 < bytes.count else { break }
            switch bytes[i + 1] {
            case 0x22: value.append(0x22)
            case 0x5C: value.append(0x5C)
            case 0x6E: value.append(0x0A)
            case 0x74: value.append(0x09)
            default:
              throw Failure(message: .unknownEscape, range: i..<(i + 2))
            }
            i += 2
            continue
          }
          value.append(c)
          i += 1
        }
        guard closed else { throw Failure(message: .unterminatedString, range: start..<(start + 1)) }
        tokens.append(Token(kind: .string(String(decoding: value, as: UTF8.self)), range: start..<i))
        continue
      }
      let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
      if let (symbol, length) = Token.Symbol.spelled(b, next) {
        tokens.append(Token(kind: .symbol(symbol), range: i..<(i + length)))
        i += length
        continue
      }
      switch (b, next) {
      case (0x26, 0x26): throw Failure(message: .useWord("and", for: "&&"), range: i..<(i + 2))
      case (0x7C, 0x7C): throw Failure(message: .useWord("or", for: "||"), range: i..<(i + 2))
      default: break
      }
      switch b {
      case 0x3D: throw Failure(message: .singleEquals, range: i..<(i + 1))
      case 0x21: throw Failure(message: .useWord("not", for: "!"), range: i..<(i + 1))
      case 0x27: throw Failure(message: .singleQuotes, range: i..<(i + 1))
      default:
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[i..<end], as: UTF8.self)
        throw Failure(message: .unexpectedCharacter(character), range: i..<end)
      }
    }
    tokens.append(Token(kind: .end, range: bytes.count..<bytes.count))
    return tokens
  }
}
