import Testing

@testable import ReadinessKit

@Suite struct AskIfTests {
  @Test func conditionalQuestionsAreAskedOnlyWhenTheirConditionMayHold() throws {
    let pack = try Fixture.pack()
    let churn = try #require(pack.question("churn"))
    #expect(churn.askIf == "customers > 0")
    // customers defaults to 0, so churn is not asked until customers are answered above 0.
    #expect(try !pack.shouldAsk(churn, given: pack.emptyAnswers))
    #expect(try pack.shouldAsk(churn, given: try pack.answers(parsing: "customers = 3")))
    #expect(try !pack.questionsToAsk(given: try pack.answers(parsing: "customers = 0")).map(\.id).contains("churn"))
  }

  @Test func unknownConditionsStillAsk() throws {
    let pack = try RulePack.builtIn()
    let churn = try #require(pack.question("monthly_churn_percent"))
    #expect(try pack.shouldAsk(churn, given: pack.emptyAnswers))
    #expect(try !pack.shouldAsk(churn, given: try pack.answers(parsing: "paying_customers = 0")))
    #expect(try pack.questionsToAsk(given: pack.emptyAnswers).count == pack.questions.count)
  }
}
