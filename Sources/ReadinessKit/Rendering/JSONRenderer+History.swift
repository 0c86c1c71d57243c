extension JSONRenderer {
  /// The JSON schema of a history.
  public static let historySchemaID = "readiness-history/1"

  /// Renders a history as `readiness-history/1` JSON: `schema` and `entries`, oldest first, each
  /// with `date`, `name`, `score`, `score_change` (`null` for the first), `score_range`
  /// {`min`, `max`, `exact`} over the open questions (`null` for a saved report without one),
  /// `stage` {`id`, `title`}, `stage_range` {`min`, `max`} (`null` likewise),
  /// `categories` (category id to score, `null` when not evaluated), `findings` (how many), and
  /// `opened` and `closed` (rule ids, against the entry before).
  /// - Parameter history: The history.
  /// - Returns: The JSON text with a final newline.
  public func render(_ history: History) -> String {
    var json = JSONBuilder(compact: false)
    json.beginObject()
    json.key("schema")
    json.string(Self.historySchemaID)
    json.key("entries")
    json.beginArray()
    for entry in history.entries {
      let report = entry.assessment.report
      json.beginObject()
      json.key("date")
      json.string(entry.assessment.date.description)
      json.key("name")
      json.string(entry.assessment.name)
      json.key("score")
      json.number(report.score)
      json.key("score_change")
      if let change = entry.scoreChange { json.number(change) } else { json.null() }
      json.key(Report.CodingKeys.scoreRange)
      if let range = report.scoreRange { JSONReportWriter.write(range, to: &json) } else { json.null() }
      json.key(Report.CodingKeys.stage)
      JSONReportWriter.write(report.stage, to: &json)
      json.key(Report.CodingKeys.stageRange)
      if let range = report.stageRange { JSONReportWriter.write(range, to: &json) } else { json.null() }
      json.key("categories")
      json.beginObject()
      for category in report.categories {
        json.key(category.id)
        if let score = category.score { json.number(score) } else { json.null() }
      }
      json.endObject()
      json.key("findings")
      json.number(Double(report.findings.count))
      json.key("opened")
      json.strings(entry.opened.map(\.rule))
      json.key("closed")
      json.strings(entry.closed.map(\.rule))
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output + "\n"
  }
}
