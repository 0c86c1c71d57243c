/// The names a `[stage]` condition may use besides answers and facts, in slot order after the facts.
enum ReportNames {
  /// Names that every pack has; category scores (`<category>_score`) follow them.
  static let fixed = [
    "score", "critical_findings", "high_findings", "medium_findings", "low_findings", "info_findings",
    "findings", "unknown_rules", "answered",
  ]

  /// All stage-only names for a pack's categories.
  static func all(categories: [String]) -> [String] {
    fixed + categories.map(categoryScore)
  }

  /// The name of a category's score, such as `distribution_score`.
  static func categoryScore(_ category: String) -> String {
    category.replacingOccurrences(of: "-", with: "_") + "_score"
  }
}
