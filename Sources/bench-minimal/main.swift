import Foundation

// The start-up baseline for the benchmark: a minimal Swift program built like `readiness` that
// reads a file of `key = value` lines and prints them as JSON.
let path = CommandLine.arguments.dropFirst().first ?? ""
guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
  FileHandle.standardError.write(Data("bench-minimal: cannot read '\(path)'\n".utf8))
  exit(2)
}
var object: [String: String] = [:]
for line in text.split(separator: "\n") where !line.hasPrefix("#") {
  let parts = line.split(separator: "=", maxSplits: 1)
  if parts.count == 2 {
    object[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
  }
}
let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
FileHandle.standardOutput.write(json)
print()
