/// How far a `BatchRunner` run has got: what it reports after each chunk of lines.
public struct BatchProgress: Sendable, Hashable {
  /// Input lines read and assessed so far, blank ones included.
  public var lines: Int
  /// Valid questionnaires assessed so far.
  public var assessed: Int
  /// Bad lines so far.
  public var bad: Int

  /// Lines with an output line so far: valid questionnaires and bad lines (blank lines have none).
  public var written: Int { assessed + bad }

  /// Makes a progress report.
  /// - Parameters:
  ///   - lines: Input lines read and assessed, blank ones included.
  ///   - assessed: Valid questionnaires assessed.
  ///   - bad: Bad lines.
  public init(lines: Int, assessed: Int, bad: Int) {
    self.lines = lines
    self.assessed = assessed
    self.bad = bad
  }
}
