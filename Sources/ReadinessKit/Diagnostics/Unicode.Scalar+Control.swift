extension Unicode.Scalar {
  /// Whether it is a control character (C0, DEL or C1). Tab is one; callers that accept tabs say so.
  ///
  /// These are exactly the scalars of general category Cc, which Unicode's stability policy fixes
  /// forever; compared directly, because looking the category up in the property tables made it
  /// the most expensive step of reading a rule file (every scalar of every line is checked).
  @inline(__always)
  var isControl: Bool { value < 0x20 || (value >= 0x7F && value < 0xA0) }

  /// The scalar as `U+0000`, at least four hex digits, as messages name a character.
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }

  /// The scalar as text for a person shows it: a C0 control as its symbol (`␀`, `␉`, `␊`, `␛`),
  /// DEL as `␡`, a C1 control as `�`, anything else as itself. One character for one, so columns
  /// and carets stay aligned.
  var visible: Unicode.Scalar {
    switch value {
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)!
    case 0x7F: return "\u{2421}"
    case 0x80..<0xA0: return "\u{FFFD}"
    default: return self
    }
  }

  /// Text with every control character shown by `visible`, so text from input (an answer, a key,
  /// a file name) cannot drive the terminal it is printed on.
  /// - Parameters:
  ///   - text: The text.
  ///   - keepingTabs: Whether tabs stay tabs (a quoted source line keeps them so the caret line
  ///     can repeat them).
  /// - Returns: The text, itself when it has no control character to show.
  static func visible(_ text: String, keepingTabs: Bool = false) -> String {
    let shown = { (scalar: Unicode.Scalar) in scalar.isControl && !(keepingTabs && scalar == "\t") }
    guard text.unicodeScalars.contains(where: shown) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { out.append(shown(scalar) ? scalar.visible : scalar) }
    return String(out)
  }
}
