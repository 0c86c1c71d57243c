import Foundation

extension Report {
  /// Reads a report saved as JSON (`readiness assess --format json`), as `diff` and a baseline
  /// take it.
  /// - Parameters:
  ///   - bytes: The JSON text.
  ///   - file: The name shown in diagnostics.
  /// - Throws: `DiagnosticsError` (kind `input`) with the line and column of a syntax error, or of
  ///   the report for a field that is missing or of the wrong type, or of its `schema` when it is
  ///   not `readiness-report/1`.
  public init(savedJSON bytes: [UInt8], file: String) throws(DiagnosticsError) {
    func problem(_ message: Diagnostic.Message, at offset: Int) -> DiagnosticsError {
      DiagnosticsError([.error(message, at: Self.range(in: bytes, at: offset, file: file))], kind: .input)
    }
    var body = bytes
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    let shift = bytes.count - body.count
    if let failure = JSONSyntaxCheck.firstError(body) { throw problem(failure.message, at: failure.offset + shift) }
    let start = (body.firstIndex { $0 > 0x20 } ?? 0) + shift
    guard body.first(where: { $0 > 0x20 }) == 0x7B else { throw problem(.savedReportNotAnObject, at: start) }
    // The schema first, so another kind of JSON (a comparison, a batch record) is named as such
    // rather than by the first field a report would miss.
    let schema = (try? JSONDecoder().decode(SchemaOnly.self, from: Data(body)))?.schema
    guard schema == Report.schemaID else {
      let at = Self.offset(of: Array(#""schema""#.utf8), in: bytes) ?? start
      throw problem(.savedReportWrongSchema(schema), at: at)
    }
    do {
      self = try JSONDecoder().decode(Report.self, from: Data(body))
    } catch let error as DecodingError {
      throw problem(.savedReportBadField(Self.describe(error)), at: start)
    } catch {
      throw problem(.savedReportBadField("\(error)"), at: start)
    }
  }

  private struct SchemaOnly: Decodable {
    var schema: String?
  }

  /// What a decoding error says, in the report's own field names: `findings[2].severity: ...`.
  private static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var out = ""
      for key in keys {
        if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
      }
      return out.isEmpty ? "the report" : "'\(out)'"
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])) is missing"
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) is not \(Self.describe(type))"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)) is null, where \(Self.describe(type)) is expected"
    case .dataCorrupted(let context):
      return "\(path(context.codingPath)) has a value a report cannot hold"
    @unknown default:
      return "\(error)"
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Double.Type, is Int.Type: return "a number"
    case is Bool.Type: return "true or false"
    default: return type is any Collection.Type ? "a list" : "an object"
    }
  }

  private static func offset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
  }

  /// The line and column (in characters) of a byte offset, with the line's text.
  static func range(in bytes: [UInt8], at offset: Int, file: String) -> SourceRange {
    let offset = min(max(0, offset), bytes.count)
    let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let lineEnd = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
    let line = bytes[..<lineStart].filter { $0 == 0x0A }.count + 1
    var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    if text.hasSuffix("\r") { text.removeLast() }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    return SourceRange(start: SourceLocation(file: file, line: line, column: column), length: 1, lineText: text)
  }
}
