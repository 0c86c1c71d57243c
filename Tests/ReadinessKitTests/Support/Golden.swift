import Foundation
import Testing

/// Golden-file comparison. Re-record every golden file with `READINESS_RECORD=1 swift test`.
enum Golden {
  static var recording: Bool { ProcessInfo.processInfo.environment["READINESS_RECORD"] == "1" }

  /// The package's root folder, found from this source file's path.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  static var fixtures: URL {
    packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures")
  }

  /// Compares `actual` with the golden file at `path` (relative to Fixtures/golden), or records it.
  static func check(_ actual: String, against path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let url = fixtures.appendingPathComponent("golden").appendingPathComponent(path)
    if recording {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden file \(path); run READINESS_RECORD=1 swift test", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "golden file \(path) differs (re-record with READINESS_RECORD=1 swift test):\n\(lineDiff(expected, actual))",
        sourceLocation: sourceLocation)
    }
  }

  /// A minimal line diff: lines only in the golden file with '-', only in the output with '+'.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.components(separatedBy: "\n")
    let b = actual.components(separatedBy: "\n")
    // Longest common subsequence table; golden files are small.
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        i += 1
        j += 1
      } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
        out.append("+\(j + 1): \(b[j])")
        j += 1
      } else {
        out.append("-\(i + 1): \(a[i])")
        i += 1
      }
    }
    return out.prefix(60).joined(separator: "\n")
  }
}
