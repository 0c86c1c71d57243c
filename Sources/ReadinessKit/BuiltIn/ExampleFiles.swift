/// Tells the rule files that hold only `[example]` sections from the others, so the built-in pack
/// can be compiled without its examples and the same as with them.
enum ExampleFiles {
  /// What a file's section headers are.
  private enum Content {
    case examples, noExamples, mixed
  }

  /// The files without the files of examples alone, or `nil` when there is nothing to leave out or
  /// a file mixes examples with other sections (leaving its examples out would change their order).
  /// - Parameter sources: The pack's files.
  static func withoutExampleFiles(_ sources: [RuleSource]) -> [RuleSource]? {
    var rest: [RuleSource] = []
    for source in sources {
      switch content(source.bytes) {
      case .examples: continue
      case .noExamples: rest.append(source)
      case .mixed: return nil
      }
    }
    return rest.count < sources.count ? rest : nil
  }

  /// Reads only the lines that start with `[`: a header is such a line, and its kind is its first
  /// word, after any spaces or tabs (as `RuleFileParser` reads it).
  private static func content(_ bytes: [UInt8]) -> Content {
    var examples = 0
    var others = 0
    var lineStart = 0
    let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 }
    while lineStart < bytes.count {
      if bytes[lineStart] == 0x5B {
        var i = lineStart + 1
        while i < bytes.count && isSpace(bytes[i]) { i += 1 }
        let word = Array("example".utf8)
        let end = i + word.count
        if end < bytes.count && Array(bytes[i..<end]) == word && isSpace(bytes[end]) {
          examples += 1
        } else {
          others += 1
        }
      }
      guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
      lineStart = newline + 1
    }
    if examples == 0 { return .noExamples }
    return others == 0 ? .examples : .mixed
  }
}
