/// A problem found in a rule pack or a questionnaire, with where it is and what to do about it.
public struct Diagnostic: Sendable, Hashable, Comparable {
  /// How bad a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// The input cannot be used.
    case error
    /// The input can be used, but probably not as meant.
    case warning
    /// Extra information attached to another diagnostic.
    case note
  }

  /// The text of a diagnostic: lowercase, no trailing period.
  ///
  /// Each stage of the pipeline keeps its messages as static factories on this type, so the wording
  /// of every message lives in one place per stage.
  public struct Message: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message's text.
    public var text: String

    /// Creates a message.
    /// - Parameter text: The message's text, lowercase with no trailing period.
    public init(_ text: String) { self.text = text }

    /// The message's text.
    public var description: String { text }
  }

  /// A secondary message, such as where something was first defined.
  public struct Note: Sendable, Hashable {
    /// The note's text.
    public var message: Message
    /// Where the note points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    /// - Parameters:
    ///   - message: The note's text.
    ///   - range: Where the note points, if anywhere.
    public init(_ message: Message, at range: SourceRange? = nil) {
      self.message = message
      self.range = range
    }
  }

  /// How bad the problem is.
  public var severity: Severity
  /// What is wrong.
  public var message: Message
  /// Where it is; `nil` for problems that belong to no position (a missing file, say).
  public var range: SourceRange?
  /// The file the problem belongs to when it has no position.
  public var file: String?
  /// Further information.
  public var notes: [Note]

  /// Creates a diagnostic.
  /// - Parameters:
  ///   - severity: How bad the problem is.
  ///   - message: What is wrong.
  ///   - range: Where it is.
  ///   - file: The file it belongs to when there is no range.
  ///   - notes: Further information.
  public init(
    _ severity: Severity = .error, _ message: Message, at range: SourceRange?, file: String? = nil,
    notes: [Note] = []
  ) {
    self.severity = severity
    self.message = message
    self.range = range
    self.file = file ?? range?.start.file
    self.notes = notes
  }

  /// Creates an error diagnostic.
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - range: Where it is.
  ///   - notes: Further information.
  /// - Returns: The diagnostic.
  public static func error(_ message: Message, at range: SourceRange?, notes: [Note] = []) -> Diagnostic {
    Diagnostic(.error, message, at: range, notes: notes)
  }

  /// Orders diagnostics by position; those without one come first, by file.
  /// - Parameters:
  ///   - lhs: The first diagnostic.
  ///   - rhs: The second diagnostic.
  /// - Returns: Whether `lhs` should be shown before `rhs`.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    switch (lhs.range, rhs.range) {
    case (let l?, let r?): return l < r
    case (nil, _?): return true
    case (_?, nil): return false
    case (nil, nil): return (lhs.file ?? "") < (rhs.file ?? "")
    }
  }
}
