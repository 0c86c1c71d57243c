/// Did-you-mean suggestions by edit distance, shared by every stage that reports an unknown name.
public enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo.
  ///
  /// A candidate qualifies when its Damerau–Levenshtein distance (case-insensitive) is at most a
  /// third of the longer word's length, rounded up, and at most 3; ties go to the candidate listed first.
  /// - Parameters:
  ///   - word: What the person wrote.
  ///   - candidates: The valid names.
  /// - Returns: The best candidate, or `nil` when none is close.
  public static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
  where S.Element == String {
    let lowered = Array(word.lowercased().unicodeScalars)
    if lowered.count > 64 { return nil }
    var best: (String, Int)?
    var other: [Unicode.Scalar] = []
    other.reserveCapacity(64)
    for candidate in candidates {
      // Names are nearly always ASCII: they are lowercased byte by byte, with no string made per
      // candidate; others go through `lowercased()`.
      other.removeAll(keepingCapacity: true)
      var ascii = true
      for byte in candidate.utf8 {
        guard byte < 0x80 else {
          ascii = false
          break
        }
        other.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
      }
      if !ascii { other = Array(candidate.lowercased().unicodeScalars) }
      let limit = min(3, (max(lowered.count, other.count) + 2) / 3)
      if abs(other.count - lowered.count) > limit { continue }
      let d = distance(lowered, other, limit: min(limit, (best?.1 ?? Int.max) - 1))
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// The text to append to a message: `; did you mean 'x'?` when a candidate is close, otherwise
  /// `otherwise` (such as `; expected one of a, b, c`). Every message that suggests goes through
  /// here, so suggestions read the same everywhere.
  /// - Parameters:
  ///   - word: What the person wrote.
  ///   - candidates: The valid names.
  ///   - otherwise: What to append when no candidate is close.
  /// - Returns: The suffix.
  public static func didYouMean<S: Sequence>(_ word: String, in candidates: S, otherwise: String = "") -> String
  where S.Element == String {
    guard let match = closest(to: word, in: candidates) else { return otherwise }
    return "; did you mean '\(match)'?"
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
  /// - Parameters:
  ///   - a: One word's scalars.
  ///   - b: The other's.
  ///   - limit: Past this distance the exact value does not matter: once two consecutive rows
  ///     exceed it, every later row does too (each cell comes from the row above or, for a swap, the
  ///     one above that, plus at least 0 or 1), so the work stops and some value above `limit` is
  ///     returned.
  /// - Returns: The distance, or a value above `limit`.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    var previousMinimum = 0
    for i in 1...a.count {
      current[0] = i
      var minimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        minimum = min(minimum, value)
      }
      if minimum > limit && previousMinimum >= limit { return limit &+ 1 }
      previousMinimum = minimum
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
