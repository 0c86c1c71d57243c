/// The kinds of section a rule file may contain, and the keys each allows.
public enum SectionKind: String, Sendable, Hashable, CaseIterable {
  /// A scored group of rules.
  case category
  /// Something the questionnaire asks.
  case question
  /// A named value computed from answers and other facts.
  case fact
  /// A condition that, when true, is a finding.
  case rule
  /// A grade of a rule's finding, chosen by how far the answers are from healthy.
  case tier
  /// A step of the readiness gradient.
  case stage
  /// A questionnaire with the verdicts it must produce: the pack's own test.
  case example
  /// The pack itself: which pack it extends (`[pack]`, the one section without an id).
  case pack

  /// The keys a section of this kind accepts.
  public var allowedKeys: [String] { Self.allowed[self]! }

  /// The allowed keys prepared for did-you-mean, once per kind.
  var keyCandidates: Suggestion.Candidates { Self.candidates[self]! }

  // Built once: every key line of every rule file is checked against its section's keys, and
  // building the list anew allocated twice per line.
  private static let allowed = [SectionKind: [String]](
    uniqueKeysWithValues: allCases.map { kind in
      // In a pack that extends another, `disabled = true` removes the section it extends.
      (kind, kind.ownKeys + (kind == .pack ? [] : ["disabled"]))
    })
  private static let candidates = allowed.mapValues { Suggestion.Candidates($0) }

  private var ownKeys: [String] {
    switch self {
    case .category: return ["title", "weight", "description"]
    case .question:
      return [
        "ask", "type", "min", "max", "choices", "section", "help", "label", "unit", "ask_if", "default", "max_age",
        "effort", "milestone", "step", "plan_factor", "plan_direction",
      ]
    case .fact: return ["value", "title", "unit", "description"]
    case .rule:
      return [
        "title", "category", "severity", "weight", "applies_if", "when", "loss", "caps_score", "caps_stage", "why",
        "fix",
        "source", "effort", "lever", "equivalent_mutants",
      ]
    case .tier:
      return ["rule", "when", "severity", "loss", "caps_score", "caps_stage", "title", "why", "fix", "effort", "lever"]
    case .stage: return ["title", "rank", "when", "description"]
    case .example:
      return [
        "answers", "expect_fires", "expect_passes", "expect_not_applicable", "expect_tiers", "expect_stage",
        "description",
      ]
    case .pack: return ["extends"]
    }
  }

  /// The keys a section of this kind must have.
  var requiredKeys: [String] {
    switch self {
    case .category: return ["title"]
    case .question: return ["ask", "type"]
    case .fact: return ["value"]
    case .rule: return ["title", "category", "severity", "weight", "when", "why", "fix"]
    case .tier: return ["rule", "when"]
    case .stage: return ["title", "rank", "when"]
    case .example: return ["answers"]
    case .pack: return ["extends"]
    }
  }
}
