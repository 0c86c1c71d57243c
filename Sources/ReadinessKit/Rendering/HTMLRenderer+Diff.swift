extension HTMLRenderer {
  /// Renders a diff as a page: the score and stage change, the categories that changed with their
  /// new bars, the answers that changed with a bar of the points each accounts for (right for
  /// gains, left for losses), and the findings opened, graded differently and closed.
  /// - Parameter diff: The diff.
  /// - Returns: The HTML document, ending with a newline.
  public func render(_ diff: ReportDiff) -> String {
    let change = ReportDiff.signed(diff.scoreChange)
    let direction = diff.scoreChange > 0 ? "up" : diff.scoreChange < 0 ? "down" : "same"
    var body =
      "<header>\n<h1>Readiness diff</h1>\n<p class=\"names\">\(Self.breakable(diff.old.name, at: Self.nameBreaks)) → \(Self.breakable(diff.new.name, at: Self.nameBreaks))</p>\n</header>\n"
    body += "<section class=\"summary\" aria-label=\"Summary\">\n"
    body +=
      "<p class=\"delta \(direction)\">Score <strong>\(Expression.format(diff.old.score)) → \(Expression.format(diff.new.score))</strong> <span class=\"change\">(\(change))</span></p>\n"
    body += "<p class=\"stage\">Stage: <strong>\(Self.escape(diff.stageText))</strong></p>\n"
    if diff.isEmpty { body += "<p>\(ReportDiff.noChanges)</p>\n" }
    body += "</section>\n"
    guard !diff.isEmpty else { return Self.page(title: "Readiness diff", body: body, extraStyle: Self.diffStyle) }

    let categories = diff.changedCategories
    if !categories.isEmpty {
      body +=
        "<section aria-labelledby=\"categories-heading\">\n<h2 id=\"categories-heading\">Categories that changed</h2>\n"
      body +=
        "<table class=\"changes\">\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Old</th><th scope=\"col\" class=\"score\">New</th><th scope=\"col\" class=\"num\">Change</th></tr></thead>\n<tbody>\n"
      for category in categories {
        let after = category.new.map(Expression.format) ?? "–"
        body += "<tr><th scope=\"row\">\(Self.escape(category.title))</th>"
        body += "<td class=\"num\">\(category.old.map(Expression.format) ?? "–")</td><td class=\"score\">"
        body += HTMLCharts.bar(
          score: category.new,
          label: "\(category.title): \(category.new == nil ? "not evaluated yet" : "\(after) out of 100")")
        body += "<span class=\"value\">\(after)</span></td>"
        body += "<td class=\"num\">\(category.change.map(ReportDiff.signed) ?? "")</td></tr>\n"
      }
      body += "</tbody>\n</table>\n</section>\n"
    }

    body += "<section aria-labelledby=\"answers-heading\">\n<h2 id=\"answers-heading\">Answers that changed</h2>\n"
    if !diff.answers.isEmpty {
      let largest = diff.answers.map { abs($0.points) }.max() ?? 0
      body +=
        "<table class=\"changes\">\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Old</th><th scope=\"col\">New</th><th scope=\"col\" class=\"points\">Points</th></tr></thead>\n<tbody>\n"
      for answer in diff.answers {
        let points = ReportDiff.signed(answer.points)
        body +=
          "<tr data-question=\"\(Self.escape(answer.question))\"><th scope=\"row\">\(Self.escape(answer.label))</th>"
        body += "<td>\(Self.escape(ReportDiff.answerText(answer.old)))</td>"
        body += "<td>\(Self.escape(ReportDiff.answerText(answer.new)))</td><td class=\"points\">"
        body += Self.pointsBar(answer.points, largest: largest, label: "\(answer.label): \(points) points")
        body += "<span class=\"value\">\(points)</span></td></tr>\n"
      }
      body += "</tbody>\n</table>\n"
    }
    body += "<p class=\"note\">\(Self.escape(diff.attributionSentence))</p>\n</section>\n"

    for kind in RuleChange.Kind.allCases {
      let changes = diff.rules(kind)
      guard !changes.isEmpty else { continue }
      body +=
        "<section aria-labelledby=\"\(kind.rawValue)-heading\">\n<h2 id=\"\(kind.rawValue)-heading\">\(ReportDiff.heading(kind)) (\(changes.count))</h2>\n<ul class=\"rule-changes \(kind.rawValue)\">\n"
      for change in changes {
        let causes = diff.causeLabels(change)
        body +=
          "<li data-rule=\"\(Self.escape(change.rule))\"><strong>\(Self.escape(change.title))</strong>: \(Self.escape(ReportDiff.changeText(change)))"
        if !causes.isEmpty {
          body += " <span class=\"causes\">because of: \(causes.map(Self.escape).joined(separator: ", "))</span>"
        }
        body += "</li>\n"
      }
      body += "</ul>\n</section>\n"
    }
    return Self.page(
      title: "Readiness diff: \(Expression.format(diff.old.score)) → \(Expression.format(diff.new.score))",
      body: body, extraStyle: Self.diffStyle)
  }

  /// A bar from the middle of its box: right and green for a gain, left and red for a loss,
  /// scaled to the largest share so the answers compare at a glance.
  static func pointsBar(_ points: Double, largest: Double, label: String) -> String {
    let half = largest > 0 ? 50 * abs(points) / largest : 0
    let x = points < 0 ? 50 - half : 50
    let color = points < 0 ? HTMLCharts.Tone.poor.color : HTMLCharts.Tone.good.color
    var svg =
      "<svg class=\"bar\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(escape(label))\">"
    svg += "<title>\(escape(label))</title>"
    svg += "<rect x=\"0\" y=\"0\" width=\"100\" height=\"14\" fill=\"#f3f4f6\"/>"
    if half > 0 {
      svg +=
        "<rect x=\"\(HTMLCharts.number(x))\" y=\"0\" width=\"\(HTMLCharts.number(max(1, half)))\" height=\"14\" fill=\"\(color)\"/>"
    }
    svg += "<rect x=\"49.5\" y=\"0\" width=\"1\" height=\"14\" fill=\"#4b5563\"/>"
    return svg + "</svg>"
  }

  static let diffStyle = """
    .names { color: var(--muted); margin: 0; }
    .delta { font-size: 1.3rem; margin: 4px 0; }
    .delta.up .change { color: var(--good); font-weight: 700; }
    .delta.down .change { color: var(--poor); font-weight: 700; }
    table.changes { table-layout: auto; margin-bottom: 8px; }
    table.changes .score { width: 40%; white-space: nowrap; }
    table.changes .points { width: 30%; white-space: nowrap; }
    table.changes .points .bar { width: calc(100% - 3.8em); }
    .rule-changes { padding-left: 1.2em; }
    .rule-changes li { margin: 4px 0; }
    .rule-changes.opened li::marker, .rule-changes.worse li::marker { color: var(--poor); }
    .rule-changes.closed li::marker, .rule-changes.milder li::marker { color: var(--good); }
    .causes { color: var(--muted); }

    """
}
