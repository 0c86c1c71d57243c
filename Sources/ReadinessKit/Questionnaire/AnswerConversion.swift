extension Question {
  /// Converts an answer as written in a questionnaire to a value of this question's type.
  /// - Parameter text: The answer, quotes already removed; not empty.
  /// - Returns: The value, or the reason it is refused.
  func convert(_ text: String) -> Result<Value, Diagnostic.Message> {
    Question.convert(text, type: type, choices: choices, minimum: minimum, maximum: maximum)
  }

  static func convert(_ raw: String, type: QuestionType, choices: [String], minimum: Double?, maximum: Double?)
    -> Result<Value, Diagnostic.Message>
  {
    let text = String(raw.trimmingWhitespace())
    switch type {
    case .text:
      return .success(.text(raw))
    case .boolean:
      switch text.lowercased() {
      case "yes", "true", "y": return .success(.bool(true))
      case "no", "false", "n": return .success(.bool(false))
      default: return .failure(.notABoolean(text))
      }
    case .choice:
      if let index = choices.firstIndex(of: text) { return .success(.choice(index)) }
      if let index = choices.firstIndex(where: { $0.lowercased() == text.lowercased() }) {
        return .success(.choice(index))
      }
      return .failure(.notAnOption(text, choices: choices))
    case .integer, .number, .percent:
      var numberText = Substring(text)
      if type == .percent, numberText.hasSuffix("%") {
        numberText = numberText.dropLast().trimmingTrailingWhitespace()
      }
      guard let value = parseNumber(numberText) else {
        if type != .percent && text.hasSuffix("%") { return .failure(.percentOnNonPercent(type)) }
        return .failure(.notANumber(text, type))
      }
      return checked(value, type: type, minimum: minimum, maximum: maximum).map { .number($0) }
    }
  }

  /// Checks a number against a question's type and range.
  static func checked(_ value: Double, type: QuestionType, minimum: Double?, maximum: Double?) -> Result<
    Double, Diagnostic.Message
  > {
    guard value.isFinite, abs(value) <= Limits.maximumMagnitude else { return .failure(.absurdNumber) }
    if type == .integer && value != value.rounded() { return .failure(.notWholeNumber) }
    var low = minimum
    var high = maximum
    if type == .percent {
      low = max(low ?? 0, 0)
      high = min(high ?? 100, 100)
    }
    if let low, let high, value < low || value > high {
      return .failure(.outOfRange(low: low, high: high, percent: type == .percent))
    }
    if let low, value < low { return .failure(.tooSmall(low)) }
    if let high, value > high { return .failure(.tooLarge(high)) }
    return .success(value == 0 ? 0 : value)  // no negative zero in reports
  }

  /// Parses a plain decimal number: an optional sign, digits, an optional fraction and exponent.
  /// Refuses what `Double(_:)` would also take but people never mean: `nan`, `inf`, hex.
  static func parseNumber(_ text: Substring) -> Double? {
    guard !text.isEmpty else { return nil }
    guard text.utf8.count <= 64 else { return longDecimal(text) }
    var sawDigit = false
    for (i, b) in text.utf8.enumerated() {
      switch b {
      case 0x30...0x39: sawDigit = true
      case 0x2E, 0x65, 0x45: continue
      case 0x2B, 0x2D:
        if i != 0 && !(text.utf8.dropFirst(i - 1).first.map { $0 == 0x65 || $0 == 0x45 } ?? false) { return nil }
      default: return nil
      }
    }
    guard sawDigit else { return nil }
    return Double(text)
  }

  /// The value of a plain decimal longer than 64 characters (an optional sign, digits, one
  /// optional `.`), or `nil` for anything else. Its digits are not all handed to `Double(_:)`,
  /// whose time grows with them: a whole part of more than 20 digits is beyond any answer's limit
  /// (infinity, which the caller calls too large), and otherwise the first 30 significant digits
  /// decide the value, so `0.000…0001` with 80 zeros is the tiny number it is, not "too large".
  static func longDecimal(_ text: Substring) -> Double? {
    var bytes = text.utf8
    var sign = ""
    if let first = bytes.first, first == 0x2B || first == 0x2D {
      sign = first == 0x2D ? "-" : ""
      bytes = bytes.dropFirst()
    }
    let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
    guard bytes.allSatisfy({ isDigit($0) || $0 == 0x2E }), bytes.filter({ $0 == 0x2E }).count <= 1,
      bytes.contains(where: isDigit)
    else { return nil }
    let dot = bytes.firstIndex(of: 0x2E) ?? bytes.endIndex
    let whole = bytes[..<dot].drop { $0 == 0x30 }
    if whole.count > 20 { return sign == "-" ? -.infinity : .infinity }
    let fraction = dot == bytes.endIndex ? bytes[dot...] : bytes[bytes.index(after: dot)...]
    let text = { (digits: Substring.UTF8View) in String(decoding: digits, as: UTF8.self) }
    if !whole.isEmpty { return Double(sign + text(whole) + "." + text(fraction.prefix(30)) + "0") }
    let zeros = fraction.prefix { $0 == 0x30 }.count
    let significant = fraction.dropFirst(zeros).prefix(30)
    if significant.isEmpty { return 0 }
    return Double(sign + "0." + text(significant) + "e-" + String(zeros))
  }

  /// Checks a typed answer given in code against this question.
  /// - Parameter answer: The answer.
  /// - Returns: The value, or the reason it is refused.
  func convert(_ answer: AnswerValue) -> Result<Value, Diagnostic.Message> {
    switch (type, answer) {
    case (.integer, .integer(let v)), (.number, .integer(let v)), (.percent, .integer(let v)):
      return Question.checked(Double(v), type: type, minimum: minimum, maximum: maximum).map { .number($0) }
    case (.integer, .number(let v)), (.number, .number(let v)), (.percent, .number(let v)),
      (.percent, .percent(let v)):
      return Question.checked(v, type: type, minimum: minimum, maximum: maximum).map { .number($0) }
    case (.boolean, .boolean(let v)):
      return .success(.bool(v))
    case (.choice, .choice(let s)), (.choice, .text(let s)):
      return convert(s)
    case (.text, .text(let s)), (.text, .choice(let s)):
      return .success(.text(s))
    default:
      return .failure(.wrongAnswerType(expected: type))
    }
  }

  /// The typed form of a slot value of this question.
  func answerValue(_ value: Value) -> AnswerValue? {
    AnswerValue(value, type: type, choices: choices)
  }
}
