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

  /// What kind of problem a diagnostic reports: what a tool does about it (which exit code, which
  /// stream) depends on the kind, never on the wording.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A questionnaire or answers given in code cannot be used as they are.
    case input
    /// A rule pack has an error: the pack's author must fix it.
    case pack
    /// A tool was called wrongly (an unknown option, a missing argument).
    case usage
    /// Something outside the input went wrong: a file or folder that is missing or cannot be read.
    case io
  }

  /// A diagnostic's stable, machine-readable identity, such as `answers.unknown-question`: the
  /// stage that reports it, a dot, and the problem. Match on codes, never on message text; the
  /// wording may improve, a code does not change.
  public struct Code: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
  {
    /// The code, such as `answers.unknown-question`.
    public var rawValue: String

    /// Creates a code.
    /// - Parameter rawValue: The code, such as `answers.unknown-question`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from a literal, as the message catalogues write them.
    /// - Parameter value: The code.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The stage that reports it: the part before the first dot.
    public var stage: Substring {
      // Codes are ASCII: the first dot is found on the bytes (every diagnostic made asks).
      rawValue[..<(rawValue.utf8.firstIndex(of: 0x2E) ?? rawValue.endIndex)]
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    /// - Parameters:
    ///   - lhs: A code.
    ///   - rhs: Another code.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The kind a diagnostic with this code has unless the stage that reports it says otherwise
    /// (answers inside a pack's example are the pack's problem, not the input's).
    var defaultKind: Kind {
      switch stage {
      case "answers", "text", "report", "history": return .input
      case "io": return .io
      case "usage": return .usage
      default: return .pack
      }
    }
  }

  /// Something a tool can offer after a message, in its own words (a command to run, a page to read).
  public enum Hint: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person needs the list of every question, as a questionnaire template shows it.
    case listQuestions
    /// A file is larger than the limit its reader was given; the person may raise the limit.
    case raiseReadLimit
  }

  /// The text of a diagnostic, lowercase with no trailing period, with its code.
  ///
  /// Each stage of the pipeline keeps its messages as static factories on this type in one file
  /// (`SyntaxMessages`, `CompilerMessages`, `QuestionnaireMessages`, `EvaluationMessages`), so the
  /// wording and the code of every message live in one place per stage.
  public struct Message: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message's stable code.
    public var code: Code
    /// The message's text.
    public var text: String
    /// Where a tool can point the person for more, if anywhere (the tool words it: a library
    /// knows no command names).
    public var hint: Hint?

    /// Creates a message.
    /// - Parameters:
    ///   - code: Its stable code, such as `answers.unknown-question`.
    ///   - text: Its text, lowercase with no trailing period.
    public init(code: Code, _ text: String) {
      self.code = code
      self.text = text
    }

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
  /// What kind of problem it is; a tool chooses its exit code by this.
  public var kind: Kind
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
    self.kind = message.code.defaultKind
    self.message = message
    self.range = range
    self.file = file ?? range?.start.file
    self.notes = notes
  }

  /// The message's stable code.
  public var code: Code { message.code }

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
