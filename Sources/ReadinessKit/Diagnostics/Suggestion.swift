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
    closest(to: word, in: Candidates(candidates))
  }

  /// Names to suggest from, each lowercased once: a list that many unknown names are checked
  /// against (a pack's question ids) is prepared once, not once per unknown name.
  struct Candidates: Sendable {
    let names: [String]
    let lowered: [[Unicode.Scalar]]
    /// Each name's scalars as a set of 64 buckets (`bucketMask(_:)`).
    let masks: [UInt64]

    init<S: Sequence>(_ names: S) where S.Element == String {
      self.names = Array(names)
      self.lowered = self.names.map { Array($0.lowercased().unicodeScalars) }
      self.masks = lowered.map(Suggestion.bucketMask)
    }
  }

  /// The set of scalars in `word`, folded into 64 buckets.
  ///
  /// Every edit (insertion, deletion, substitution, swap) takes away at most one scalar of one
  /// word that the other lacks, so the buckets one word fills and the other does not are a lower
  /// bound on their distance: most candidates are ruled out by it without the distance table.
  static func bucketMask(_ word: [Unicode.Scalar]) -> UInt64 {
    var mask: UInt64 = 0
    for scalar in word { mask |= 1 << UInt64(scalar.value & 63) }
    return mask
  }

  /// `closest(to:in:)` over prepared candidates.
  static func closest(to word: String, in candidates: Candidates) -> String? {
    let lowered = Array(word.lowercased().unicodeScalars)
    if lowered.count > 64 { return nil }
    let mask = bucketMask(lowered)
    var best: (index: Int, distance: Int)?
    for (index, other) in candidates.lowered.enumerated() {
      let limit = min(3, (max(lowered.count, other.count) + 2) / 3)
      if abs(other.count - lowered.count) > limit { continue }
      let otherMask = candidates.masks[index]
      let lowerBound = max((mask & ~otherMask).nonzeroBitCount, (otherMask & ~mask).nonzeroBitCount)
      if lowerBound > limit || lowerBound >= (best?.distance ?? Int.max) { continue }
      let d = distance(lowered, other, limit: min(limit, (best?.distance ?? Int.max) - 1))
      if d <= limit, d < (best?.distance ?? Int.max) { best = (index, d) }
    }
    return best.map { candidates.names[$0.index] }
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

  /// `didYouMean(_:in:otherwise:)` over prepared candidates.
  static func didYouMean(_ word: String, in candidates: Candidates, otherwise: String = "") -> String {
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
    // Only cells within `limit` of the diagonal can be within `limit` (a cell's distance is at
    // least |i - j|); the others hold `cap`, one past the limit, so the work per row is at most
    // 2 * limit + 1 cells, and any value at the cap means "above the limit".
    let cap = limit >= a.count + b.count ? Int.max / 2 : limit + 1
    let band = Swift.min(limit, a.count + b.count)
    let width = b.count + 1
    // The three rows live in one temporary buffer, not three arrays: a did-you-mean compares the
    // word with every candidate, and three allocations each cost more than a short comparison.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
      var previous2 = rows.baseAddress!
      var previous = previous2 + width
      var current = previous + width
      previous2.initialize(repeating: cap, count: width)
      for j in 0..<width { (previous + j).initialize(to: Swift.min(j, cap)) }
      current.initialize(repeating: cap, count: width)
      var previousMinimum = 0
      for i in 1...a.count {
        current.update(repeating: cap, count: width)
        current[0] = Swift.min(i, cap)
        var minimum = current[0]
        let low = Swift.max(1, i - band)
        let high = Swift.min(b.count, i + band)
        if low <= high {
          for j in low...high {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
              value = Swift.min(value, previous2[j - 2] + 1)
            }
            value = Swift.min(value, cap)
            current[j] = value
            minimum = Swift.min(minimum, value)
          }
        }
        if minimum > limit && previousMinimum >= limit { return cap }
        previousMinimum = minimum
        (previous2, previous, current) = (previous, current, previous2)
      }
      return previous[b.count]
    }
  }
}
