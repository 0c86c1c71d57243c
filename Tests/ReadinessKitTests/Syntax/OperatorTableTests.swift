import Foundation
import Testing

@testable import ReadinessKit

/// The operator table is the one place an operator is spelt, ranked and given its meaning.
@Suite struct OperatorTableTests {
  @Test func everyInfixRowLexesToItsOwnToken() throws {
    #expect(OperatorTable.rows.count == 13)
    for row in OperatorTable.rows {
      let spelling: String
      switch row.token {
      case .symbol(let symbol): spelling = symbol.rawValue
      case .keyword(let keyword): spelling = keyword.rawValue
      default:
        Issue.record("row token \(row.token) is neither a symbol nor a keyword")
        continue
      }
      let tokens = try Lexer.tokenize("a \(spelling) b")
      #expect(tokens.count == 4)
      #expect(tokens[1].kind == row.token, "\(spelling)")
      #expect(OperatorTable.infix(row.token)?.1 == row.bindingPower)
    }
  }

  @Test func bindingPowersFollowTheDocumentedOrder() {
    let order = [
      OperatorTable.or, OperatorTable.and, OperatorTable.not, OperatorTable.comparison, OperatorTable.sum,
      OperatorTable.product, OperatorTable.unaryMinus,
    ]
    #expect(order == order.sorted() && Set(order).count == order.count)
  }

  static let grid: [Double?] = [nil, 0, -0.5, 2.5, 3, -7, 1e15, -1e15]

  /// A pack with two number questions and one fact holding `expression`.
  static func pack(_ expression: String) throws -> RulePack {
    try RulePack(sources: [
      RuleSource(
        name: "o.rules",
        contents: """
          [question a]
          ask = a?
          type = number

          [question b]
          ask = b?
          type = number

          [fact f]
          value = \(expression)

          [stage s]
          title = S
          rank = 1
          when = true

          """)
    ])
  }

  static var binaryExpressions: [String] {
    ArithmeticOperator.allCases.flatMap { ["a \($0.spelling) b", "a \($0.spelling) 3", "a \($0.spelling) 0"] }
      + ComparisonOperator.allCases.flatMap {
        ["a \($0.spelling) b", "a \($0.spelling) 3", "b > 0 and a \($0.spelling) 2", "b > 0 or a \($0.spelling) 2"]
      }
  }

  @Test(arguments: binaryExpressions)
  func theMachineAgreesWithTheReference(_ expression: String) throws {
    let pack = try Self.pack(expression)
    #expect(pack.evaluationPlan.factPrograms[0] != nil, "\(expression) runs on the machine")
    var checked = 0
    for a in Self.grid {
      for b in Self.grid {
        var values: [String: AnswerValue] = [:]
        if let a { values["a"] = .number(a) }
        if let b { values["b"] = .number(b) }
        let answers = try pack.answers(values)
        #expect(pack.evaluate(answers).value(2, in: pack) == pack.evaluateReference(answers).slots[2], "\(values)")
        checked += 1
      }
    }
    #expect(checked == 64)
  }

  @Test func everyOperatorIsDocumentedInTheReadme() throws {
    let readme = try String(contentsOf: Golden.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "### Expressions"))
    let text = readme[section.upperBound...].prefix(800)
    for row in OperatorTable.rows {
      switch row.token {
      case .symbol(let symbol): #expect(text.contains(symbol.rawValue), "\(symbol.rawValue)")
      case .keyword(let keyword): #expect(text.contains("`\(keyword.rawValue)"), "\(keyword.rawValue)")
      default: Issue.record("unexpected token \(row.token)")
      }
    }
  }
}
