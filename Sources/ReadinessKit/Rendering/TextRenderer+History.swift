extension TextRenderer {
  /// Renders a history as a trend table (date, score and its change, stage, findings, and how many
  /// each step opened and closed), then the findings each step opened and closed.
  /// - Parameter history: The history.
  /// - Returns: The text, ending with a newline.
  public func render(_ history: History) -> String {
    var out = [bold("Readiness history: \(history.span)"), ""]
    guard !history.entries.isEmpty else { return out[0] + "\n" }
    let stageWidth = min(16, max(5, history.entries.map(\.assessment.report.stage.title.count).max() ?? 5))
    func pad(_ s: String, _ n: Int) -> String {
      s.count > n ? String(s.prefix(n - 1)) + "…" : s + String(repeating: " ", count: n - s.count)
    }
    func padLeft(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
    // The range column only when some score could still move: most histories are fully answered.
    let rangeWidth = history.hasRanges ? max(5, history.entries.map { $0.rangeText?.count ?? 0 }.max() ?? 0) : 0
    let rangeHeader = rangeWidth > 0 ? pad("Range", rangeWidth) + "  " : ""
    out.append(
      "Date        Score  " + rangeHeader + "Change  " + pad("Stage", stageWidth) + "  Findings  Opened  Closed")
    for (i, entry) in history.entries.enumerated() {
      let report = entry.assessment.report
      var line = "\(entry.assessment.date)  " + padLeft(Expression.format(report.score), 5) + "  "
      if rangeWidth > 0 { line += pad(entry.rangeText ?? "", rangeWidth) + "  " }
      line += padLeft(entry.scoreChange.map(ReportDiff.signed) ?? "", 6) + "  "
      line += pad(shown(report.stage.title), stageWidth) + "  " + padLeft("\(report.findings.count)", 8)
      if i > 0 { line += "  " + padLeft("\(entry.opened.count)", 6) + "  " + padLeft("\(entry.closed.count)", 6) }
      out.append(line)
    }
    if history.hasBounds { out += TextWrapper.wrap(History.boundsNote, width: width) }
    out.append("")
    let steps = history.entries.dropFirst().filter { !$0.opened.isEmpty || !$0.closed.isEmpty }
    if !steps.isEmpty {
      out.append(heading("What each step opened and closed"))
      for entry in steps {
        out += TextWrapper.wrap(
          shown("\(entry.assessment.date) (\(entry.assessment.name))"), width: width, indent: "  ")
        for (word, findings) in [("opened", entry.opened), ("closed", entry.closed)] where !findings.isEmpty {
          for finding in findings {
            out += TextWrapper.wrap(
              shown("\(word): \(finding.title) (\(finding.severity.rawValue))"), width: width, indent: "      ",
              firstIndent: "    ")
          }
        }
      }
      out.append("")
    }
    out += TextWrapper.wrap(
      "Files: " + history.entries.map { "\($0.assessment.date) \($0.assessment.name)" }.joined(separator: "; "),
      width: width
    ).map(shown)
    return out.joined(separator: "\n") + "\n"
  }
}
