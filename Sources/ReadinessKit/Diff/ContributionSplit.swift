/// Splits a score change among the changes that made it, in whole tenths of a point that add up
/// exactly (see `DiffAttribution`).
enum ContributionSplit {
  /// Shapley values of `count` players, rounded to whole units by largest remainder.
  ///
  /// The value of each coalition is given by its bit mask; a player's Shapley value times
  /// `count!` is a whole number, so the split is computed exactly and only the final division
  /// rounds. The rounded values add up to `values[all] - values[0]`: each is rounded down, and the
  /// units left over go to the largest remainders, ties to the lower player.
  /// - Parameters:
  ///   - values: The value of every coalition, indexed by its bit mask (2^count entries).
  ///   - count: How many players.
  /// - Returns: Each player's share.
  static func shapley(_ values: [Int], count: Int) -> [Int] {
    precondition(values.count == 1 << count)
    guard count > 0 else { return [] }
    var factorial = [1]
    for n in 1...count { factorial.append(factorial[n - 1] * n) }
    var numerators = [Int](repeating: 0, count: count)
    for mask in 0..<values.count {
      let size = mask.nonzeroBitCount
      for player in 0..<count where mask & (1 << player) == 0 {
        let weight = factorial[size] * factorial[count - 1 - size]
        numerators[player] += weight * (values[mask | (1 << player)] - values[mask])
      }
    }
    let total = values[values.count - 1] - values[0]
    return roundedShares(numerators, denominator: factorial[count], total: total)
  }

  /// The steps of making the changes one at a time, in order: player `i` gets the value of the
  /// first `i + 1` players less that of the first `i`.
  /// - Parameter prefixes: The value with the first 0, 1, ..., count players.
  /// - Returns: Each player's share.
  static func sequential(_ prefixes: [Int]) -> [Int] {
    zip(prefixes.dropFirst(), prefixes).map { $0 - $1 }
  }

  /// Rounds `numerators[i] / denominator` to whole numbers adding up to `total`, which must be
  /// the exact sum of the fractions.
  static func roundedShares(_ numerators: [Int], denominator: Int, total: Int) -> [Int] {
    var shares = numerators.map { n in n >= 0 ? n / denominator : -((-n + denominator - 1) / denominator) }
    let remainders = zip(numerators, shares).map { $0 - $1 * denominator }
    let left = total - shares.reduce(0, +)
    let order = remainders.indices.sorted { a, b in
      remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b
    }
    for i in order.prefix(max(0, left)) { shares[i] += 1 }
    return shares
  }
}
