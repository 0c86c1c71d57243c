/// The error thrown when a rule pack or a questionnaire has problems: every problem found, in order.
///
/// Its `description` is the plain rendering of all diagnostics, so `print(error)` tells a person
/// exactly what is wrong and where.
public struct DiagnosticsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Every problem found, ordered by position.
  public var diagnostics: [Diagnostic]

  /// Creates the error.
  /// - Parameter diagnostics: The problems found; they are sorted by position.
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics.sorted()
  }

  /// The diagnostics rendered without colour, one after another.
  public var description: String {
    DiagnosticFormatter(colored: false).format(diagnostics)
  }
}
