/// The output lines of `readiness batch`, one per input line, as compact JSON.
public enum BatchLine {
  /// The compact result: line number, echoed id, score, the lowest and highest score the open
  /// questions allow (`score_min`, `score_max`), stage, fired and unknown rule ids.
  /// - Parameters:
  ///   - report: The line's report.
  ///   - line: The 1-based input line number.
  ///   - id: The echoed id as JSON text, if the line had one.
  /// - Returns: One line of JSON, without a line end.
  public static func result(_ report: Report, line: Int, id: String?) -> String {
    result(
      Verdict(
        score: report.score, stage: report.stage.id, fired: report.findings.map(\.rule),
        unknown: report.unknown.map(\.rule), scoreMin: report.scoreRange?.min, scoreMax: report.scoreRange?.max),
      line: line, id: id)
  }

  /// The compact result of a verdict (see `result(_:line:id:)` for a report).
  /// - Parameters:
  ///   - verdict: The line's verdict.
  ///   - line: The 1-based input line number.
  ///   - id: The echoed id as JSON text, if the line had one.
  /// - Returns: One line of JSON, without a line end.
  public static func result(_ verdict: Verdict, line: Int, id: String?) -> String {
    var json = JSONBuilder(compact: true)
    json.beginObject()
    json.key("line")
    json.number(Double(line))
    if let id {
      json.key("id")
      json.raw(id)
    }
    json.key("score")
    json.number(verdict.score)
    if let low = verdict.scoreMin, let high = verdict.scoreMax {
      json.key("score_min")
      json.number(low)
      json.key("score_max")
      json.number(high)
    }
    json.key("stage")
    json.string(verdict.stage)
    json.key("fired")
    json.beginArray()
    verdict.firedRules.forEachID { json.string($0) }
    json.endArray()
    json.key("unknown")
    json.beginArray()
    verdict.unknownRules.forEachID { json.string($0) }
    json.endArray()
    json.endObject()
    return json.output
  }

  /// The full report of a line, wrapped with its line number and id.
  /// - Parameters:
  ///   - report: The line's report.
  ///   - line: The 1-based input line number.
  ///   - id: The echoed id as JSON text, if the line had one.
  /// - Returns: One line of JSON, without a line end.
  public static func full(_ report: Report, line: Int, id: String?) -> String {
    var json = JSONBuilder(compact: true)
    json.beginObject()
    json.key("line")
    json.number(Double(line))
    if let id {
      json.key("id")
      json.raw(id)
    }
    json.key("report")
    JSONReportWriter(compact: true).write(report, to: &json)
    json.endObject()
    return json.output
  }

  /// The error record of a bad line: its number and every problem with its column.
  /// - Parameters:
  ///   - problems: The problems found.
  ///   - line: The 1-based input line number.
  ///   - id: The echoed id as JSON text, if one could be read.
  /// - Returns: One line of JSON, without a line end.
  public static func error(_ problems: [(column: Int, message: String)], line: Int, id: String?) -> String {
    var json = JSONBuilder(compact: true)
    json.beginObject()
    json.key("line")
    json.number(Double(line))
    if let id {
      json.key("id")
      json.raw(id)
    }
    json.key("errors")
    json.beginArray()
    for problem in problems {
      json.beginObject()
      json.key("column")
      json.number(Double(problem.column))
      json.key("message")
      json.string(problem.message)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output
  }
}
