extension HTMLRenderer {
  /// Renders a history as a page: the latest score and stage with the change since the first
  /// assessment, a line chart of the score and every category over time, the stage over time,
  /// the trend table, and what each step opened and closed.
  /// - Parameter history: The history.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ history: History) -> String {
    var body = "<header>\n<h1>Readiness history</h1>\n<p class=\"names\">\(Self.escape(history.span))</p>\n</header>\n"
    guard let first = history.entries.first, let last = history.entries.last else {
      return Self.page(title: "Readiness history", body: body, extraStyle: Self.historyStyle)
    }
    let change = ReportDiff.tenths(last.assessment.report.score - first.assessment.report.score)
    let direction = change > 0 ? "up" : change < 0 ? "down" : "same"
    body += "<section class=\"summary\" aria-label=\"Summary\">\n"
    body +=
      "<p class=\"delta \(direction)\">Score <strong>\(Expression.format(last.assessment.report.score))</strong> on \(last.assessment.date) <span class=\"change\">(\(ReportDiff.signed(change)) since \(first.assessment.date))</span></p>\n"
    body +=
      "<p class=\"stage\">Stage: <strong>\(Self.escape(last.assessment.report.stage.title))</strong>"
      + (first.assessment.report.stage.id == last.assessment.report.stage.id
        ? "" : " (from \(Self.escape(first.assessment.report.stage.title)))") + "</p>\n</section>\n"

    let dates = history.entries.map(\.assessment.date)
    let scores = history.entries.map(\.assessment.report.score)
    let categories = history.categories
    let lines = categories.map { category in
      (
        title: category.title,
        scores: history.entries.map { entry in
          entry.assessment.report.categories.first { $0.id == category.id }?.score
        }
      )
    }
    body += "<section aria-labelledby=\"trend-heading\">\n<h2 id=\"trend-heading\">Score over time</h2>\n"
    body += HTMLCharts.scoreTrend(
      dates: dates, scores: scores,
      ranges: history.entries.map { entry in
        entry.rangeText == nil ? nil : entry.assessment.report.scoreRange.map { ($0.min, $0.max) }
      }, categories: lines,
      label:
        "Score over time: "
        + history.entries.map {
          "\($0.assessment.date) \(Expression.format($0.assessment.report.score))"
            + ($0.rangeText.map { " (\($0.replacingOccurrences(of: "*", with: "")) once answered)" } ?? "")
        }
        .joined(separator: ", ") + ". Thin lines: category scores."
        + (history.hasRanges ? " Grey bars: the scores the open questions still allow." : ""))
    body +=
      "<ul class=\"lines\">\n<li><span class=\"swatch\" style=\"border-color: #1b1f24; border-top-width: 3px\"></span>Score</li>\n"
    for (i, category) in categories.enumerated() {
      body +=
        "<li><span class=\"swatch\" style=\"border-color: \(HTMLCharts.lineColors[i % HTMLCharts.lineColors.count])\"></span>\(Self.escape(category.title))</li>\n"
    }
    if history.hasRanges {
      body +=
        "<li><span class=\"swatch band\"></span>Scores the open questions still allow</li>\n"
    }
    body += "</ul>\n</section>\n"

    body += "<section aria-labelledby=\"stage-heading\">\n<h2 id=\"stage-heading\">Stage over time</h2>\n"
    body += HTMLCharts.stageTrend(
      dates: dates, stages: history.entries.map(\.assessment.report.stage.id), gradient: history.gradient,
      label:
        "Stage over time: "
        + history.entries.map { "\($0.assessment.date) \($0.assessment.report.stage.title)" }
        .joined(separator: ", ") + ".")
    body += "</section>\n"

    body += "<section aria-labelledby=\"table-heading\">\n<h2 id=\"table-heading\">Each assessment</h2>\n"
    body +=
      "<div class=\"scroll\">\n<table class=\"history\">\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">File</th><th scope=\"col\" class=\"num\">Score</th>"
      + (history.hasRanges ? "<th scope=\"col\">Range</th>" : "")
      + "<th scope=\"col\" class=\"num\">Change</th><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Findings</th><th scope=\"col\" class=\"num\">Opened</th><th scope=\"col\" class=\"num\">Closed</th></tr></thead>\n<tbody>\n"
    for (i, entry) in history.entries.enumerated() {
      let report = entry.assessment.report
      body +=
        "<tr><th scope=\"row\" class=\"date\">\(entry.assessment.date)</th><td>\(Self.breakable(entry.assessment.name, at: Self.nameBreaks))</td>"
      body += "<td class=\"num\">\(Expression.format(report.score))</td>"
      if history.hasRanges { body += "<td class=\"range\">\(Self.escape(entry.rangeText ?? ""))</td>" }
      body += "<td class=\"num\">\(entry.scoreChange.map(ReportDiff.signed) ?? "")</td>"
      body += "<td>\(Self.escape(report.stage.title))</td><td class=\"num\">\(report.findings.count)</td>"
      body +=
        i == 0
        ? "<td class=\"num\"></td><td class=\"num\"></td></tr>\n"
        : "<td class=\"num\">\(entry.opened.count)</td><td class=\"num\">\(entry.closed.count)</td></tr>\n"
    }
    body += "</tbody>\n</table>\n</div>\n"
    if history.hasBounds { body += "<p class=\"note\">\(Self.escape(History.boundsNote))</p>\n" }
    body += "</section>\n"

    let steps = history.entries.dropFirst().filter { !$0.opened.isEmpty || !$0.closed.isEmpty }
    if !steps.isEmpty {
      body +=
        "<section aria-labelledby=\"steps-heading\">\n<h2 id=\"steps-heading\">What each step opened and closed</h2>\n"
      for entry in steps {
        body += "<h3>\(entry.assessment.date)</h3>\n<ul class=\"rule-changes\">\n"
        for finding in entry.opened {
          body +=
            "<li class=\"opened\" data-rule=\"\(Self.escape(finding.rule))\">Opened: <strong>\(Self.escape(finding.title))</strong> (\(finding.severity.rawValue))</li>\n"
        }
        for finding in entry.closed {
          body +=
            "<li class=\"closed\" data-rule=\"\(Self.escape(finding.rule))\">Closed: \(Self.escape(finding.title)) (\(finding.severity.rawValue))</li>\n"
        }
        body += "</ul>\n"
      }
      body += "</section>\n"
    }
    return Self.page(title: "Readiness history: \(history.span)", body: body, extraStyle: Self.historyStyle)
  }

  static let historyStyle =
    diffStyle + """
      .trend { width: 100%; height: auto; }
      .lines { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 4px 0 0;
        font-size: 0.85rem; color: var(--muted); }
      .swatch { display: inline-block; width: 22px; height: 0; border-top: 2px solid; vertical-align: middle;
        margin-right: 6px; }
      .swatch.band { width: 10px; height: 14px; border: 0; border-radius: 3px; background: rgba(156, 163, 175, 0.35); }
      table.history .date, table.history .range { white-space: nowrap; font-variant-numeric: tabular-nums; }
      .rule-changes li.opened::marker { color: var(--poor); }
      .rule-changes li.closed::marker { color: var(--good); }

      """
}
