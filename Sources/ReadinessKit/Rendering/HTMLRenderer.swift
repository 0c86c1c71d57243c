/// A self-contained HTML page: inline CSS and inline SVG charts (a score gauge, a bar per category,
/// the stage gradient). A summary comes first (score, stage, the next stage, the next steps with
/// their gains and hours), then the gradient, the categories, the findings as `<details>` (only
/// critical ones open) and the questions still to answer. Nothing is loaded from the network and
/// there is no script, so the page opens from a file, an e-mail or an offline laptop.
///
/// Every text from rules and answers is HTML-escaped.
public struct HTMLRenderer: ReportRenderer {
  /// Creates the renderer; a report carries everything it shows.
  public init() {}

  /// Renders a report as a page.
  /// - Parameter report: The report.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ report: Report) -> String {
    let score = Expression.format(report.score)
    var body = "<header>\n<h1>Readiness report</h1>\n</header>\n"
    body += summary(report)

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
    if report.categories.contains(where: { $0.score == nil }) { body += Self.legend }
    body += "</section>\n"

    body +=
      "<section aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings (\(report.findings.count))</h2>\n"
    if report.findings.isEmpty {
      body += "<p>No gaps found among the rules that could be evaluated.</p>\n"
    } else {
      let critical = report.findings.contains { $0.severity == .critical }
      body +=
        "<p class=\"note\">"
        + (critical ? "Critical findings are open; open any other" : "Open a finding")
        + " to read why it matters, the fix and the evidence.</p>\n"
    }
    for severity in Severity.allCases.reversed() {
      let group = report.findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      body += "<h3>\(severity.rawValue.capitalized) (\(group.count))</h3>\n"
      for finding in group { body += self.finding(finding) }
    }
    body += "</section>\n"

    let unknown = report.questionsToSettle
    if !unknown.isEmpty {
      body += "<section aria-labelledby=\"unknown-heading\">\n<h2 id=\"unknown-heading\">Still unknown</h2>\n"
      body +=
        "<p>\(Report.rules(report.unknown.count)) could not be settled. Answer these questions to settle them:</p>\n"
      body +=
        "<table class=\"unknown\">\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Ask</th><th scope=\"col\">Rules</th></tr></thead>\n<tbody>\n"
      for entry in unknown {
        body +=
          "<tr><td>\(Self.identifier(entry.question))</td><td>\(Self.escape(entry.ask))</td><td class=\"num\">\(entry.rules)</td></tr>\n"
      }
      body += "</tbody>\n</table>\n</section>\n"
    }
    return Self.page(title: "Readiness report: \(score) / 100, \(report.stage.title)", body: body)
  }

  /// The top of the page: what a reader came for, before any detail. The gauge, the stage, the
  /// score, the next stage and the open findings by severity (which explain the gauge's colour),
  /// then the next steps with their gains and hours.
  private func summary(_ report: Report) -> String {
    let score = Expression.format(report.score)
    var html = "<section class=\"summary\" aria-label=\"Summary\">\n<div class=\"glance\">\n"
    html += HTMLCharts.gauge(
      score: report.score, tone: Self.tone(report), id: "gauge", label: "Readiness score \(score) out of 100")
    html +=
      "<div class=\"headline\">\n<p class=\"stage\">Stage: <strong>\(Self.escape(report.stage.title))</strong>\(Self.escape(report.stageRangeNote))</p>\n"
    html +=
      "<p>Score <strong>\(score)</strong> out of 100\(Self.escape(report.scoreRangeNote)). Answered \(report.answered) of \(report.questions) questions.\(report.notApplicableNote)</p>\n"
    if !report.scoreCapNote.isEmpty {
      html += "<p class=\"cap\">\(Self.escape(report.scoreCapNote))</p>\n"
    }
    // What the next stage needs (the plan); without one, the stage's own description says what
    // reaching it means.
    if let plan = report.nextStage, let sentence = report.nextStageSentence {
      let lead = "To reach \(plan.title):"
      let rest = sentence.hasPrefix(lead) ? String(sentence.dropFirst(lead.count)) : " " + sentence
      html += "<p class=\"next-stage\">To reach <strong>\(Self.escape(plan.title))</strong>:\(Self.escape(rest))</p>\n"
    } else if let next = Self.nextStage(report) {
      html += "<p class=\"next-stage\">Next stage: <strong>\(Self.escape(next.title))</strong>"
      html += next.description.map { ". \(Self.escape($0))" } ?? ""
      html += "</p>\n"
    } else if report.gradient.count > 1, report.gradient.last?.id == report.stage.id {
      html += "<p class=\"next-stage\">The top stage of the gradient: what is left is keeping it.</p>\n"
    }
    let open = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = report.findings.filter { $0.severity == severity }.count
      return count == 0 ? nil : "<span class=\"\(severity.rawValue)\">\(count) \(severity.rawValue)</span>"
    }
    if !open.isEmpty {
      html += "<p class=\"open\">Open findings: \(open.joined(separator: ", ")).</p>\n"
    }
    html += "</div>\n</div>\n"

    html += "<h2 id=\"steps-heading\">Next steps</h2>\n"
    if report.nextSteps.isEmpty && report.recheck.isEmpty {
      html += "<p>None: no open finding has a fix that raises the score.</p>\n"
    } else {
      html += "<ol class=\"steps\">\n"
      for entry in report.recheck {
        html +=
          "<li class=\"recheck\" data-question=\"\(Self.escape(entry.question))\">\(Self.escape(entry.step))</li>\n"
      }
      for (i, step) in report.nextSteps.enumerated() {
        html +=
          "<li data-rule=\"\(Self.escape(step.rule))\"\(step.planStage == nil ? "" : " class=\"plan\"")><span class=\"gain\">\(Report.gainText(step.scoreGain))</span> \(Self.escape(step.fix))"
          + (Report.effortText(step).map { " <span class=\"effort\">(\(Self.escape($0)))</span>" } ?? "")
          + (report.alsoClosesText(step).map { " <span class=\"also\">\(Self.escape($0))</span>" } ?? "")
          + (report.planReachText(after: i).map { " <strong class=\"reach\">\(Self.escape($0))</strong>" } ?? "")
          + "</li>\n"
      }
      html += "</ol>\n"
      if let sentence = report.nextStepHoursSentence { html += "<p class=\"hours\">\(Self.escape(sentence))</p>\n" }
    }
    return html + "</section>\n"
  }

  /// The stage above the report's on its gradient, or `nil` at the top (or without a gradient).
  static func nextStage(_ report: Report) -> GradientStep? {
    guard let i = report.gradient.firstIndex(where: { $0.id == report.stage.id }), i + 1 < report.gradient.count
    else { return nil }
    return report.gradient[i + 1]
  }

  /// The gauge's tone: the stage's place on the gradient (the lowest stage poor, the top quarter
  /// good, between fair), lowered by the worst open finding (a critical one makes it poor, a high
  /// one at best fair). The score alone would paint 87.9 green next to a gap that sinks the project.
  static func tone(_ report: Report) -> HTMLCharts.Tone {
    var tone: HTMLCharts.Tone
    if report.gradient.count > 1, let i = report.gradient.firstIndex(where: { $0.id == report.stage.id }) {
      let position = Double(i) / Double(report.gradient.count - 1)
      tone = position == 0 ? .poor : position >= 0.75 ? .good : .fair
    } else {
      // A report without a gradient (decoded from an older file) has only its score to go by.
      tone = HTMLCharts.Tone(score: report.score)
    }
    let worst = report.findings.map(\.severity).max()
    if worst == .critical { tone = min(tone, .poor) }
    if worst == .high { tone = min(tone, .fair) }
    return tone
  }

  /// Renders several projects side by side, each with a small gauge and its category bars.
  /// - Parameter comparison: The comparison.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ comparison: Comparison) -> String {
    var body =
      "<header>\n<h1>Readiness comparison</h1>\n<p>\(comparison.entries.count) projects, ranked by score.</p>\n</header>\n"
    body +=
      "<div class=\"scroll\">\n<table class=\"overview\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Project</th><th scope=\"col\" class=\"score\">Score</th><th scope=\"col\" class=\"num\">Answered</th><th scope=\"col\">Stage</th><th scope=\"col\" class=\"gap-column\">Most important gap</th></tr></thead>\n<tbody>\n"
    for (i, entry) in comparison.entries.enumerated() {
      let gap = entry.topGap.map { Self.escape($0.title) } ?? "none found"
      let score = Expression.format(entry.report.score)
      body +=
        "<tr><td class=\"num\">\(i + 1)</td><th scope=\"row\" class=\"project-name\">\(Self.breakable(entry.name, at: Self.nameBreaks))</th>"
      body += "<td class=\"score\"><span class=\"value\">\(score)</span>"
      body += HTMLCharts.bar(score: entry.report.score, label: "\(entry.name): score \(score) out of 100")
      body += "</td><td class=\"num\">\(entry.report.answered)/\(entry.report.questions)</td>"
      body +=
        "<td class=\"stage-column\">\(Self.escape(entry.report.stage.title))</td><td class=\"gap-column\">\(gap)</td></tr>\n"
    }
    body += "</tbody>\n</table>\n</div>\n"
    if !comparison.overlapNote.isEmpty { body += "<p class=\"overlap\">\(Self.escape(comparison.overlapNote))</p>\n" }
    if comparison.entries.contains(where: { $0.report.categories.contains { $0.score == nil } }) {
      body += Self.legend
    }
    body += "<div class=\"projects\">\n"
    for (i, entry) in comparison.entries.enumerated() {
      let score = Expression.format(entry.report.score)
      body += "<article class=\"project\" aria-labelledby=\"project-\(i + 1)\">\n"
      body +=
        "<h2 id=\"project-\(i + 1)\"><span class=\"rank\">\(i + 1).</span> \(Self.breakable(entry.name, at: Self.nameBreaks))</h2>\n"
      body += "<div class=\"glance\">\n"
      body += HTMLCharts.gauge(
        score: entry.report.score, tone: Self.tone(entry.report), id: "gauge-\(i + 1)",
        label: "\(entry.name): score \(score) out of 100")
      body +=
        "<p class=\"stage\">Stage: <strong>\(Self.escape(entry.report.stage.title))</strong>\(Self.escape(entry.report.stageRangeNote))</p>\n</div>\n"
      body += categoryTable(entry.report.categories)
      let gap = entry.topGap.map { Self.escape($0.title) } ?? "none found"
      body += "<p class=\"gap\">Most important gap: \(gap)</p>\n"
      body += "</article>\n"
    }
    body += "</div>\n"
    return Self.page(
      title: "Readiness comparison of \(comparison.entries.count) projects", body: body, pageClass: "wide")
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

  /// What a hatched bar means, next to what a bar at 0 looks like, so the two are never confused.
  static let legend =
    "<p class=\"legend\"><span class=\"item\"><span class=\"key\">"
    + HTMLCharts.bar(score: nil, label: "Hatched bar")
    + "</span> Not evaluated: none of its rules applies yet or has its answers</span> <span class=\"item\"><span class=\"key\">"
    + HTMLCharts.bar(score: 0, label: "Bar at 0")
    + "</span> 0: evaluated, and every rule failed</span></p>\n"

  private func finding(_ finding: Finding) -> String {
    // Only critical findings start open: each alone fails the project, so its why and fix are read,
    // not clicked for; the rest fold to one line each so the page stays short on a phone.
    let open = finding.severity == .critical ? " open" : ""
    var html =
      "<details class=\"finding \(finding.severity.rawValue)\" data-rule=\"\(Self.escape(finding.rule))\"\(open)>\n<summary><span class=\"badge\">\(finding.severity.rawValue.capitalized)</span> "
    html += "\(Self.escape(finding.title))</summary>\n<dl>\n"
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

  /// Where an id may break: after a `.` or `_`, never inside a word or at a `-`.
  static let idBreaks: Set<Character> = [".", "_"]
  /// Where a project name (a file name) may break: also after a `/` and at spaces.
  static let nameBreaks: Set<Character> = [".", "_", "/", " "]

  /// A rule or question id as code that wraps only after a `.` or `_`.
  static func identifier(_ id: String) -> String {
    "<code class=\"id\">" + breakable(id, at: idBreaks) + "</code>"
  }

  /// Escaped text whose lines break only after the given characters: each piece is a `nowrap`
  /// span (a browser would otherwise break after a `-` or, squeezed, anywhere), joined by `<wbr>`
  /// so that a copied id has no stray characters.
  static func breakable(_ text: String, at breaks: Set<Character>) -> String {
    var pieces: [String] = []
    var piece = ""
    for character in text {
      piece.append(character)
      if breaks.contains(character) {
        pieces.append(piece)
        piece = ""
      }
    }
    if !piece.isEmpty || pieces.isEmpty { pieces.append(piece) }
    return pieces.map { "<span class=\"nobr\">\(escape($0))</span>" }.joined(separator: "<wbr>")
  }

  static func page(title: String, body: String, pageClass: String? = nil, extraStyle: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(stylesheet)\(extraStyle)</style>
    </head>
    <body>
    <main\(pageClass.map { " class=\"\($0)\"" } ?? "")>
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
      --good: #0f6b3a; --fair: #8a5a00; --poor: #b42318; --high: #c2410c; --accent: #1d4ed8; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f3f4f6; color: var(--ink);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
    main { max-width: 880px; margin: 0 auto; padding: 24px 20px 40px; background: #fff; }
    main.wide { max-width: 1240px; }
    h1 { font-size: 1.75rem; margin: 0 0 12px; }
    h2 { font-size: 1.25rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 18px 0 8px; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em;
      background: #f1f3f5; padding: 1px 4px; border-radius: 4px; }
    .nobr { white-space: nowrap; }
    .summary { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px 4px; background: #fafbfc; }
    .summary h2 { margin-top: 12px; }
    .glance { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
    .headline { flex: 1 1 300px; }
    .headline p { margin: 4px 0; }
    .open .critical { color: var(--poor); font-weight: 700; } .open .high { color: var(--high); font-weight: 600; }
    .range { color: var(--muted); }
    .gauge { width: 200px; max-width: 60vw; height: auto; }
    .stage { font-size: 1.15rem; margin: 0; }
    .note { color: var(--muted); }
    .gradient { width: 100%; height: auto; max-width: 640px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
    thead th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
    .num { text-align: right; white-space: nowrap; }
    .scroll { overflow-x: auto; }
    table.categories { table-layout: fixed; }
    table.categories .name { width: 42%; }
    table.categories .score { width: 43%; white-space: nowrap; }
    table.categories .num { width: 15%; }
    .bar { display: inline-block; vertical-align: middle; width: calc(100% - 3.8em); height: 14px; }
    .value { display: inline-block; width: 3.4em; text-align: right; font-variant-numeric: tabular-nums; }
    .bar.hatched { background: repeating-linear-gradient(-45deg, #6b7280 0 1.5px, #f3f4f6 1.5px 6px);
      box-shadow: inset 0 0 0 1px #9ca3af; }
    .legend { display: flex; flex-wrap: wrap; gap: 4px 24px; font-size: 0.85rem; color: var(--muted); margin: 8px 0; }
    .legend .key { display: inline-block; width: 4em; margin-right: 6px; }
    .legend .key .bar { width: 100%; }
    @media (min-width: 561px) { table.unknown td:first-child wbr { display: none; } }
    table.overview { margin-bottom: 20px; }
    table.overview .project-name, table.overview .stage-column { white-space: nowrap; }
    table.overview .score { white-space: nowrap; width: 12em; }
    table.overview .score .value { width: 2.6em; margin-right: 8px; }
    table.overview .score .bar { width: calc(100% - 3.4em); }
    details.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
      padding: 8px 12px; margin: 10px 0; }
    details.finding.critical { border-left-color: var(--poor); }
    details.finding.high { border-left-color: var(--high); }
    details.finding.medium { border-left-color: var(--fair); }
    details.finding.low { border-left-color: var(--accent); }
    summary { cursor: pointer; font-weight: 600; }
    .badge { display: inline-block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em;
      padding: 1px 6px; border-radius: 4px; border: 1px solid currentColor; margin-right: 4px; }
    .critical .badge { color: var(--poor); } .high .badge { color: var(--high); }
    .medium .badge { color: var(--fair); } .low .badge { color: var(--accent); } .info .badge { color: var(--muted); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0 0; }
    dt { font-weight: 600; color: var(--muted); }
    dd { margin: 0; }
    dd ul { margin: 0; padding-left: 1.1em; }
    .steps { padding-left: 1.6em; }
    .steps li { margin: 6px 0; }
    .gain { display: inline-block; font-weight: 700; color: var(--good); min-width: 6.5em; }
    .effort { color: var(--muted); white-space: nowrap; }
    .projects { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px; }
    .project { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
    .project h2 { margin-top: 0; font-size: 1.1rem; }
    .project .gauge { width: 140px; }
    .project table.categories .name { width: 45%; }
    .project table.categories .score { width: 35%; }
    .project table.categories .num { width: 20%; }
    .rank { color: var(--muted); }
    footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; }
    @media (max-width: 560px) {
      main { padding: 16px 12px 32px; }
      .summary { padding: 8px 10px 2px; }
      .gauge { width: 160px; }
      dl { grid-template-columns: 1fr; }
      dt { margin-top: 4px; }
      table.categories .name { width: 40%; }
      table.categories .score { width: 42%; }
      table.categories .num { width: 18%; }
      thead th { font-size: 0.75rem; }
      .gap-column { display: none; }
      table.overview .score { width: auto; }
      table.overview .score .bar { display: none; }
      table.overview .stage-column { white-space: normal; }
      .projects { grid-template-columns: 1fr; }
    }
    @media print {
      body { background: #fff; }
      main, main.wide { max-width: none; padding: 0; }
      .summary { background: none; }
      h2 { break-after: avoid; }
      details.finding, tr, .project, .summary { break-inside: avoid; }
      details.finding { border-left-width: 4px; }
      details::details-content { content-visibility: visible; display: contents; }
      svg, .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      footer { display: none; }
    }

    """
}
