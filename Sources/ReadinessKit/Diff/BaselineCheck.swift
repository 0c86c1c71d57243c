/// How a report compares with a baseline report saved earlier, as a ratchet in CI sees it: what got
/// worse (a lower score, a new finding, a lower stage, a more severe finding) and what got better
/// (the reverse of each).
public struct BaselineCheck: Sendable, Hashable {
  /// One thing that got worse or better.
  public struct Change: Sendable, Hashable, CustomStringConvertible {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
      /// The overall score.
      case score
      /// The stage on the gradient.
      case stage
      /// A finding opened or closed.
      case finding
      /// A finding's severity.
      case severity
    }

    /// What changed.
    public var kind: Kind
    /// The rule, for a finding or a severity.
    public var rule: String?
    /// What changed, in words: "score 88.4 is below the baseline's 89.5". Control characters from
    /// answers quoted in a finding's title are shown as symbols, so it can go to a terminal as is.
    public var description: String

    init(kind: Kind, rule: String? = nil, description: String) {
      self.kind = kind
      self.rule = rule
      self.description = Unicode.Scalar.visible(description)
    }
  }

  /// What got worse; any makes the check fail.
  public var regressions: [Change]
  /// What got better; with a strict baseline, any makes the check fail until the baseline is updated.
  public var improvements: [Change]

  /// Compares a report with a baseline.
  /// - Parameters:
  ///   - baseline: The baseline report.
  ///   - current: The report now.
  public init(baseline: Report, current: Report) {
    let diff = ReportDiff(old: ("baseline", baseline), new: ("current", current))
    var worse: [Change] = []
    var better: [Change] = []
    let (old, new) = (Expression.format(baseline.score), Expression.format(current.score))
    if current.score < baseline.score {
      worse.append(Change(kind: .score, description: "score \(new) is below the baseline's \(old)"))
    } else if current.score > baseline.score {
      better.append(Change(kind: .score, description: "score \(new) is above the baseline's \(old)"))
    }
    // The baseline's stage placed on the current gradient: a report saved before reports carried
    // their gradient has none of its own.
    let ranks = current.gradient.map(\.id)
    if let was = diff.old.stageRank ?? ranks.firstIndex(of: baseline.stage.id), let now = diff.new.stageRank,
      was != now
    {
      let text =
        "stage \(current.stage.title) is \(now < was ? "below" : "above") the baseline's \(baseline.stage.title)"
      if now < was {
        worse.append(Change(kind: .stage, description: text))
      } else {
        better.append(Change(kind: .stage, description: text))
      }
    }
    for change in diff.rules {
      let severity = change.shownSeverity?.rawValue ?? ""
      switch change.kind {
      case .opened:
        worse.append(Change(kind: .finding, rule: change.rule, description: "new \(severity) finding: \(change.title)"))
      case .closed:
        better.append(Change(kind: .finding, rule: change.rule, description: "finding closed: \(change.title)"))
      case .worse, .milder:
        let text =
          "\(change.kind == .worse ? "more" : "less") severe (\(change.old?.severity?.rawValue ?? "") → \(severity)): \(change.title)"
        if change.kind == .worse {
          worse.append(Change(kind: .severity, rule: change.rule, description: text))
        } else {
          better.append(Change(kind: .severity, rule: change.rule, description: text))
        }
      case .regraded, .other: break
      }
    }
    regressions = worse
    improvements = better
  }
}
