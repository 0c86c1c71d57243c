/// What a `BatchRunner` run found, once every output line is written.
public struct BatchResult: Sendable, Hashable {
  /// How the batch is spread, over every line.
  public var summary: BatchSummary
  /// Input lines read, blank ones included.
  public var lines: Int

  /// Whether some line could not be assessed (its output line is an error record). The
  /// `readiness batch` command then exits with status 2.
  public var hasBadLines: Bool { summary.bad > 0 }

  /// Makes a result.
  /// - Parameters:
  ///   - summary: How the batch is spread.
  ///   - lines: Input lines read, blank ones included.
  public init(summary: BatchSummary, lines: Int) {
    self.summary = summary
    self.lines = lines
  }
}
