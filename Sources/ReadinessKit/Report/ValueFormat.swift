/// How reports show a value to a founder: numbers with their unit, grouped by thousands, money to
/// the cent; truth values as yes and no.
enum ValueFormat {
  /// A value as a sentence shows it.
  /// - Parameters:
  ///   - value: The value.
  ///   - unit: Its question's or fact's `unit`: `#` stands for the number (`$# a month`); without
  ///     `#` the unit follows the number (`%` directly, anything else after a space).
  static func text(_ value: EvidenceValue, unit: String?) -> String {
    switch value {
    case .number(let x): return number(x, unit: unit)
    case .boolean(let b): return b ? "yes" : "no"
    case .text(let s): return s
    case .null: return "unknown"
    }
  }

  static func number(_ x: Double, unit: String?) -> String {
    let money = unit.map { $0.contains { "$€£¥".contains($0) } } ?? false
    let cents = (x * 100).rounded(.toNearestOrAwayFromZero) / 100
    let digits: String
    if money && cents != cents.rounded(.towardZero) {
      // Money to the cent: 9.8 reads $9.80.
      let whole = Int64(abs(cents))
      let hundredths = Int64((abs(cents) * 100).rounded()) % 100
      digits = (cents < 0 ? "-" : "") + grouped(String(whole)) + "." + (hundredths < 10 ? "0" : "") + String(hundredths)
    } else {
      let text = Expression.format(cents)
      let negative = text.hasPrefix("-")
      let body = negative ? String(text.dropFirst()) : text
      let parts = body.split(separator: ".", maxSplits: 1)
      let integer = parts.first.map(String.init) ?? body
      let fraction = parts.count > 1 ? "." + parts[1] : ""
      digits = (negative ? "-" : "") + (integer.allSatisfy(\.isNumber) ? grouped(integer) : integer) + fraction
    }
    guard let unit, !unit.isEmpty else { return digits }
    if let hash = unit.firstIndex(of: "#") {
      // The sign leads the whole amount: -$3.50, not $-3.50.
      let negative = digits.hasPrefix("-")
      return (negative ? "-" : "") + unit[..<hash] + (negative ? String(digits.dropFirst()) : digits)
        + unit[unit.index(after: hash)...]
    }
    return unit == "%" ? digits + "%" : digits + " " + unit
  }

  /// Digits with a comma every three places from the right, from 10,000 up (1200 stays 1200 in
  /// running text; 12,000 is easier to read).
  private static func grouped(_ digits: String) -> String {
    guard digits.count > 4 else { return digits }
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
