import Foundation
import Testing

/// `readiness explain`: why a rule fired, passed or stayed unknown.
@Suite struct ExplainCommandTests {
  @Test func explainShowsTheTreeWithAnswerLines() throws {
    let result = try CLI.run(["explain", "economics.price-below-unit-cost", "rules/samples/underpriced-product.txt"])
    #expect(result.status == 0, "\(result.stderr)")
    // Wrapped to 80 columns when standard output is not a terminal, as every command is.
    for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    // The words of the tree, without its drawing, read as the unwrapped lines do.
    let words = result.stdout.split(whereSeparator: \.isWhitespace).filter { !["|", "|-", "`-"].contains($0) }
      .joined(separator: " ")
    #expect(
      words.hasPrefix(
        "economics.price-below-unit-cost: fired (a finding, graded by tier economics.price-below-unit-cost.far)"))
    #expect(words.contains("price_per_customer_month = 5 (answer at rules/samples/underpriced-product.txt:16)"))
    #expect(
      words.contains("unit_cost = 21.74 (fact = (monthly_cash_costs + monthly_time_cost) / customers_served)"))
    // Facts are expanded down to the answers they are made of.
    #expect(words.contains("weekly_maintenance_hours = 12 (answer at rules/samples/underpriced-product.txt:20)"))
    #expect(words.contains("hourly_value = 40 (answer at rules/samples/underpriced-product.txt:21)"))
  }

  @Test func explainPrintsAListOfLiteralsOnItsLine() throws {
    let result = try CLI.run(["explain", "market.no-differentiator", "rules/samples/hype-wrapper.txt"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("\"none\" = \"none\""))
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
