extension TextRenderer {
  /// Renders a comparison as a plain-text table with each project's most important gap.
  /// - Parameter comparison: The comparison.
  /// - Returns: The text, ending with a newline.
  public func render(_ comparison: Comparison) -> String {
    guard let first = comparison.entries.first else { return "No projects.\n" }
    let categories = first.report.categories.map(\.id)
    let nameWidth = min(max(7, width - 69), max(7, comparison.entries.map(\.name.count).max() ?? 7))
    func pad(_ s: String, _ n: Int) -> String {
      if s.count > n { return String(s.prefix(n - 1)) + "~" }
      return s + String(repeating: " ", count: n - s.count)
    }
    func padLeft(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
    var header = "#  " + pad("Project", nameWidth) + "  Score  Answered  " + pad("Stage", 12)
    for id in categories { header += " " + padLeft(String(id.prefix(4)), 4) }
    var lines = [header]
    for (i, entry) in comparison.entries.enumerated() {
      var line =
        pad("\(i + 1)", 3) + pad(entry.name, nameWidth) + "  " + padLeft(Expression.format(entry.report.score), 5)
      line += "  " + padLeft("\(entry.report.answered)/\(entry.report.questions)", 8)
      line += "  " + pad(entry.report.stage.id, 12)
      for id in categories {
        let score = entry.report.categories.first { $0.id == id }?.score
        line += " " + padLeft(score.map { String(Int($0.rounded())) } ?? "-", 4)
      }
      lines.append(line)
    }
    lines.append("")
    lines += TextWrapper.wrap(
      "Columns: " + categories.joined(separator: ", ") + " (category scores, rounded).", width: width)
    if !comparison.overlapNote.isEmpty {
      lines.append("")
      lines += TextWrapper.wrap(comparison.overlapNote, width: width)
    }
    lines.append("")
    lines.append("Most important gap:")
    for (i, entry) in comparison.entries.enumerated() {
      let gap = entry.topGap.map(\.title) ?? "none found"
      lines += TextWrapper.wrap(
        "\(entry.name): \(gap)", width: width, indent: "     ", firstIndent: padLeft("\(i + 1)", 2) + ". ")
    }
    // Project names are file names, which may hold control characters: shown, never sent raw.
    return lines.map { Unicode.Scalar.visible($0) }.joined(separator: "\n") + "\n"
  }
}
