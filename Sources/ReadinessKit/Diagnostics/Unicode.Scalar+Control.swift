extension Unicode.Scalar {
  /// Whether it is a control character (C0, DEL or C1). Tab is one; callers that accept tabs say so.
  var isControl: Bool { properties.generalCategory == .control }

  /// The scalar as `U+0000`, at least four hex digits, as messages name a character.
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }
}
