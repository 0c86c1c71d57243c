/// A round of a batch: whole input lines as byte ranges into one buffer, line ends removed.
struct BatchChunk: Sendable {
  /// The bytes the lines are in (and perhaps the start of the next line).
  var bytes: [UInt8]
  /// Each line's bytes in `bytes`, without its line end.
  var lines: [Range<Int>]
  /// The indices in `lines` of lines longer than the maximum (their ranges are empty).
  var tooLong: Set<Int> = []
}
