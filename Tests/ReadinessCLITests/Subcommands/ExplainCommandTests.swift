import Foundation
import Testing

/// `readiness explain`: why a rule fired, passed or stayed unknown.
@Suite struct ExplainCommandTests {
  @Test func explainShowsTheTreeWithAnswerLines() throws {
    let result = try CLI.run(["explain", "economics.price-below-unit-cost", "rules/samples/underpriced-product.txt"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "economics.price-below-unit-cost: fired (a finding, graded by tier economics.price-below-unit-cost.far)\n"))
    #expect(
      result.stdout.contains("|- price_per_customer_month = 5   (answer at rules/samples/underpriced-product.txt:16)"))
    #expect(
      result.stdout.contains(
        "`- unit_cost = 21.74   (fact = (monthly_cash_costs + monthly_time_cost) / customers_served)"))
  }

  @Test func explainRefusesUnknownRulesWithASuggestion() throws {
    let result = try CLI.run(["explain", "economics.price-below-unitcost", "rules/samples/underpriced-product.txt"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "unknown rule 'economics.price-below-unitcost'; did you mean 'economics.price-below-unit-cost'?"))
    let missing = try CLI.run(["explain", "economics.losing-cash"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("missing argument"))
  }
}
