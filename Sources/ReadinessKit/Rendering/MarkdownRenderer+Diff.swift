extension MarkdownRenderer {
  /// Renders a diff: the score and stage, a table of the categories that changed, a table of the
  /// answers that changed with their points, and the findings opened, graded differently and
  /// closed with the answers behind each.
  /// - Parameter diff: The diff.
  /// - Returns: The Markdown document, ending with a newline.
  public func render(_ diff: ReportDiff) -> String {
    var out = ["# Readiness diff: \(Self.escape(diff.old.name)) → \(Self.escape(diff.new.name))", ""]
    out.append(
      "**Score:** \(Expression.format(diff.old.score)) → \(Expression.format(diff.new.score)) (**\(ReportDiff.signed(diff.scoreChange))**)  "
    )
    out.append("**Stage:** \(Self.escape(diff.stageText))")
    out.append("")
    if diff.isEmpty {
      out.append(ReportDiff.noChanges)
      return out.joined(separator: "\n") + "\n"
    }
    let categories = diff.changedCategories
    if !categories.isEmpty {
      out += ["## Categories that changed", "", "| Category | Old | New | Change |", "|---|---:|---:|---:|"]
      for category in categories {
        out.append(
          "| \(Self.escape(category.title)) | \(category.old.map(Expression.format) ?? "–") | "
            + "\(category.new.map(Expression.format) ?? "–") | \(category.change.map(ReportDiff.signed) ?? "") |")
      }
      out.append("")
    }
    out += ["## Answers that changed", ""]
    if !diff.answers.isEmpty {
      out += ["| Question | Old | New | Points |", "|---|---|---|---:|"]
      for answer in diff.answers {
        out.append(
          "| \(Self.escape(answer.label)) | \(Self.escape(ReportDiff.answerText(answer.old))) | "
            + "\(Self.escape(ReportDiff.answerText(answer.new))) | \(ReportDiff.signed(answer.points)) |")
      }
      out.append("")
    }
    out += [Self.escape(diff.attributionSentence), ""]
    for kind in RuleChange.Kind.allCases {
      let changes = diff.rules(kind)
      guard !changes.isEmpty else { continue }
      out += ["## \(ReportDiff.heading(kind)) (\(changes.count))", ""]
      for change in changes {
        let causes = diff.causeLabels(change)
        let because = causes.isEmpty ? "" : "; because of: " + causes.map(Self.escape).joined(separator: ", ")
        out.append("- **\(Self.escape(change.title))**: \(Self.escape(ReportDiff.changeText(change)))\(because)")
      }
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
