/// A project's assessments over time, oldest first, with what each step opened and closed: what
/// `readiness history` shows as a trend table and a chart.
public struct History: Sendable, Hashable {
  /// One dated assessment.
  public struct Assessment: Sendable, Hashable {
    /// The day its answers were true.
    public var date: CalendarDate
    /// What the input is called (its file).
    public var name: String
    /// Its report.
    public var report: Report
    /// Where the date was read (an `as_of` line), or `nil` when it came from the file's name.
    public var dateOrigin: SourceRange?

    /// Makes a dated assessment.
    /// - Parameters:
    ///   - date: The day its answers were true.
    ///   - name: What the input is called.
    ///   - report: Its report.
    ///   - dateOrigin: Where the date was read, if from text.
    public init(date: CalendarDate, name: String, report: Report, dateOrigin: SourceRange? = nil) {
      self.date = date
      self.name = name
      self.report = report
      self.dateOrigin = dateOrigin
    }
  }

  /// One step of the history.
  public struct Entry: Sendable, Hashable {
    /// The assessment.
    public var assessment: Assessment
    /// Findings it has that the step before did not (none for the first step).
    public var opened: [Finding]
    /// Findings the step before had that it has not.
    public var closed: [Finding]

    /// The score change since the step before; `nil` for the first step.
    public var scoreChange: Double?
  }

  /// The steps, oldest first.
  public var entries: [Entry]

  /// Orders assessments by date and works out what each step opened and closed.
  /// - Parameter assessments: The assessments, in any order.
  /// - Throws: `DiagnosticsError` (kind `input`) naming every pair of assessments on one date.
  public init(_ assessments: [Assessment]) throws(DiagnosticsError) {
    let sorted = assessments.enumerated().sorted { a, b in
      a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
    }
    .map(\.element)
    var problems: [Diagnostic] = []
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.date == later.date {
      problems.append(
        Diagnostic(
          .error, .historySameDate(later.name, earlier.name, date: later.date), at: later.dateOrigin, file: later.name))
    }
    if !problems.isEmpty { throw DiagnosticsError(problems, kind: .input) }
    var entries: [Entry] = []
    for assessment in sorted {
      guard let previous = entries.last?.assessment.report else {
        entries.append(Entry(assessment: assessment, opened: [], closed: [], scoreChange: nil))
        continue
      }
      let was = Set(previous.findings.map(\.rule))
      let now = Set(assessment.report.findings.map(\.rule))
      entries.append(
        Entry(
          assessment: assessment, opened: assessment.report.findings.filter { !was.contains($0.rule) },
          closed: previous.findings.filter { !now.contains($0.rule) },
          scoreChange: ReportDiff.tenths(assessment.report.score - previous.score)))
    }
    self.entries = entries
  }
}
