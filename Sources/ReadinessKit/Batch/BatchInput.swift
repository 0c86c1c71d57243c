import Foundation

/// Where a `BatchRunner` reads its JSON Lines from, a block of bytes at a time.
///
/// `FileHandle` (a file, a pipe, standard input) and `ArraySlice<UInt8>` (bytes in memory: pass
/// `bytes[...]`, or `Array(text.utf8)[...]` for a string) conform. Conform other sources, such as
/// a socket or a decompressor, by appending what they have to the buffer.
public protocol BatchInput {
  /// Appends the next bytes of the input to `buffer`, waiting for them if need be.
  ///
  /// Blocks need not end at a line end: the runner joins them into lines.
  /// - Parameters:
  ///   - buffer: Where to append the bytes; what it already holds must be left as it is.
  ///   - maximumCount: The most bytes to append.
  /// - Returns: How many bytes were appended: from 1 to `maximumCount`, or 0 only at the end of
  ///   the input.
  /// - Throws: Whatever error the source meets; the run stops and throws it.
  mutating func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int
}

extension FileHandle: BatchInput {
  /// Appends the next bytes read from the file, pipe or socket, waiting for them if need be.
  /// - Parameters:
  ///   - buffer: Where to append the bytes.
  ///   - maximumCount: The most bytes to append.
  /// - Returns: How many bytes were appended; 0 at the end of the file.
  /// - Throws: The error of a failed read.
  public func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int {
    guard let block = try read(upToCount: maximumCount) else { return 0 }
    buffer.append(contentsOf: block)
    return block.count
  }
}

extension ArraySlice: BatchInput where Element == UInt8 {
  /// Moves bytes from the start of the slice to the end of `buffer`.
  /// - Parameters:
  ///   - buffer: Where to append the bytes.
  ///   - maximumCount: The most bytes to append.
  /// - Returns: How many bytes were appended; 0 once the slice is empty.
  public mutating func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int {
    let block = prefix(maximumCount)
    buffer.append(contentsOf: block)
    self = self[block.endIndex...]
    return block.count
  }
}
