/// How reports show a value to a founder: numbers with their unit, grouped by thousands, money to
/// the cent; truth values as yes and no.
enum ValueFormat {
  /// A question's or fact's `unit`, read once: `#` stands for the number (`$# a month`); without
  /// `#` the unit follows the number (`%` directly, anything else after a space). A unit with
  /// `$`, `€`, `£` or `¥` is money, shown to the cent when not whole.
  /// A unit may give its singular first, `customer | customers`: one reads "1 customer".
  struct Unit: Sendable, Hashable {
    /// What comes before and after the number.
    struct Form: Sendable, Hashable {
      var prefix: String
      var suffix: String

      init(_ form: String) {
        if let hash = form.firstIndex(of: "#") {
          prefix = String(form[..<hash])
          suffix = String(form[form.index(after: hash)...])
        } else {
          prefix = ""
          suffix = form.isEmpty || form == "%" ? form : " " + form
        }
      }
    }

    var plural: Form
    /// The form for exactly one, when the unit gives a singular.
    var singular: Form?
    var money: Bool

    init(_ text: String) {
      let forms = text.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      plural = Form(forms.last ?? "")
      singular = forms.count == 2 ? Form(forms[0]) : nil
      money = text.unicodeScalars.contains { "$€£¥".unicodeScalars.contains($0) }
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

  /// A choice as a founder reads it: its option's name with the hyphens and underscores that
  /// make it an id turned into spaces (`subscription-tool` reads "subscription tool"). JSON
  /// keeps the id as the evidence's value.
  static func choice(_ name: String) -> String {
    String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
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
    let form = digits == "1" ? unit.singular ?? unit.plural : unit.plural
    return sign + form.prefix + digits + form.suffix
  }

  /// Digits with a comma every three places from the right, from 1,000 up, as English prose writes
  /// amounts ("$2,078.40", "1,216 customers").
  private static func grouped(_ n: Int64) -> String {
    guard n >= 1000 else { return String(n) }
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
