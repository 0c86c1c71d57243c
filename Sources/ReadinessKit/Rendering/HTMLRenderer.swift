/// A self-contained HTML page: inline CSS and inline SVG charts (a score gauge, a bar per category,
/// the stage gradient), findings as `<details>`, next steps and unknowns. Nothing is loaded from
/// the network and there is no script, so the page opens from a file, an e-mail or an offline laptop.
///
/// Every text from rules and answers is HTML-escaped.
public struct HTMLRenderer: ReportRenderer {
  /// Creates the renderer.
  /// Creates the renderer; a report carries everything it shows.
  public init() {}

  /// Renders a report as a page.
  /// - Parameter report: The report.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ report: Report) -> String {
    let score = Expression.format(report.score)
    var body = ""
    body += "<header>\n<h1>Readiness report</h1>\n<div class=\"summary\">\n"
    body += HTMLCharts.gauge(score: report.score, id: "gauge", label: "Readiness score \(score) out of 100")
    body += "<div>\n<p class=\"stage\">Stage: <strong>\(Self.escape(report.stage.title))</strong></p>\n"
    body +=
      "<p>Score <strong>\(score)</strong> out of 100. Answered \(report.answered) of \(report.questions) questions.\(report.notApplicableNote)</p>\n"
    body += "</div>\n</div>\n</header>\n"

    body +=
      "<section aria-labelledby=\"gradient-heading\">\n<h2 id=\"gradient-heading\">Where it sits on the gradient</h2>\n"
    body += HTMLCharts.gradient(
      stages: report.gradient.map { ($0.id, $0.title) }, current: report.stage.id, id: "gradient")
    if let description = report.gradient.first(where: { $0.id == report.stage.id })?.description {
      body += "<p class=\"note\">\(Self.escape(description))</p>\n"
    }
    body += "</section>\n"

    body += "<section aria-labelledby=\"categories-heading\">\n<h2 id=\"categories-heading\">Categories</h2>\n"
    body += categoryTable(report.categories)
    body += "</section>\n"

    body +=
      "<section aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings (\(report.findings.count))</h2>\n"
    if report.findings.isEmpty {
      body += "<p>No gaps found among the rules that could be evaluated.</p>\n"
    }
    for severity in Severity.allCases.reversed() {
      let group = report.findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      body += "<h3>\(severity.rawValue.capitalized) (\(group.count))</h3>\n"
      for finding in group { body += self.finding(finding) }
    }
    body += "</section>\n"

    if !report.nextSteps.isEmpty {
      body +=
        "<section aria-labelledby=\"steps-heading\">\n<h2 id=\"steps-heading\">Next steps</h2>\n<ol class=\"steps\">\n"
      for step in report.nextSteps {
        body +=
          "<li><span class=\"gain\">+\(Expression.format(step.scoreGain)) points</span> \(Self.escape(step.fix)) <code>\(Self.escape(step.rule))</code></li>\n"
      }
      body += "</ol>\n</section>\n"
    }

    let unknown = report.questionsToSettle
    if !unknown.isEmpty {
      body += "<section aria-labelledby=\"unknown-heading\">\n<h2 id=\"unknown-heading\">Still unknown</h2>\n"
      body +=
        "<p>\(Report.rules(report.unknown.count)) could not be settled. Answer these questions to settle them:</p>\n"
      body +=
        "<table class=\"unknown\">\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Ask</th><th scope=\"col\">Rules</th></tr></thead>\n<tbody>\n"
      for entry in unknown {
        body +=
          "<tr><td><code>\(Self.escape(entry.question))</code></td><td>\(Self.escape(entry.ask))</td><td class=\"num\">\(entry.rules)</td></tr>\n"
      }
      body += "</tbody>\n</table>\n</section>\n"
    }
    return Self.page(title: "Readiness report: \(score) / 100, \(report.stage.title)", body: body)
  }

  /// Renders several projects side by side, each with a small gauge and its category bars.
  /// - Parameter comparison: The comparison.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ comparison: Comparison) -> String {
    var body =
      "<header>\n<h1>Readiness comparison</h1>\n<p>\(comparison.entries.count) projects, ranked by score.</p>\n</header>\n"
    body +=
      "<table class=\"overview\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Project</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Stage</th><th scope=\"col\" class=\"gap-column\">Most important gap</th></tr></thead>\n<tbody>\n"
    for (i, entry) in comparison.entries.enumerated() {
      let gap = entry.topGap.map { Self.escape($0.title) } ?? "none found"
      body +=
        "<tr><td class=\"num\">\(i + 1)</td><th scope=\"row\">\(Self.escape(entry.name))</th><td class=\"num\">\(Expression.format(entry.report.score))</td>"
      body += "<td>\(Self.escape(entry.report.stage.title))</td><td class=\"gap-column\">\(gap)</td></tr>\n"
    }
    body += "</tbody>\n</table>\n"
    body += "<div class=\"projects\">\n"
    for (i, entry) in comparison.entries.enumerated() {
      let score = Expression.format(entry.report.score)
      body += "<article class=\"project\" aria-labelledby=\"project-\(i + 1)\">\n"
      body += "<h2 id=\"project-\(i + 1)\"><span class=\"rank\">\(i + 1).</span> \(Self.escape(entry.name))</h2>\n"
      body += "<div class=\"summary\">\n"
      body += HTMLCharts.gauge(
        score: entry.report.score, id: "gauge-\(i + 1)", label: "\(entry.name): score \(score) out of 100")
      body += "<p class=\"stage\">Stage: <strong>\(Self.escape(entry.report.stage.title))</strong></p>\n</div>\n"
      body += categoryTable(entry.report.categories)
      let gap = entry.topGap.map { "\(Self.escape($0.title)) <code>\(Self.escape($0.rule))</code>" } ?? "none found"
      body += "<p class=\"gap\">Most important gap: \(gap)</p>\n"
      body += "</article>\n"
    }
    body += "</div>\n"
    return Self.page(title: "Readiness comparison of \(comparison.entries.count) projects", body: body)
  }

  private func categoryTable(_ categories: [CategoryScore]) -> String {
    var html =
      "<table class=\"categories\">\n<thead><tr><th scope=\"col\" class=\"name\">Category</th><th scope=\"col\" class=\"score\">Score</th><th scope=\"col\" class=\"num\">Findings</th></tr></thead>\n<tbody>\n"
    for category in categories {
      let value = category.score.map(Expression.format) ?? "–"
      html += "<tr><th scope=\"row\">\(Self.escape(category.title))</th><td class=\"score\">"
      html += HTMLCharts.bar(
        score: category.score,
        label: "\(category.title): \(category.score == nil ? "not evaluated yet" : "\(value) out of 100")")
      html += "<span class=\"value\">\(value)</span></td><td class=\"num\">\(category.findings)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func finding(_ finding: Finding) -> String {
    var html =
      "<details class=\"finding \(finding.severity.rawValue)\" open>\n<summary><span class=\"badge\">\(finding.severity.rawValue.capitalized)</span> "
    html += "\(Self.escape(finding.title)) <code>\(Self.escape(finding.rule))</code></summary>\n<dl>\n"
    html += "<dt>Why</dt><dd>\(Self.escape(finding.why))</dd>\n"
    html += "<dt>Fix</dt><dd>\(Self.escape(finding.fix))</dd>\n"
    if !finding.evidence.isEmpty {
      let items = finding.evidence.map {
        "<li>\(Self.escape($0.label)): \(Self.escape($0.text))</li>"
      }
      html += "<dt>Evidence</dt><dd><ul>" + items.joined() + "</ul></dd>\n"
    }
    if let source = finding.source {
      html += "<dt>Essay</dt><dd><cite>\(Self.escape(source))</cite></dd>\n"
    }
    return html + "</dl>\n</details>\n"
  }

  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(stylesheet)</style>
    </head>
    <body>
    <main>
    \(body)<footer><p>Made by readiness from the essay <cite>The Truth About Passive Income Using AI</cite>.</p></footer>
    </main>
    </body>
    </html>

    """
  }

  /// Escapes text for HTML element content and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\r\n", "\t": out.append(character)
      default:
        // Other control characters (ESC, NUL) are not allowed in HTML and would drive a terminal
        // that shows the file: shown as symbols, as in the text formats.
        if character.unicodeScalars.contains(where: \.isControl) {
          out += Unicode.Scalar.visible(String(character))
        } else {
          out.append(character)
        }
      }
    }
    return out
  }

  static let stylesheet = """
    :root { color-scheme: light; --ink: #1b1f24; --muted: #4b5563; --line: #d0d7de; --track: #e5e7eb;
      --good: #0f6b3a; --fair: #8a5a00; --poor: #b42318; --accent: #1d4ed8; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f3f4f6; color: var(--ink);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
    main { max-width: 880px; margin: 0 auto; padding: 24px 20px 40px; background: #fff; }
    h1 { font-size: 1.75rem; margin: 0 0 12px; }
    h2 { font-size: 1.25rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 18px 0 8px; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em;
      background: #f1f3f5; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
    .summary { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
    .gauge { width: 200px; max-width: 60vw; height: auto; }
    .stage { font-size: 1.15rem; margin: 0; }
    .note { color: var(--muted); }
    .gradient { width: 100%; height: auto; max-width: 640px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
    thead th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
    .num { text-align: right; white-space: nowrap; }
    table.categories { table-layout: fixed; }
    table.categories .name { width: 42%; }
    table.categories .score { width: 43%; white-space: nowrap; }
    table.categories .num { width: 15%; }
    .bar { display: inline-block; vertical-align: middle; width: calc(100% - 3.8em); height: 14px; }
    .value { display: inline-block; width: 3.4em; text-align: right; font-variant-numeric: tabular-nums; }
    table.overview { margin-bottom: 20px; }
    details.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
      padding: 8px 12px; margin: 10px 0; }
    details.finding.critical { border-left-color: var(--poor); }
    details.finding.high { border-left-color: #c2410c; }
    details.finding.medium { border-left-color: var(--fair); }
    details.finding.low { border-left-color: var(--accent); }
    summary { cursor: pointer; font-weight: 600; }
    .badge { display: inline-block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em;
      padding: 1px 6px; border-radius: 4px; border: 1px solid currentColor; margin-right: 4px; }
    .critical .badge { color: var(--poor); } .high .badge { color: #c2410c; }
    .medium .badge { color: var(--fair); } .low .badge { color: var(--accent); } .info .badge { color: var(--muted); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0 0; }
    dt { font-weight: 600; color: var(--muted); }
    dd { margin: 0; }
    dd ul { margin: 0; padding-left: 1.1em; }
    .steps li { margin: 6px 0; }
    .gain { display: inline-block; font-weight: 700; color: var(--good); min-width: 6.5em; }
    .projects { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
    .project { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
    .project h2 { margin-top: 0; font-size: 1.1rem; overflow-wrap: anywhere; }
    .project .gauge { width: 140px; }
    .project table.categories .name { width: 44%; }
    .project table.categories .score { width: 35%; }
    .project table.categories .num { width: 21%; }
    .rank { color: var(--muted); }
    footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; }
    @media (max-width: 560px) {
      main { padding: 16px 12px 32px; }
      dl { grid-template-columns: 1fr; }
      dt { margin-top: 4px; }
      table.categories .name { width: 40%; }
      table.categories .score { width: 42%; }
      table.categories .num { width: 18%; }
      thead th { font-size: 0.75rem; }
      .gap-column { display: none; }
    }
    @media print {
      body { background: #fff; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      details.finding, tr, .project { break-inside: avoid; }
      details.finding { border-left-width: 4px; }
      svg, .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      footer { display: none; }
    }

    """
}
