/// How reports show a value to a founder: numbers with their unit, grouped by thousands, money to
/// the cent; truth values as yes and no.
enum ValueFormat {
  /// A question's or fact's `unit`, read once: `#` stands for the number (`$# a month`); without
  /// `#` the unit follows the number (`%` directly, anything else after a space). A unit with
  /// `$`, `€`, `£` or `¥` is money, shown to the cent when not whole.
  /// A unit may give its singular first, `customer | customers`: one reads "1 customer".
  struct Unit: Sendable, Hashable {
    var prefix: String
    var suffix: String
    var money: Bool
    /// The forms for exactly one, when the unit gives a singular.
    var singular: (prefix: String, suffix: String)?

    init(_ text: String) {
      let forms = text.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let plural = forms.last ?? ""
      money = text.unicodeScalars.contains { "$€£¥".unicodeScalars.contains($0) }
      (prefix, suffix) = Self.parts(plural)
      singular = forms.count == 2 ? Self.parts(forms[0]) : nil
    }

    private static func parts(_ form: String) -> (String, String) {
      if let hash = form.firstIndex(of: "#") {
        return (String(form[..<hash]), String(form[form.index(after: hash)...]))
      }
      return ("", form.isEmpty || form == "%" ? form : " " + form)
    }

    static func == (a: Unit, b: Unit) -> Bool {
      a.prefix == b.prefix && a.suffix == b.suffix && a.money == b.money
        && a.singular?.prefix == b.singular?.prefix && a.singular?.suffix == b.singular?.suffix
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(prefix)
      hasher.combine(suffix)
      hasher.combine(singular?.prefix)
      hasher.combine(singular?.suffix)
    }
  }

  /// A value as a sentence shows it.
  static func text(_ value: EvidenceValue, unit: Unit?) -> String {
    switch value {
    case .number(let x): return number(x, unit: unit)
    case .boolean(let b): return b ? "yes" : "no"
    case .text(let s): return s
    case .null: return "unknown"
    }
  }

  /// A value as a sentence shows it, with a unit still to be read.
  static func text(_ value: EvidenceValue, unit: String?) -> String {
    text(value, unit: unit.map(Unit.init))
  }

  static func number(_ x: Double, unit: Unit?) -> String {
    let digits: String
    let negative = x < 0
    let magnitude = Swift.abs(x)
    if magnitude < 1e13 {
      // Rounded to the cent, in whole cents: exact below 2^53.
      let cents = Int64((magnitude * 100).rounded(.toNearestOrAwayFromZero))
      let whole = grouped(cents / 100)
      let hundredths = Int(cents % 100)
      if hundredths == 0 {
        digits = whole
      } else if unit?.money == true || hundredths % 10 != 0 {
        digits = whole + (hundredths < 10 ? ".0" : ".") + String(hundredths)
      } else {
        digits = whole + "." + String(hundredths / 10)
      }
    } else {
      digits = Expression.format(magnitude)
    }
    let sign = negative && digits != "0" ? "-" : ""
    guard let unit else { return sign + digits }
    // The sign leads the whole amount: -$3.50, not $-3.50.
    if digits == "1", let one = unit.singular { return sign + one.prefix + digits + one.suffix }
    return sign + unit.prefix + digits + unit.suffix
  }

  /// Digits with a comma every three places from the right, from 10,000 up (1200 stays 1200 in
  /// running text; 12,000 is easier to read).
  private static func grouped(_ n: Int64) -> String {
    guard n >= 10_000 else { return String(n) }
    var groups: [Int64] = []
    var rest = n
    while rest >= 1000 {
      groups.append(rest % 1000)
      rest /= 1000
    }
    var out = String(rest)
    for group in groups.reversed() {
      out += group < 10 ? ",00" : (group < 100 ? ",0" : ",")
      out += String(group)
    }
    return out
  }
}
