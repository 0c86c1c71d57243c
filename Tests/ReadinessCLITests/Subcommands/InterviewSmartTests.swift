import Foundation
import Testing

/// `interview --smart` driven through a pipe: its order of questions and its offer to stop.
@Suite struct InterviewSmartTests {
  /// Three questions, worked out by hand (as in the library's `SmartInterviewTests`): `automatic`
  /// alone decides the stage, so it comes first though it is last in the pack; once it is answered
  /// `no` the stage is Building whatever else comes, and `kind` (weight 3) narrows the score more
  /// than `helper` (weight 1). The pack is `Tests/ReadinessKitTests/Fixtures/smart-pack/small.rules`.
  static let pack = CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/smart-pack/small.rules")

  static func folder() throws -> URL {
    let folder = try CLI.temporaryFolder()
    let pack = folder.appendingPathComponent("pack")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Self.pack, to: pack.appendingPathComponent("small.rules"))
    return folder
  }

  static let offer =
    "No answer left can change the stage: Building. 2 questions are still open; they can move the score between 20 and 100. Go on? [y/N]"

  @Test func asksWhatSettlesTheStageFirstAndStopsWhenTold() throws {
    let folder = try Self.folder()
    let result = try CLI.run(
      ["interview", "--smart", "--rules", "pack", "--save", "s.txt"], stdin: "n\n\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("(1 of 3) Automatic? [automatic]\n"))
    #expect(result.stderr.contains(Self.offer + "\n> \n"))
    #expect(!result.stderr.contains("[kind]"))
    #expect(result.stderr.contains("Stopped early: answers saved in s.txt; run the same command again to go on."))
    #expect(result.stdout.contains("Stage: Building"))
    let saved = try String(contentsOf: folder.appendingPathComponent("s.txt"), encoding: .utf8)
    #expect(saved.contains("automatic = no"))
  }

  @Test func goingOnAsksTheRestNarrowestFirst() throws {
    let folder = try Self.folder()
    let result = try CLI.run(["interview", "--smart", "--rules", "pack"], stdin: "n\ny\n2\nn\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let order = ["[automatic]", "Go on? [y/N]", "(2 of 3) Kind? [kind]", "(3 of 3) Helper? [helper]"].map {
      result.stderr.range(of: $0)?.lowerBound
    }
    #expect(order.allSatisfy { $0 != nil }, "\(result.stderr)")
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    // The offer is made once.
    #expect(result.stderr.components(separatedBy: "Go on?").count == 2)
    #expect(result.stdout.contains("Readiness score: 100 / 100"))
  }

  @Test func withoutSmartTheOrderIsThePacks() throws {
    let folder = try Self.folder()
    let result = try CLI.run(["interview", "--rules", "pack"], stdin: "n\n", in: folder)
    #expect(result.stderr.contains("(1 of 3) Helper? [helper]"))
    #expect(!result.stderr.contains("Go on?"))
  }
}
