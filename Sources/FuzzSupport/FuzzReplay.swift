import Foundation

/// What a fuzz target's executable does when it is built without libFuzzer: replays inputs, so
/// that one a fuzzer found can be rerun exactly as it was.
public enum FuzzReplay {
  /// Runs a fuzz target on the contents of every file named on the command line, then prints
  /// how many it replayed; a file that cannot be read ends the run with exit code 2, so a replay
  /// never passes by reading nothing.
  /// - Parameter target: The target's `LLVMFuzzerTestOneInput` function.
  public static func run(_ target: (UnsafePointer<UInt8>, Int) -> CInt) {
    var replayed = 0
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read '\(path)'\n".utf8))
        exit(2)
      }
      // libFuzzer never passes a null pointer, even for empty input; neither does the replay.
      _ = [UInt8](data).withUnsafeBufferPointer { target($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
      replayed += 1
    }
    print("replayed \(replayed) inputs")
  }
}
