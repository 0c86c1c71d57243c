/// The names a `[stage]` condition may use besides answers and facts, in slot order after the
/// facts: the one declaration of both their names and their positions, which the compiler gives
/// slots by and the report fills in by.
enum ReportNames {
  /// The severities, most serious first, as their `<severity>_findings` names are ordered.
  static let severities: [Severity] = Severity.allCases.sorted { $0 > $1 }

  /// Position of `score`.
  static let score = 0
  /// Position of `<severity>_findings`: most serious first. Arithmetic on the rank rather than a
  /// look-up in `severities`, because every assessment on every core asks, and reading a shared
  /// array would count references to it.
  @inline(__always)
  static func findings(_ severity: Severity) -> Int { findings(rank: severity.rank) }

  /// Position of the `<severity>_findings` of the severity with this rank.
  @inline(__always)
  static func findings(rank: Int) -> Int { 1 + Severity.critical.rank - rank }
  /// Position of `findings`: every finding.
  static let findings = 1 + severities.count
  /// Position of `unknown_rules`.
  static let unknownRules = findings + 1
  /// Position of `answered`.
  static let answered = findings + 2
  /// Position of the first `<category>_score`; the categories follow in pack order.
  static let firstCategory = findings + 3

  /// Names that every pack has, at the positions above.
  static let fixed: [String] =
    ["score"] + severities.map { "\($0.rawValue)_findings" } + ["findings", "unknown_rules", "answered"]

  /// All stage-only names for a pack's categories.
  static func all(categories: [String]) -> [String] {
    fixed + categories.map(categoryScore)
  }

  /// The name of a category's score, such as `distribution_score`.
  static func categoryScore(_ category: String) -> String {
    category.replacingOccurrences(of: "-", with: "_") + "_score"
  }
}
