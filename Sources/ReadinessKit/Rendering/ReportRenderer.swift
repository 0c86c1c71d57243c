/// Turns a report into text in one format. Each output format has one renderer.
public protocol ReportRenderer: Sendable {
  /// Renders a report.
  /// - Parameter report: The report.
  /// - Returns: The rendered document, ending with a newline.
  func render(_ report: Report) -> String
}

/// The JSON form of a report: canonical, `schema` first (see `JSONReportWriter`).
public struct JSONRenderer: ReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// Renders a report as indented JSON.
  /// - Parameter report: The report.
  /// - Returns: The JSON text with a final newline.
  public func render(_ report: Report) -> String { JSONReportWriter().write(report) }
}
