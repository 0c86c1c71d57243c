extension TextRenderer {
  /// Renders a diff as plain text: the score and stage lines, the categories that changed, the
  /// answers that changed with their points, then the findings opened, graded differently and
  /// closed, each with the answers behind it.
  /// - Parameter diff: The diff.
  /// - Returns: The text, ending with a newline.
  public func render(_ diff: ReportDiff) -> String {
    var out: [String] = []
    out += TextWrapper.wrap(
      shown("Readiness diff: \(diff.old.name) → \(diff.new.name)"), width: width, indent: "  ", firstIndent: "")
    out.append(
      bold(
        "Score: \(Expression.format(diff.old.score)) → \(Expression.format(diff.new.score)) (\(ReportDiff.signed(diff.scoreChange)))"
      ) + "   Stage: " + shown(diff.stageText))
    out.append("")
    if diff.isEmpty {
      out.append(ReportDiff.noChanges)
      return out.joined(separator: "\n") + "\n"
    }

    let categories = diff.changedCategories
    if !categories.isEmpty {
      out.append(heading("Categories that changed"))
      let titleWidth = min(max(8, width - 34), categories.map(\.title.count).max() ?? 10)
      for category in categories {
        let title = shown(category.title)
        let shortened = title.count > titleWidth ? String(title.prefix(titleWidth - 1)) + "…" : title
        let padded = shortened + String(repeating: " ", count: max(0, titleWidth - shortened.count))
        let before = category.old.map(Expression.format) ?? "-"
        let after = category.new.map(Expression.format) ?? "-"
        let change = category.change.map(ReportDiff.signed) ?? ""
        out.append(
          "  \(padded)  " + Self.padLeft(before, 5) + " → " + Self.padLeft(after, 5) + "  " + Self.padLeft(change, 6))
      }
      out.append("")
    }

    if diff.attribution != .unavailable || !diff.answers.isEmpty {
      out.append(heading("Answers that changed (\(diff.answers.count)), with the points each accounts for"))
      for answer in diff.answers {
        let points = Self.padLeft(ReportDiff.signed(answer.points), 6)
        out += TextWrapper.wrap(
          shown(
            "\(answer.label): \(ReportDiff.answerText(answer.old)) → \(ReportDiff.answerText(answer.new))"),
          width: width, indent: String(repeating: " ", count: 11), firstIndent: "  \(points)   ")
      }
    } else {
      out.append(heading("Answers"))
    }
    out += TextWrapper.wrap(diff.attributionSentence, width: width, indent: "  ")
    out.append("")

    for kind in RuleChange.Kind.allCases {
      let changes = diff.rules(kind)
      guard !changes.isEmpty else { continue }
      out.append(heading("\(ReportDiff.heading(kind)) (\(changes.count))"))
      for change in changes {
        out += TextWrapper.wrap(
          shown("\(change.title): \(ReportDiff.changeText(change))"), width: width, indent: "    ",
          firstIndent: "  - ")
        let causes = diff.causeLabels(change)
        if !causes.isEmpty {
          out += TextWrapper.wrap(
            shown("because of: " + causes.joined(separator: ", ")), width: width, indent: "      ",
            firstIndent: "    ")
        }
      }
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private static func padLeft(_ s: String, _ n: Int) -> String {
    s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
  }
}
