/// Turns reports and comparisons into a document in one format. Each format has one renderer.
public protocol ReportRenderer: Sendable {
  /// Renders a report.
  /// - Parameter report: The report.
  /// - Returns: The rendered document, ending with a newline.
  func render(_ report: Report) -> String

  /// Renders several projects side by side.
  /// - Parameter comparison: The ranked projects.
  /// - Returns: The rendered document, ending with a newline.
  func render(_ comparison: Comparison) -> String

  /// Renders what changed between two assessments, and why.
  /// - Parameter diff: The diff.
  /// - Returns: The rendered document, ending with a newline.
  func render(_ diff: ReportDiff) -> String

  /// Renders a project's assessments over time.
  /// - Parameter history: The history.
  /// - Returns: The rendered document, ending with a newline.
  func render(_ history: History) -> String
}

/// The output formats, each with its renderer.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal.
  case text
  /// GitHub-flavoured Markdown.
  case markdown
  /// Canonical JSON (`readiness-report/1`, `readiness-compare/2`, `readiness-diff/1`, `readiness-history/1`).
  case json
  /// A self-contained HTML page with inline CSS and SVG charts.
  case html

  /// The renderer for this format. A report carries everything it shows (the gradient, the
  /// wording of the questions that would settle unknown rules), so no pack is needed: a report
  /// decoded from JSON renders the same bytes as the report it was written from.
  /// - Parameters:
  ///   - width: The line width for text.
  ///   - colored: Whether text may use ANSI colours.
  /// - Returns: The renderer.
  public func renderer(width: Int = 80, colored: Bool = false) -> any ReportRenderer {
    switch self {
    case .text: return TextRenderer(width: width, colored: colored)
    case .markdown: return MarkdownRenderer()
    case .json: return JSONRenderer()
    case .html: return HTMLRenderer()
    }
  }
}

extension Report {
  /// How many rules do not apply, as every format says it after the count of answers: empty when
  /// all apply, so packs without `applies_if` read as before.
  /// "1 rule" or "N rules": how every format counts rules.
  static func rules(_ count: Int) -> String { count == 1 ? "1 rule" : "\(count) rules" }

  var notApplicableNote: String {
    switch notApplicable.count {
    case 0: return ""
    case 1: return " 1 rule does not apply to this project at its stage."
    case let n: return " \(n) rules do not apply to this project at its stage."
    }
  }
}

extension Report {
  /// How many questions are open (unanswered).
  var openQuestions: Int { Swift.max(0, questions - answered) }

  /// Where the score can go once the open questions are answered, as every format says it beside
  /// the score: " (48–81 once the 3 open questions are answered)"; empty when none is open or the
  /// report has no range. A range the search could only bound says so.
  var scoreRangeNote: String {
    guard let range = scoreRange, openQuestions > 0 else { return "" }
    if range.min == range.max {
      return openQuestions == 1
        ? " (the open question cannot change it)" : " (the \(openQuestions) open questions cannot change it)"
    }
    let open = openQuestions == 1 ? "the open question is" : "the \(openQuestions) open questions are"
    let span = "\(Expression.format(range.min))–\(Expression.format(range.max))"
    return range.exact ? " (\(span) once \(open) answered)" : " (within \(span), bounds, once \(open) answered)"
  }

  /// Why the score is below what the categories give, as every format says it under the score:
  /// "Held at 60 by “The price covers 23% ...”; the categories alone give 85.3."; empty when no
  /// finding caps the score.
  var scoreCapNote: String {
    guard let cap = scoreCap else { return "" }
    let title = findings.first { $0.rule == cap.rule }?.title ?? cap.rule
    return "Held at \(Expression.format(cap.score)) by “\(title)”; the categories alone give "
      + "\(Expression.format(cap.uncapped))."
  }

  /// How high the stage could go, as every format says it beside the stage: " (up to Semi-passive
  /// once the open questions are answered)"; empty when the stage is settled.
  var stageRangeNote: String {
    guard let range = stageRange, range.max != range.min else { return "" }
    let title = gradient.first { $0.id == range.max }?.title ?? range.max
    return " (up to \(title) once the open questions are answered)"
  }
}
