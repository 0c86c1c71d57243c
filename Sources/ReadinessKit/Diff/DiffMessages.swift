/// The messages of reading reports saved as JSON (`report.*`), for `diff` and baselines.
extension Diagnostic.Message {
  static func savedReportNotJSON(_ detail: String) -> Self {
    Self(code: "report.not-json", "not valid JSON: \(detail); a saved report is a '\(Report.schemaID)' JSON document")
  }
  static let savedReportNotAnObject = Self(
    code: "report.not-a-report", "not a saved report: a report is a '\(Report.schemaID)' JSON object")
  static func savedReportWrongSchema(_ schema: String?) -> Self {
    Self(
      code: "report.wrong-schema",
      (schema.map { "this is a '\($0)' document, not a report" } ?? "the JSON has no \"schema\"")
        + "; a saved report has \"schema\": \"\(Report.schemaID)\"")
  }
  static func savedReportBadField(_ detail: String) -> Self {
    Self(code: "report.bad-field", "not a complete report: \(detail)")
  }
}
