import Foundation

/// What a fuzz target's executable does when it is built without libFuzzer: replays inputs, so
/// that one a fuzzer found can be rerun exactly as it was.
public enum FuzzReplay {
  /// Runs a fuzz target on the contents of every file named on the command line.
  /// - Parameter target: The target's `LLVMFuzzerTestOneInput` function.
  public static func run(_ target: (UnsafePointer<UInt8>, Int) -> CInt) {
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      // libFuzzer never passes a null pointer, even for empty input; neither does the replay.
      _ = [UInt8](data).withUnsafeBufferPointer { target($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }
  }
}
