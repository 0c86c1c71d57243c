/// How much a finding matters, from `info` to `critical`.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Worth knowing; no action needed yet.
  case info
  /// A small gap.
  case low
  /// A gap worth closing soon.
  case medium
  /// A gap that holds the project back.
  case high
  /// A gap that makes the project fail if left open.
  case critical

  /// Higher is worse: `info` is 0, `critical` is 4.
  public var rank: Int {
    switch self {
    case .info: return 0
    case .low: return 1
    case .medium: return 2
    case .high: return 3
    case .critical: return 4
    }
  }

  /// Orders severities from least to most serious.
  /// - Parameters:
  ///   - lhs: The first severity.
  ///   - rhs: The second severity.
  /// - Returns: Whether `lhs` is less serious than `rhs`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
