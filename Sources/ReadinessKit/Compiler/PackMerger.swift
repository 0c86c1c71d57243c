/// Lays the sections of a pack over those of the packs it extends: a section with an id the base
/// already has replaces only the keys it gives, `disabled = true` removes it, and a new id adds one.
///
/// Entries keep the position they were written at, so every diagnostic about a value points to the
/// file that set it, whichever pack that file belongs to.
struct PackMerger {
  /// The sections of the merged pack, base order first, then each extension's new sections.
  var sections: [RuleFile.Section] = []
  /// Where each removed section was disabled, by `kind id`; a tier removed with its rule is listed
  /// at the rule's `disabled` line.
  var disabled: [String: SourceRange] = [:]
  var diagnostics: [Diagnostic] = []

  /// Merges the layers, the pack nothing extends first.
  init(_ layers: [[RuleFile]]) {
    var position: [String: Int] = [:]
    var removed = Set<Int>()
    for (depth, layer) in layers.enumerated() {
      var seen: [String: SourceRange] = [:]
      for section in layer.flatMap(\.sections) where section.kind != .pack {
        let key = Self.key(section.kind, section.id)
        if let first = seen[key] {
          diagnostics.append(
            .error(
              .duplicateID(section.kind, section.id, first: section.kind), at: section.idRange,
              notes: [.init(.firstDefinedHere, at: first)]))
          continue
        }
        seen[key] = section.idRange
        let disabling = isDisabled(section)
        guard depth > 0, let at = position[key], !removed.contains(at) else {
          if let entry = disabling {
            let candidates = sections.indices.filter { !removed.contains($0) && sections[$0].kind == section.kind }
              .map { sections[$0].id }
            diagnostics.append(
              .error(
                .disabledNothing(section.kind, section.id, extends: depth > 0, candidates: candidates),
                at: entry.value.range))
            continue
          }
          position[key] = sections.count
          sections.append(section)
          continue
        }
        if let entry = disabling {
          removed.insert(at)
          disabled[key] = entry.value.range
          continue
        }
        for entry in section.entries where entry.key != "disabled" {
          if let index = sections[at].entries.firstIndex(where: { $0.key == entry.key }) {
            sections[at].entries[index] = entry
          } else {
            sections[at].entries.append(entry)
          }
        }
      }
    }
    // A tier grades one rule's finding: it goes with its rule.
    for (i, section) in sections.enumerated() where section.kind == .tier && !removed.contains(i) {
      guard let rule = section.entry("rule").map({ String($0.value.text.trimmingWhitespace()) }),
        let range = disabled[Self.key(.rule, rule)]
      else { continue }
      removed.insert(i)
      disabled[Self.key(.tier, section.id)] = range
    }
    sections = sections.indices.filter { !removed.contains($0) }.map { sections[$0] }
  }

  /// The `disabled` entry of a section that says `disabled = true`; reports any other value.
  private mutating func isDisabled(_ section: RuleFile.Section) -> RuleFile.Entry? {
    guard let entry = section.entry("disabled") else { return nil }
    switch entry.value.text.trimmingWhitespace() {
    case "true": return entry
    case "false": return nil
    default:
      diagnostics.append(.error(.expectedTrueOrFalse("disabled"), at: entry.value.range))
      return nil
    }
  }

  static func key(_ kind: SectionKind, _ id: String) -> String { kind.rawValue + " " + id }

  /// Adds to each error about an unknown name that a disabled section held a note at the
  /// `disabled` line: the reference and the removal, both with their positions.
  func annotate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard !disabled.isEmpty else { return diagnostics }
    let kinds: [Diagnostic.Code: [SectionKind]] = [
      // `expect_tiers` takes a rule's own id for a finding no tier grades: a disabled rule there too.
      "pack.unknown-rule": [.rule], "pack.unknown-tier": [.tier, .rule], "pack.unknown-stage": [.stage],
      "pack.unknown-category": [.category], "expression.unknown-name": [.question, .fact],
      "answers.unknown-question": [.question],
    ]
    return diagnostics.map { diagnostic in
      guard let candidates = kinds[diagnostic.code], let range = diagnostic.range else { return diagnostic }
      let characters = Array(range.lineText)
      let start = range.start.column - 1
      guard start >= 0, start + range.length <= characters.count else { return diagnostic }
      let name = String(characters[start..<(start + range.length)])
      for kind in candidates {
        if let at = disabled[Self.key(kind, name)] {
          var annotated = diagnostic
          annotated.notes.append(.init(.disabledHere(kind, name), at: at))
          return annotated
        }
      }
      return diagnostic
    }
  }
}
