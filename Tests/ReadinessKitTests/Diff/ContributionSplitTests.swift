import Testing

@testable import ReadinessKit

/// The integer split of a score change: Shapley values rounded so they still add up.
@Suite struct ContributionSplitTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var values: [Int]
    var count: Int
    var shares: [Int]
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "no players", values: [0], count: 0, shares: []),
    Case(name: "one player gets it all", values: [3, 10], count: 1, shares: [7]),
    Case(name: "independent players get their own", values: [0, 4, -2, 2], count: 2, shares: [4, -2]),
    // Points earned only together are shared equally.
    Case(name: "interaction shared", values: [0, 0, 0, 10], count: 2, shares: [5, 5]),
    // 10 / 3 each: 3.33 rounds down to 3 for all, the unit left goes to the first player.
    Case(name: "remainder to the first", values: [0, 0, 0, 0, 0, 0, 0, 10], count: 3, shares: [4, 3, 3]),
    // A cap that only one answer lifts once the other is there: the second earns more.
    Case(name: "asymmetric", values: [0, 0, 6, 10], count: 2, shares: [2, 8]),
    Case(name: "negative interaction", values: [0, 5, 5, 0], count: 2, shares: [0, 0]),
    // -0.5 and +0.5: both round down to -1 and 0, and the unit left goes to the first.
    Case(name: "halves", values: [0, -1, 0, 0], count: 2, shares: [0, 0]),
  ])
  func shapleyMatchesHandWorkedValues(_ c: Case) {
    #expect(ContributionSplit.shapley(c.values, count: c.count) == c.shares)
  }

  @Test func sharesAlwaysAddUpExactly() {
    var rng = SeededGenerator(seed: 19)
    for _ in 0..<500 {
      let count = Int.random(in: 1...7, using: &rng)
      let values = (0..<(1 << count)).map { _ in Int.random(in: 0...1000, using: &rng) }
      let shares = ContributionSplit.shapley(values, count: count)
      #expect(shares.reduce(0, +) == values.last! - values.first!, "\(values)")
      // Rounding moves a share by less than one unit from its exact value.
      let exact = Self.exactShapley(values, count: count)
      for (share, value) in zip(shares, exact) { #expect(abs(Double(share) - value) < 1, "\(values)") }
    }
  }

  @Test func sequentialIsTheSteps() {
    #expect(ContributionSplit.sequential([10, 12, 12, 5]) == [2, 0, -7])
  }

  /// Shapley values by their definition, over every order of the players.
  static func exactShapley(_ values: [Int], count: Int) -> [Double] {
    var totals = [Double](repeating: 0, count: count)
    var orders: [[Int]] = [[]]
    for _ in 0..<count {
      orders = orders.flatMap { order in (0..<count).filter { !order.contains($0) }.map { order + [$0] } }
    }
    for order in orders {
      var mask = 0
      for player in order {
        totals[player] += Double(values[mask | (1 << player)] - values[mask])
        mask |= 1 << player
      }
    }
    return totals.map { $0 / Double(orders.count) }
  }
}
