extension MarkdownRenderer {
  /// Renders a history as a trend table, then what each step opened and closed.
  /// - Parameter history: The history.
  /// - Returns: The Markdown document, ending with a newline.
  public func render(_ history: History) -> String {
    var out = ["# Readiness history: \(history.span)", ""]
    guard !history.entries.isEmpty else { return out[0] + "\n" }
    let ranges = history.hasRanges
    out += [
      "| Date | File | Score | " + (ranges ? "Range | " : "") + "Change | Stage | Findings | Opened | Closed |",
      "|---|---|---:|" + (ranges ? "---|" : "") + "---:|---|---:|---:|---:|",
    ]
    for (i, entry) in history.entries.enumerated() {
      let report = entry.assessment.report
      let counts = i == 0 ? "| | |" : "| \(entry.opened.count) | \(entry.closed.count) |"
      let range = ranges ? "\(Self.escape(entry.rangeText ?? "")) | " : ""
      out.append(
        "| \(entry.assessment.date) | \(Self.escape(entry.assessment.name)) | \(Expression.format(report.score)) | "
          + range + "\(entry.scoreChange.map(ReportDiff.signed) ?? "") | \(Self.escape(report.stage.title)) | "
          + "\(report.findings.count) \(counts)")
    }
    out.append("")
    if history.hasBounds { out += [Self.escape(History.boundsNote), ""] }
    for entry in history.entries.dropFirst() where !entry.opened.isEmpty || !entry.closed.isEmpty {
      out += ["## \(entry.assessment.date)", ""]
      for finding in entry.opened {
        out.append("- opened: **\(Self.escape(finding.title))** (\(finding.severity.rawValue))")
      }
      for finding in entry.closed {
        out.append("- closed: \(Self.escape(finding.title)) (\(finding.severity.rawValue))")
      }
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
