/// Renders a `Plan` as text, Markdown, JSON (`readiness-plan/1`) or an HTML page.
///
/// Takes the pack the plan was made with, for the questions' labels and units and the stages'
/// titles: a milestone reads "Reach 10 customers", not "paying_customers = 10".
public struct PlanRenderer: Sendable {
  let pack: RulePack
  let format: ReportFormat
  let width: Int

  /// Makes a renderer.
  /// - Parameters:
  ///   - pack: The pack the plan was made with.
  ///   - format: The output format.
  ///   - width: The line width for text.
  public init(pack: RulePack, format: ReportFormat, width: Int = 80) {
    self.pack = pack
    self.format = format
    self.width = max(40, width)
  }

  /// Renders a plan.
  /// - Parameter plan: The plan.
  /// - Returns: The text, ending with a newline.
  public func render(_ plan: Plan) -> String {
    switch format {
    case .text: return text(plan)
    case .markdown: return markdown(plan)
    case .json: return json(plan)
    case .html: return html(plan)
    }
  }

  // MARK: Wording

  private func title(_ stage: String) -> String { pack.stages.first { $0.id == stage }?.title ?? stage }

  private func question(_ id: String) -> Question? { pack.questions.first { $0.id == id } }

  /// An answer as a sentence shows it: a number with its unit, a text quoted.
  private func shown(_ answer: String?, of question: Question?) -> String {
    guard let answer else { return "unanswered" }
    guard let question else { return Unicode.Scalar.visible(answer) }
    switch question.type {
    case .integer, .number, .percent:
      let digits = answer.hasSuffix("%") ? String(answer.dropLast()) : answer
      guard let x = Double(digits) else { return answer }
      return ValueFormat.number(
        x, unit: question.unit.map(ValueFormat.Unit.init) ?? (question.type == .percent ? ValueFormat.Unit("%") : nil))
    case .text:
      let filler = Set(answer)
      if filler.count == 1, answer.count > 1 { return "a text of \(answer.count) characters" }
      return "\"" + Unicode.Scalar.visible(answer) + "\""
    case .boolean, .choice:
      return Unicode.Scalar.visible(answer)
    }
  }

  /// What to do, as one sentence without its final stop.
  func step(_ change: PlanChange) -> String {
    let q = question(change.question)
    let name = q?.shownName ?? change.question
    let to = shown(change.to, of: q)
    let now = change.from == nil ? "unanswered now" : "now \(shown(change.from, of: q))"
    // The pack's wording of the work, when it gives one: "Hold 10 customer conversations".
    if let q, let step = q.step { return fill(step, change, q, now: now) }
    if change.milestone { return "Reach \(to) (\(name), \(now))" }
    // A text the pack only measures: what matters is its length, not the filler the plan holds.
    if q?.type == .text, Set(change.to).count == 1, change.to.count > 1 {
      return "Write \(name), about \(change.to.count) characters (\(now))"
    }
    return "Set \(name) to \(to) (\(now))"
  }

  /// A question's `step` with its holes filled: `{to}`, `{from}` and `{change}` (how far the
  /// answer moves, from nothing when it is open), each shown with the question's unit. The
  /// answer now follows the first `{to}` or `{change}` in brackets ("Cut upkeep to 15 hours a week
  /// (now 30 hours a week): log ..."), or ends the step when neither is there and the answer is
  /// not a yes or no, which the step itself says.
  func fill(_ step: String, _ change: PlanChange, _ q: Question, now: String) -> String {
    let number = { (answer: String?) in answer.flatMap { Double($0.hasSuffix("%") ? String($0.dropLast()) : $0) } }
    let values = [
      ("{to}", shown(change.to, of: q)), ("{from}", shown(change.from, of: q)),
      ("{change}", shown(Expression.format(abs((number(change.to) ?? 0) - (number(change.from) ?? 0))), of: q)),
    ]
    var text = ""
    var rest = Substring(step)
    var saidNow = false
    while let open = rest.firstIndex(of: "{") {
      text += rest[..<open]
      rest = rest[open...]
      guard let (hole, value) = values.first(where: { rest.hasPrefix($0.0) }) else {
        text += "{"
        rest = rest.dropFirst()
        continue
      }
      text += value
      if !saidNow && hole != "{from}" {
        text += " (\(now))"
        saidNow = true
      }
      rest = rest.dropFirst(hole.count)
    }
    text += rest
    if !saidNow && q.type != .boolean { text += " (\(now))" }
    return text
  }

  private func hours(_ x: Double) -> String { ValueFormat.number(x, unit: ValueFormat.Unit("# hour | # hours")) }

  private func points(_ x: Double) -> String {
    (x >= 0 ? "+" : "") + Expression.format(x) + (abs(x) == 1 ? " point" : " points")
  }

  private func headline(_ plan: Plan) -> String {
    if plan.changes.isEmpty && plan.reached {
      return
        "Already at \(title(plan.startStage)) (score \(Expression.format(plan.startScore))): nothing to change to reach \(title(plan.target))."
    }
    if !plan.reached { return "No plan found to reach \(title(plan.target)) from \(title(plan.startStage))." }
    let count = plan.changes.count == 1 ? "1 change" : "\(plan.changes.count) changes"
    return "To reach \(title(plan.target)) from \(title(plan.startStage)): \(count), about \(hours(plan.effort))."
  }

  private func result(_ plan: Plan) -> String {
    "Result: score \(Expression.format(plan.startScore)) -> \(Expression.format(plan.score)), stage \(title(plan.stage)), from assessing the changed answers."
  }

  private func proof(_ plan: Plan) -> String {
    plan.exact
      ? "Proven minimal: no plan takes less effort, or as little with fewer changes."
      : "Best found, not proven minimal: the search ran out of its budget."
  }

  private func stepLine(_ change: PlanChange) -> String {
    var line = step(change) + ": " + hours(change.effort) + ", " + points(change.gain)
    if change.milestone { line += ", a milestone" }
    return line + "."
  }

  // MARK: Text

  private func text(_ plan: Plan) -> String {
    var lines = TextWrapper.wrap(headline(plan), width: width, indent: "  ", firstIndent: "")
    if !plan.changes.isEmpty {
      lines.append("")
      for (i, change) in plan.changes.enumerated() {
        let number = "\(i + 1). "
        lines += TextWrapper.wrap(
          stepLine(change), width: width, indent: String(repeating: " ", count: 2 + number.count),
          firstIndent: "  " + number)
      }
      lines.append("")
      lines += TextWrapper.wrap(result(plan), width: width, indent: "  ", firstIndent: "")
    }
    if !plan.blockers.isEmpty {
      lines.append("")
      lines.append("What blocks it:")
      for blocker in plan.blockers {
        lines += TextWrapper.wrap(blocker, width: width, indent: "    ", firstIndent: "  - ")
      }
    }
    if !plan.changes.isEmpty || !plan.reached {
      lines += TextWrapper.wrap(proof(plan), width: width, indent: "  ", firstIndent: "")
    }
    if !plan.alternatives.isEmpty {
      lines.append("")
      lines.append("Alternatives with the same effort:")
      for alternative in plan.alternatives {
        let text = alternative.map(step).joined(separator: "; ") + "."
        lines += TextWrapper.wrap(text, width: width, indent: "    ", firstIndent: "  - ")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Markdown

  private func markdown(_ plan: Plan) -> String {
    func escape(_ s: String) -> String { MarkdownRenderer.escape(s) }
    var out = "# Plan: \(escape(title(plan.target)))\n\n\(escape(headline(plan)))\n"
    if !plan.changes.isEmpty {
      out += "\n| # | Change | Effort | Gain | Milestone |\n|---|---|---|---|---|\n"
      for (i, change) in plan.changes.enumerated() {
        out +=
          "| \(i + 1) | \(escape(step(change))) | \(hours(change.effort)) | \(points(change.gain)) | \(change.milestone ? "yes" : "no") |\n"
      }
      out += "\n\(escape(result(plan)))\n"
    }
    if !plan.blockers.isEmpty {
      out += "\n## What blocks it\n\n"
      for blocker in plan.blockers { out += "- \(escape(blocker))\n" }
    }
    if !plan.changes.isEmpty || !plan.reached { out += "\n\(escape(proof(plan)))\n" }
    if !plan.alternatives.isEmpty {
      out += "\n## Alternatives with the same effort\n\n"
      for alternative in plan.alternatives {
        out += "- " + escape(alternative.map(step).joined(separator: "; ")) + "\n"
      }
    }
    return out
  }

  // MARK: JSON

  /// Writes changes as `PlanChange`'s `Codable` form has them: in a plan and in a report's
  /// `next_stage`.
  static func write(_ changes: [PlanChange], to json: inout JSONBuilder) {
    json.beginArray()
    for change in changes {
      json.beginObject()
      json.key(PlanChange.CodingKeys.question)
      json.string(change.question)
      json.key(PlanChange.CodingKeys.from)
      if let from = change.from { json.string(from) } else { json.null() }
      json.key(PlanChange.CodingKeys.to)
      json.string(change.to)
      json.key(PlanChange.CodingKeys.effort)
      json.number(change.effort)
      json.key(PlanChange.CodingKeys.gain)
      json.number(change.gain)
      json.key(PlanChange.CodingKeys.milestone)
      json.boolean(change.milestone)
      json.endObject()
    }
    json.endArray()
  }

  private func json(_ plan: Plan) -> String {
    var json = JSONBuilder(compact: false)
    func changes(_ list: [PlanChange]) { Self.write(list, to: &json) }
    json.beginObject()
    json.key("schema")
    json.string("readiness-plan/1")
    json.key(Plan.CodingKeys.target)
    json.string(plan.target)
    json.key(Plan.CodingKeys.startScore)
    json.number(plan.startScore)
    json.key(Plan.CodingKeys.startStage)
    json.string(plan.startStage)
    json.key(Plan.CodingKeys.changes)
    changes(plan.changes)
    // Each change as the text format words it, as a report's `next_stage` has them: a text answer's
    // `to` is only a stand-in of the length the plan needs, which the step says in words.
    json.key("steps")
    json.strings(plan.changes.map(step))
    json.key("effort")
    json.number(plan.effort)
    json.key(Plan.CodingKeys.score)
    json.number(plan.score)
    json.key(Plan.CodingKeys.stage)
    json.string(plan.stage)
    json.key(Plan.CodingKeys.reached)
    json.boolean(plan.reached)
    json.key(Plan.CodingKeys.exact)
    json.boolean(plan.exact)
    json.key(Plan.CodingKeys.alternatives)
    json.beginArray()
    for alternative in plan.alternatives { changes(alternative) }
    json.endArray()
    json.key(Plan.CodingKeys.blockers)
    json.strings(plan.blockers)
    json.endObject()
    return json.output + "\n"
  }

  // MARK: HTML

  private func html(_ plan: Plan) -> String {
    func escape(_ s: String) -> String { HTMLRenderer.escape(s) }
    var body = "<header>\n<h1>Plan: \(escape(title(plan.target)))</h1>\n</header>\n<p>\(escape(headline(plan)))</p>\n"
    if !plan.changes.isEmpty {
      body +=
        "<table>\n<thead><tr><th>#</th><th>Change</th><th>Effort</th><th>Gain</th><th>Milestone</th></tr></thead>\n<tbody>\n"
      for (i, change) in plan.changes.enumerated() {
        body +=
          "<tr><td>\(i + 1)</td><td>\(escape(step(change)))</td><td>\(escape(hours(change.effort)))</td><td>\(escape(points(change.gain)))</td><td>\(change.milestone ? "yes" : "no")</td></tr>\n"
      }
      body += "</tbody>\n</table>\n<p>\(escape(result(plan)))</p>\n"
    }
    if !plan.blockers.isEmpty {
      body += "<h2>What blocks it</h2>\n<ul>\n"
      for blocker in plan.blockers { body += "<li>\(escape(blocker))</li>\n" }
      body += "</ul>\n"
    }
    if !plan.changes.isEmpty || !plan.reached { body += "<p class=\"note\">\(escape(proof(plan)))</p>\n" }
    if !plan.alternatives.isEmpty {
      body += "<h2>Alternatives with the same effort</h2>\n<ul>\n"
      for alternative in plan.alternatives {
        body += "<li>\(escape(alternative.map(step).joined(separator: "; ")))</li>\n"
      }
      body += "</ul>\n"
    }
    return HTMLRenderer.page(title: "Plan: \(title(plan.target))", body: body)
  }
}
