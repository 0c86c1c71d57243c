/// The arithmetic of scores, in one place.
enum Scoring {
  /// Rounds to one decimal place, half away from zero.
  static func rounded(_ x: Double) -> Double {
    halfAwayFromZero(x * 10) / 10
  }

  /// `y.rounded(.toNearestOrAwayFromZero)`, without a call into the C library for the values
  /// scores take: below 2^52 in magnitude, truncating to an integer and the difference `y - t`
  /// are exact, so the result is too.
  @inline(__always)
  static func halfAwayFromZero(_ y: Double) -> Double {
    guard Swift.abs(y) < 4_503_599_627_370_496 else { return y.rounded(.toNearestOrAwayFromZero) }  // also NaN
    let t = Double(Int64(y))
    let d = y - t
    return d >= 0.5 ? t + 1 : (d <= -0.5 ? t - 1 : t)
  }

  /// Passed and evaluated weight per category, in an assessment's scratch memory.
  struct Tally {
    var passed: UnsafeBufferPointer<Double>
    var evaluated: UnsafeBufferPointer<Double>

    /// A category's exact score, or `nil` when none of its rules was evaluated; `extra` is weight
    /// counted as passed on top of the tally.
    func score(_ category: Int, extra: Double = 0) -> Double? {
      evaluated[category] > 0 ? 100 * (passed[category] + extra) / evaluated[category] : nil
    }

    /// The exact overall score: category scores averaged by category weight; 0 when no category
    /// has a score.
    /// - Parameters:
    ///   - weights: The categories' weights.
    ///   - extra: Weight counted as passed in category `extraCategory` on top of the tally: the
    ///     score if one more rule passed, without copying the tally.
    func overall(weights: [Double], extra: Double = 0, in extraCategory: Int = -1) -> Double {
      var sum = 0.0
      var total = 0.0
      for (i, weight) in weights.enumerated() where weight > 0 {
        guard evaluated[i] > 0 else { continue }
        let passedWeight = i == extraCategory ? passed[i] + extra : passed[i]
        sum += weight * (100 * passedWeight / evaluated[i])
        total += weight
      }
      return total > 0 ? sum / total : 0
    }
  }
}
