/// Which rules encode each part of the essay: the sections the rules cite in their `source`, each
/// with its rules, as a Markdown table. Generated from the rules, so it cannot drift from them as a
/// table kept by hand can.
public struct Traceability: Sendable {
  /// The pack whose rules are listed.
  public var pack: RulePack

  /// Creates the table of a pack.
  /// - Parameter pack: The pack.
  public init(pack: RulePack) {
    self.pack = pack
  }

  /// The table: one row per cited section, in the order the pack first cites it, with its rules in
  /// pack order; rules that cite nothing come last, under "(no source)".
  /// - Returns: The Markdown table, with a final newline.
  public func markdown() -> String {
    var sections: [String] = []
    var rules: [String: [String]] = [:]
    for rule in pack.rules {
      let section = rule.source.map(PackReference.oneLine) ?? "(no source)"
      if rules[section] == nil { sections.append(section) }
      rules[section, default: []].append(rule.id)
    }
    if let last = sections.firstIndex(of: "(no source)") { sections.append(sections.remove(at: last)) }
    var lines = ["| Essay section | Rules |", "|---|---|"]
    for section in sections {
      let ids = (rules[section] ?? []).map { "`\($0)`" }.joined(separator: ", ")
      lines.append("| \(MarkdownRenderer.escape(section)) | \(ids) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
