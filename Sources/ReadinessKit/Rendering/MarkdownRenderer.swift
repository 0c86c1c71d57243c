/// GitHub-flavoured Markdown: a title with score and stage, a table of categories, findings grouped
/// by severity, numbered next steps with gains, and the questions still to answer.
///
/// Every text that comes from a rule or an answer is escaped, so a `|`, `*` or `<` in it cannot
/// break a table, start emphasis or inject HTML.
public struct MarkdownRenderer: ReportRenderer {
  /// Creates the renderer.
  /// Creates the renderer; a report carries everything it shows.
  public init() {}

  /// Renders a report.
  /// - Parameter report: The report.
  /// - Returns: The Markdown document, ending with a newline.
  public func render(_ report: Report) -> String {
    var out: [String] = []
    out.append("# Readiness: \(Expression.format(report.score)) / 100, \(Self.escape(report.stage.title))")
    out.append("")
    let gradient = report.gradient.map {
      $0.id == report.stage.id ? "**\(Self.escape($0.title))**" : Self.escape($0.title)
    }
    out.append("Gradient: " + gradient.joined(separator: " → ") + "  ")
    out.append("Answered \(report.answered) of \(report.questions) questions.\(report.notApplicableNote)")
    if !report.scoreRangeNote.isEmpty || !report.stageRangeNote.isEmpty {
      // The range beside the score: with open questions, the score alone overstates what is known.
      out[out.count - 1] += "  "
      out.append(
        "Score \(Expression.format(report.score))\(Self.escape(report.scoreRangeNote)); stage "
          + "\(Self.escape(report.stage.title))\(Self.escape(report.stageRangeNote)).")
    }
    if !report.scoreCapNote.isEmpty {
      out[out.count - 1] += "  "
      out.append(Self.escape(report.scoreCapNote))
    }
    if let sentence = report.nextStageSentence {
      out.append("")
      out.append(Self.escape(sentence))
    }
    out.append("")
    out.append("## Categories")
    out.append("")
    out.append("| Category | Score | Weight | Findings |")
    out.append("|---|---:|---:|---:|")
    for category in report.categories {
      let score = category.score.map(Expression.format) ?? "not evaluated"
      out.append(
        "| \(Self.escape(category.title)) | \(score) | \(Expression.format(category.weight)) | \(category.findings) |")
    }
    out.append("")
    out.append("## Findings")
    out.append("")
    if report.findings.isEmpty {
      out.append("No gaps found among the rules that could be evaluated.")
      out.append("")
    }
    for severity in Severity.allCases.reversed() {
      let group = report.findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      out.append("### \(severity.rawValue.capitalized) (\(group.count))")
      out.append("")
      for finding in group {
        out.append("#### \(Self.escape(finding.title))")
        out.append("")
        out.append("- **Why:** \(Self.escape(finding.why))")
        out.append("- **Fix:** \(Self.escape(finding.fix))")
        if !finding.evidence.isEmpty {
          let evidence = finding.evidence.map { "\(Self.escape($0.label)): \(Self.escape($0.text))" }
          out.append("- **Evidence:** " + evidence.joined(separator: "; "))
        }
        if let source = finding.source { out.append("- **Essay:** *\(Self.escape(source))*") }
        out.append("")
      }
    }
    if !report.nextSteps.isEmpty || !report.recheck.isEmpty {
      out.append("## Next steps")
      out.append("")
      for (i, entry) in report.recheck.enumerated() { out.append("\(i + 1). \(Self.escape(entry.step))") }
      for (i, step) in report.nextSteps.enumerated() {
        let effort = Report.effortText(step).map { ", \($0)" } ?? ""
        let also = [report.alsoClosesText(step), report.planReachText(after: i)].compactMap { $0 }
          .map { " " + Self.escape($0) }.joined()
        out.append(
          "\(report.recheck.count + i + 1). \(Self.escape(step.fix)) (**\(Report.gainText(step.scoreGain))**\(effort))\(also)"
        )
      }
      if let sentence = report.nextStepHoursSentence {
        out.append("")
        out.append(Self.escape(sentence))
      }
      out.append("")
    }
    let unknown = report.questionsToSettle
    if !unknown.isEmpty {
      out.append("## Still unknown")
      out.append("")
      out.append("\(Report.rules(report.unknown.count)) could not be settled. Answer these questions to settle them:")
      out.append("")
      out.append("| Question | Ask | Rules it settles |")
      out.append("|---|---|---:|")
      for entry in unknown {
        out.append("| `\(entry.question)` | \(Self.escape(entry.ask)) | \(entry.rules) |")
      }
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// Renders a comparison as one table.
  /// - Parameter comparison: The comparison.
  /// - Returns: The Markdown document, ending with a newline.
  public func render(_ comparison: Comparison) -> String {
    var out = ["# Readiness comparison", ""]
    guard let first = comparison.entries.first else { return "# Readiness comparison\n\nNo projects.\n" }
    let categories = first.report.categories
    out.append(
      "| # | Project | Score | Answered | Stage | " + categories.map { Self.escape($0.title) }.joined(separator: " | ")
        + " | Most important gap |")
    out.append("|---:|---|---:|---:|---|" + String(repeating: "---:|", count: categories.count) + "---|")
    for (i, entry) in comparison.entries.enumerated() {
      let scores = categories.map { category in
        entry.report.categories.first { $0.id == category.id }?.score.map(Expression.format) ?? "–"
      }
      let gap = entry.topGap.map { Self.escape($0.title) } ?? "none found"
      out.append(
        "| \(i + 1) | \(Self.escape(entry.name)) | \(Expression.format(entry.report.score)) | \(entry.report.answered)/\(entry.report.questions) | \(Self.escape(entry.report.stage.title)) | "
          + scores.joined(separator: " | ") + " | \(gap) |")
    }
    if !comparison.overlapNote.isEmpty {
      out.append("")
      out.append(Self.escape(comparison.overlapNote))
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// Escapes text for Markdown: punctuation that starts emphasis, code, links, tables or HTML gets
  /// a backslash, `&` becomes `&amp;`, and line breaks become spaces so a table row stays one line.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "{", "}": out += "\\" + String(character)
      case "&": out += "&amp;"
      case "\n", "\r", "\t": out += " "
      default:
        // Any other control character (ESC, NUL) is shown, never passed to a viewer or terminal.
        out += Unicode.Scalar.visible(String(character))
      }
    }
    return out
  }
}
