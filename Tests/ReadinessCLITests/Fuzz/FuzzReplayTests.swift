import Foundation
import Testing

/// Every fuzz target replays its whole corpus (the seeds and any input a fuzzer once crashed on)
/// with its own checks, as its executable does outside libFuzzer: each file is a regression test.
@Suite struct FuzzReplayTests {
  @Test(arguments: ["fuzz-answers", "fuzz-rules", "fuzz-assess", "fuzz-batch"])
  func replaysItsWholeCorpus(_ target: String) throws {
    let folder = CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/fuzz/\(target)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.count >= 5)
    let result = try CLI.run(files.map { folder.appendingPathComponent($0).path }, executable: target)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "replayed \(files.count) inputs\n")
  }

  @Test func aReplayOfAMissingFileFails() throws {
    let result = try CLI.run(["/nonexistent/corpus-file"], executable: "fuzz-rules")
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read '/nonexistent/corpus-file'"))
  }
}
