/// A parsed rule file: its sections in the order they appear, not yet checked for meaning.
struct RuleFile: Sendable {
  /// One `key = value` line (with its continuation lines).
  struct Entry: Sendable {
    var key: String
    var keyRange: SourceRange
    var value: SourceText
  }

  /// One `[kind id]` section.
  struct Section: Sendable {
    var kind: SectionKind
    var id: String
    var idRange: SourceRange
    var entries: [Entry]

    /// The entry for a key, if the section has it.
    func entry(_ key: String) -> Entry? {
      entries.first { $0.key == key }
    }
  }

  /// The file's name as shown in diagnostics.
  var file: String
  /// The sections, in file order.
  var sections: [Section]
}
