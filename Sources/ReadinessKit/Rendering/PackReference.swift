/// What a rule pack holds: its categories, questions, facts, rules and stages, as text for a
/// terminal, as a Markdown reference page for pack authors, or as JSON (`readiness-pack/1`).
///
/// Conditions and expressions are shown as written, with their line breaks and indentation
/// folded into single spaces, so each reads on one line (or one wrapped paragraph).
public struct PackReference: Sendable {
  /// The pack it describes.
  public var pack: RulePack
  /// What the pack is called in the heading, such as `built-in pack` or its folder.
  public var name: String

  /// Creates a reference.
  /// - Parameters:
  ///   - pack: The pack it describes.
  ///   - name: What the pack is called in the heading.
  public init(pack: RulePack, name: String) {
    self.pack = pack
    self.name = name
  }

  /// The counts line: `9 categories, 34 questions, ...`.
  var counts: String {
    "\(pack.categories.count) categories, \(pack.questions.count) questions, \(pack.facts.count) facts, "
      + "\(pack.rules.count) rules, \(pack.stages.count) stages"
  }

  /// Text with its line breaks and runs of spaces folded into single spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
  }

  /// A question's type with its range or choices, and its default: `integer, 0 to 100`.
  static func form(_ question: Question) -> String {
    var form = question.type.rawValue
    if question.type == .choice {
      form += ": " + question.choices.joined(separator: ", ")
    } else if let range = range(question) {
      form += ", " + range
    }
    if let value = question.defaultValue { form += "; default \(value)" }
    return form
  }

  /// A rule's severity, weight, loss and caps, as one phrase.
  static func grading(_ rule: Rule) -> String {
    var parts = ["\(rule.severity.rawValue)", "weight \(Expression.format(rule.weight))"]
    if rule.loss != 1 { parts.append("loss \(Expression.format(rule.loss))") }
    if let cap = rule.capsScore { parts.append("caps score at \(Expression.format(cap))") }
    if let stage = rule.capsStage { parts.append("caps stage at \(stage)") }
    return parts.joined(separator: ", ")
  }

  /// Where an extending pack set a section's values: `severity at ext/a.rules:5, ...`, or
  /// `nil` for a section it did not touch.
  func overrides(_ kind: SectionKind, _ id: String) -> String? {
    let origins = pack.overrides(kind, id)
    guard !origins.isEmpty else { return nil }
    return origins.map { "\($0.key) at \($0.location.file):\($0.location.line)" }.joined(separator: ", ")
  }

  // MARK: Text

  /// The reference as plain text, wrapped to `width` columns.
  /// - Parameter width: The terminal's width (at least 40 is used).
  /// - Returns: The text, with a final newline.
  public func text(width: Int = 80) -> String {
    let width = max(40, width)
    var lines = TextWrapper.wrap("\(name): \(counts)", width: width, indent: "  ", firstIndent: "")
    func section(_ title: String) { lines += ["", title] }
    func entry(_ head: String, _ details: [String]) {
      lines += TextWrapper.wrap(head, width: width, indent: "    ", firstIndent: "  ")
      for detail in details where !detail.isEmpty {
        lines += TextWrapper.wrap(detail, width: width, indent: "      ", firstIndent: "    ")
      }
    }
    section("CATEGORIES")
    for category in pack.categories {
      entry(
        "\(category.id): \(category.title) (weight \(Expression.format(category.weight)))",
        [overrides(.category, category.id).map { "set by the extension: \($0)" } ?? ""])
    }
    section("QUESTIONS")
    for question in pack.questions {
      var details = [question.ask]
      if let condition = question.askIf { details.append("asked when: \(Self.oneLine(condition))") }
      if let days = question.maxAge { details.append("an answer is trusted for \(days) days after its as_of date") }
      if let hours = question.effort, hours.isInfinite {
        details.append("fixed: no plan changes it")
      } else if let hours = question.effort {
        details.append("effort to change: \(Expression.format(hours)) \(hours == 1 ? "hour" : "hours")")
      }
      if question.milestone { details.append("a milestone: an outcome to reach, not an answer to set") }
      if let step = question.step { details.append("a plan's step reads: \(Self.oneLine(step))") }
      if let factor = question.planFactor {
        details.append("a plan moves it at most \(Expression.format(factor))× up or down at once")
      }
      if let direction = question.planDirection { details.append("a plan only moves it \(direction.rawValue)") }
      if let set = overrides(.question, question.id) { details.append("set by the extension: \(set)") }
      entry("\(question.id) (\(Self.form(question)))", details)
    }
    section("FACTS")
    for fact in pack.facts {
      entry(
        fact.title.map { "\(fact.id): \($0)" } ?? fact.id,
        ["= " + Self.oneLine(fact.expression), overrides(.fact, fact.id).map { "set by the extension: \($0)" } ?? ""])
    }
    section("RULES")
    for rule in pack.rules {
      var details = [Self.oneLine(rule.title)]
      if let applies = rule.appliesIf { details.append("applies if: \(Self.oneLine(applies))") }
      details.append("when: \(Self.oneLine(rule.condition))")
      for tier in rule.tiers {
        details.append("tier \(tier.id) (\(tier.severity.rawValue)): \(Self.oneLine(tier.condition))")
        if let set = overrides(.tier, tier.id) { details.append("tier set by the extension: \(set)") }
      }
      if let set = overrides(.rule, rule.id) { details.append("set by the extension: \(set)") }
      entry("\(rule.id) (\(rule.category); \(Self.grading(rule)))", details)
    }
    section("STAGES")
    for stage in pack.stages {
      entry(
        "\(stage.id): \(stage.title) (rank \(stage.rank))",
        [
          "when: \(Self.oneLine(stage.condition))",
          overrides(.stage, stage.id).map { "set by the extension: \($0)" } ?? "",
        ])
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Markdown

  /// The reference as a GitHub-flavoured Markdown page for pack authors: tables of categories,
  /// questions (by category), facts and stages, and a section per rule.
  /// - Returns: The Markdown text, with a final newline.
  public func markdown() -> String {
    let e = MarkdownRenderer.escape
    var out = [
      "# Rule pack reference: \(e(name))", "",
      "\(counts). Questions are the keys of a questionnaire and the names expressions read; facts are "
        + "computed from them; a rule is a finding when its `when` holds (and its `applies_if`, if any); "
        + "the highest stage whose condition holds is the project's stage.",
      "", "## Categories", "", "| Id | Title | Weight | Description |", "| --- | --- | ---: | --- |",
    ]
    for category in pack.categories {
      out.append(
        "| `\(category.id)` | \(e(category.title)) | \(Expression.format(category.weight)) | "
          + "\(e(category.description ?? "")) |")
    }
    out += ["", "## Questions"]
    var groups: [(title: String, questions: [Question])] = pack.categories.map { category in
      (category.title, pack.questions.filter { $0.category == category.id })
    }
    groups.append(("Other questions", pack.questions.filter { $0.category == nil }))
    for group in groups where !group.questions.isEmpty {
      out += [
        "", "### \(e(group.title))", "", "| Id | Type | Range or choices | Asked when | Question |",
        "| --- | --- | --- | --- | --- |",
      ]
      for question in group.questions {
        var range = question.type == .choice ? question.choices.joined(separator: ", ") : Self.range(question) ?? ""
        if let value = question.defaultValue { range += (range.isEmpty ? "" : "; ") + "default \(value)" }
        out.append(
          "| `\(question.id)` | \(question.type.rawValue) | \(e(range)) | "
            + "\(question.askIf.map { Self.code($0) } ?? "") | \(e(question.ask)) |")
      }
    }
    out += ["", "## Facts", "", "| Id | Title | Expression |", "| --- | --- | --- |"]
    for fact in pack.facts {
      out.append("| `\(fact.id)` | \(e(fact.title ?? "")) | \(Self.code(fact.expression)) |")
    }
    out += ["", "## Rules"]
    for category in pack.categories {
      let rules = pack.rules.filter { $0.category == category.id }
      guard !rules.isEmpty else { continue }
      out += ["", "### \(e(category.title))"]
      for rule in rules {
        out += ["", "#### `\(rule.id)`", "", "\(e(Self.oneLine(rule.title)))", ""]
        out.append("- Grading: \(Self.grading(rule))")
        if let applies = rule.appliesIf { out.append("- Applies if: \(Self.code(applies))") }
        out.append("- When: \(Self.code(rule.condition))")
        for tier in rule.tiers {
          out.append("- Tier `\(tier.id)` (\(tier.severity.rawValue)): \(Self.code(tier.condition))")
        }
        if let set = overrides(.rule, rule.id) { out.append("- Set by the extension: \(e(set))") }
      }
    }
    out += ["", "## Stages", "", "| Rank | Id | Title | Condition |", "| ---: | --- | --- | --- |"]
    for stage in pack.stages {
      out.append("| \(stage.rank) | `\(stage.id)` | \(e(stage.title)) | \(Self.code(stage.condition)) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A question's numeric range, or nothing.
  private static func range(_ question: Question) -> String? {
    switch (question.minimum.map(Expression.format), question.maximum.map(Expression.format)) {
    case (let low?, let high?): return "\(low) to \(high)"
    case (let low?, nil): return "at least \(low)"
    case (nil, let high?): return "at most \(high)"
    case (nil, nil): return nil
    }
  }

  /// An expression as a Markdown code span that stays on one line and inside its table cell.
  static func code(_ expression: String) -> String {
    let text = oneLine(expression).replacingOccurrences(of: "|", with: "\\|")
    let fence = text.contains("`") ? "`` " : "`"
    return fence + text + String(fence.reversed())
  }

  // MARK: JSON

  /// The reference as JSON: `schema` (`readiness-pack/1`), `name`, then `categories`,
  /// `questions`, `facts`, `rules` and `stages` in pack order, each with its fields as written.
  /// - Returns: The JSON text, with a final newline.
  public func json() -> String {
    var json = JSONBuilder(compact: false)
    json.beginObject()
    json.key("schema")
    json.string("readiness-pack/1")
    json.key("name")
    json.string(name)
    func optional(_ key: String, _ value: String?) {
      json.key(key)
      if let value { json.string(value) } else { json.null() }
    }
    func optional(_ key: String, _ value: Double?) {
      json.key(key)
      if let value { json.number(value) } else { json.null() }
    }
    json.key("categories")
    json.beginArray()
    for category in pack.categories {
      json.beginObject()
      json.key("id")
      json.string(category.id)
      json.key("title")
      json.string(category.title)
      json.key("weight")
      json.number(category.weight)
      optional("description", category.description)
      json.endObject()
    }
    json.endArray()
    json.key("questions")
    json.beginArray()
    for question in pack.questions {
      json.beginObject()
      json.key("id")
      json.string(question.id)
      json.key("ask")
      json.string(question.ask)
      json.key("type")
      json.string(question.type.rawValue)
      optional("minimum", question.minimum)
      optional("maximum", question.maximum)
      json.key("choices")
      json.strings(question.choices)
      optional("category", question.category)
      optional("unit", question.unit)
      optional("default", question.defaultValue.map { "\($0)" })
      optional("ask_if", question.askIf.map(Self.oneLine))
      // Only when set, so that packs without it describe themselves as before.
      if let days = question.maxAge {
        json.key("max_age_days")
        json.number(Double(days))
      }
      if let hours = question.effort, hours.isInfinite {
        json.key("fixed")
        json.boolean(true)
      } else if let hours = question.effort {
        json.key("effort_hours")
        json.number(hours)
      }
      if question.milestone {
        json.key("milestone")
        json.boolean(true)
      }
      optional("step", question.step.map(Self.oneLine))
      if let factor = question.planFactor {
        json.key("plan_factor")
        json.number(factor)
      }
      optional("plan_direction", question.planDirection?.rawValue)
      json.endObject()
    }
    json.endArray()
    json.key("facts")
    json.beginArray()
    for fact in pack.facts {
      json.beginObject()
      json.key("id")
      json.string(fact.id)
      optional("title", fact.title)
      optional("unit", fact.unit)
      json.key("expression")
      json.string(Self.oneLine(fact.expression))
      json.endObject()
    }
    json.endArray()
    json.key("rules")
    json.beginArray()
    for rule in pack.rules {
      json.beginObject()
      json.key("id")
      json.string(rule.id)
      json.key("category")
      json.string(rule.category)
      json.key("severity")
      json.string(rule.severity.rawValue)
      json.key("weight")
      json.number(rule.weight)
      json.key("title")
      json.string(Self.oneLine(rule.title))
      optional("applies_if", rule.appliesIf.map(Self.oneLine))
      json.key("condition")
      json.string(Self.oneLine(rule.condition))
      let origins = pack.overrides(.rule, rule.id)
      if !origins.isEmpty {
        // Only for a rule an extension touched, so a pack that extends none reads as before.
        json.key("overrides")
        json.beginArray()
        for origin in origins {
          json.beginObject()
          json.key("key")
          json.string(origin.key)
          json.key("file")
          json.string(origin.location.file)
          json.key("line")
          json.number(Double(origin.location.line))
          json.endObject()
        }
        json.endArray()
      }
      json.key("tiers")
      json.beginArray()
      for tier in rule.tiers {
        json.beginObject()
        json.key("id")
        json.string(tier.id)
        json.key("severity")
        json.string(tier.severity.rawValue)
        json.key("condition")
        json.string(Self.oneLine(tier.condition))
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key("stages")
    json.beginArray()
    for stage in pack.stages {
      json.beginObject()
      json.key("id")
      json.string(stage.id)
      json.key("title")
      json.string(stage.title)
      json.key("rank")
      json.number(Double(stage.rank))
      json.key("condition")
      json.string(Self.oneLine(stage.condition))
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output + "\n"
  }
}
