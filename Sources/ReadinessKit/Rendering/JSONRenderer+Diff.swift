extension JSONRenderer {
  /// The JSON schema of a diff.
  public static let diffSchemaID = "readiness-diff/1"

  /// Renders a diff as `readiness-diff/1` JSON: `old` and `new` ({`name`, `score`, `stage`}),
  /// `score_change`, `stage_change` (stages moved up the gradient, `null` when unknown),
  /// `categories` (every category: `id`, `title`, `old`, `new`, `change`), `attribution`
  /// (`shapley`, `sequential` or `unavailable`), `answers` ({`question`, `label`, `old`, `new`,
  /// `points`, `rules`}, answers as a questionnaire holds them, `null` when unanswered) and `rules`
  /// ({`rule`, `title`, `category`, `change`, `old`, `new`, `causes`}, states as {`outcome`,
  /// `severity`, `tier`}).
  /// - Parameter diff: The diff.
  /// - Returns: The JSON text with a final newline.
  public func render(_ diff: ReportDiff) -> String {
    var json = JSONBuilder(compact: false)
    json.beginObject()
    json.key("schema")
    json.string(Self.diffSchemaID)
    for (key, side) in [("old", diff.old), ("new", diff.new)] {
      json.key(key)
      json.beginObject()
      json.key("name")
      json.string(side.name)
      json.key("score")
      json.number(side.score)
      json.key(Report.CodingKeys.stage)
      JSONReportWriter.write(side.stage, to: &json)
      json.endObject()
    }
    json.key("score_change")
    json.number(diff.scoreChange)
    json.key("stage_change")
    if let change = diff.stageChange { json.number(Double(change)) } else { json.null() }
    json.key("categories")
    json.beginArray()
    for category in diff.categories {
      json.beginObject()
      json.key("id")
      json.string(category.id)
      json.key("title")
      json.string(category.title)
      for (key, value) in [("old", category.old), ("new", category.new), ("change", category.change)] {
        json.key(key)
        if let value { json.number(value) } else { json.null() }
      }
      json.endObject()
    }
    json.endArray()
    json.key("attribution")
    json.string(diff.attribution.rawValue)
    json.key("answers")
    json.beginArray()
    for answer in diff.answers {
      json.beginObject()
      json.key("question")
      json.string(answer.question)
      json.key("label")
      json.string(answer.label)
      for (key, value) in [("old", answer.old), ("new", answer.new)] {
        json.key(key)
        if let value { Self.write(value, to: &json) } else { json.null() }
      }
      json.key("points")
      json.number(answer.points)
      json.key("rules")
      json.strings(answer.rules)
      json.endObject()
    }
    json.endArray()
    json.key("rules")
    json.beginArray()
    for change in diff.rules {
      json.beginObject()
      json.key("rule")
      json.string(change.rule)
      json.key("title")
      json.string(change.title)
      json.key("category")
      if let category = change.category { json.string(category) } else { json.null() }
      json.key("change")
      json.string(change.kind.rawValue)
      for (key, state) in [("old", change.old), ("new", change.new)] {
        json.key(key)
        guard let state else {
          json.null()
          continue
        }
        json.beginObject()
        json.key(RuleState.CodingKeys.outcome)
        json.string(state.outcome.rawValue)
        json.key(RuleState.CodingKeys.severity)
        if let severity = state.severity { json.string(severity.rawValue) } else { json.null() }
        json.key(RuleState.CodingKeys.tier)
        if let tier = state.tier { json.string(tier) } else { json.null() }
        json.endObject()
      }
      json.key("causes")
      json.strings(change.causes)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output + "\n"
  }

  /// An answer as JSON: numbers as numbers, yes/no as booleans, the rest as strings.
  private static func write(_ value: AnswerValue, to json: inout JSONBuilder) {
    switch value {
    case .integer(let v): json.number(Double(v))
    case .number(let v), .percent(let v): json.number(v)
    case .boolean(let b): json.boolean(b)
    case .choice(let s), .text(let s): json.string(s)
    }
  }
}
