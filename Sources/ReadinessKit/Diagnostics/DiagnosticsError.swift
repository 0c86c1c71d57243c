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

  /// Creates the error for a stage whose every problem is of one kind (a pack's examples read
  /// answers, but a mistake there is the pack's, not the input's).
  init(_ diagnostics: [Diagnostic], kind: Diagnostic.Kind) {
    self.init(
      diagnostics.map {
        var d = $0
        d.kind = kind
        return d
      })
  }

  /// The kinds of problem it holds: what a tool decides its exit code by.
  public var kinds: Set<Diagnostic.Kind> { Set(diagnostics.map(\.kind)) }

  /// The diagnostics rendered without colour, one after another.
  public var description: String {
    DiagnosticFormatter(colored: false).format(diagnostics)
  }
}
