import Foundation
import Testing

@testable import ReadinessKit

/// A format of the pack reference and its golden file.
struct PackReferenceCase: Sendable, CustomStringConvertible {
  var format: String
  var golden: String
  var description: String { format }
}

/// `PackReference`: what a pack holds, for `readiness rules`.
@Suite struct PackReferenceTests {
  static let cases: [PackReferenceCase] = [
    .init(format: "text", golden: "text/pack-reference.txt"),
    .init(format: "markdown", golden: "markdown/pack-reference.md"),
    .init(format: "json", golden: "json/pack-reference.json"),
  ]

  static func render(_ format: String, _ reference: PackReference) -> String {
    switch format {
    case "markdown": return reference.markdown()
    case "json": return reference.json()
    default: return reference.text(width: 80)
    }
  }

  @Test(arguments: cases)
  func fixturePackMatchesItsGolden(_ c: PackReferenceCase) throws {
    let reference = PackReference(pack: try Fixture.pack(), name: "fixture pack")
    try Golden.check(Self.render(c.format, reference), against: c.golden)
  }

  @Test func everyItemOfThePackIsListed() throws {
    let pack = try RulePack.builtIn()
    let reference = PackReference(pack: pack, name: "built-in pack")
    let text = reference.text(width: 80)
    let markdown = reference.markdown()
    let json = try JSONSerialization.jsonObject(with: Data(reference.json().utf8)) as? [String: Any]
    let ids =
      pack.categories.map(\.id) + pack.questions.map(\.id) + pack.facts.map(\.id) + pack.rules.map(\.id)
      + pack.stages.map(\.id)
    for id in ids {
      #expect(text.contains(id), "text lacks \(id)")
      #expect(markdown.contains("`\(id)`"), "markdown lacks \(id)")
    }
    for (key, count) in [
      ("categories", pack.categories.count), ("questions", pack.questions.count), ("facts", pack.facts.count),
      ("rules", pack.rules.count), ("stages", pack.stages.count),
    ] {
      #expect((json?[key] as? [Any])?.count == count, "json \(key)")
    }
  }

  @Test(arguments: [40, 60, 100])
  func textFitsTheWidth(_ width: Int) throws {
    let text = PackReference(pack: try RulePack.builtIn(), name: "built-in pack").text(width: width)
    for line in text.split(separator: "\n") {
      #expect(line.count <= width, "\(line)")
    }
  }

  @Test func markdownCodeSpansStayInTheirTableCell() {
    #expect(PackReference.code("a or\n   b | c") == "`a or b \\| c`")
    #expect(PackReference.code("x == \"`\"") == "`` x == \"`\" ``")
  }
}
