import Foundation

/// A pack's examples, held as compiled or compiled when first read.
///
/// Only `check` and mutation testing read examples, yet the built-in pack's examples are two
/// fifths of its text: compiling them at every start made `readiness assess` spend most of its
/// time on them. The built-in pack therefore leaves them to this store, which compiles them once,
/// on first use, from whichever thread asks first.
final class ExampleStore: @unchecked Sendable {
  private let lock = NSLock()
  private var compiled: [Example]?
  private let deferred: (@Sendable () -> [Example])?

  /// A store of examples already compiled.
  init(_ examples: [Example]) {
    compiled = examples
    deferred = nil
  }

  /// A store that compiles its examples when they are first read.
  /// - Parameter compile: Makes the examples; called at most once.
  init(deferred compile: @escaping @Sendable () -> [Example]) {
    compiled = nil
    deferred = compile
  }

  /// The examples, compiled now if they were not yet.
  var examples: [Example] {
    lock.withLock {
      if let compiled { return compiled }
      let made = deferred?() ?? []
      compiled = made
      return made
    }
  }

  /// Whether the examples are compiled yet.
  var isCompiled: Bool { lock.withLock { compiled != nil } }

  /// A store of its own for a copy of the pack, that compiles the examples itself if they were
  /// not compiled yet (rather than compiling them now only to copy them), or `nil` when they were.
  func uncompiledCopy() -> ExampleStore? {
    lock.withLock { compiled == nil ? deferred.map { ExampleStore(deferred: $0) } : nil }
  }
}
