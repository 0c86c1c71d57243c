/// The JSON form of reports and comparisons: canonical, `schema` first (see `JSONReportWriter`).
public struct JSONRenderer: ReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// Renders a report as indented JSON.
  /// - Parameter report: The report.
  /// - Returns: The JSON text with a final newline.
  public func render(_ report: Report) -> String { JSONReportWriter().write(report) }

  /// Renders a comparison as `readiness-compare/2` JSON: each project's `stage` is an object
  /// {`id`, `title`}, as in a report (`readiness-compare/1` had the id alone).
  /// - Parameter comparison: The comparison.
  /// - Returns: The JSON text with a final newline.
  public func render(_ comparison: Comparison) -> String {
    var json = JSONBuilder(compact: false)
    json.beginObject()
    json.key("schema")
    json.string("readiness-compare/2")
    json.key("projects")
    json.beginArray()
    for (i, entry) in comparison.entries.enumerated() {
      json.beginObject()
      json.key("rank")
      json.number(Double(i + 1))
      json.key("name")
      json.string(entry.name)
      json.key("score")
      json.number(entry.report.score)
      json.key(Report.CodingKeys.stage)
      JSONReportWriter.write(entry.report.stage, to: &json)
      json.key("categories")
      json.beginObject()
      for category in entry.report.categories {
        json.key(category.id)
        if let score = category.score { json.number(score) } else { json.null() }
      }
      json.endObject()
      json.key("top_gap")
      if let gap = entry.topGap { json.string(gap.rule) } else { json.null() }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output + "\n"
  }
}
