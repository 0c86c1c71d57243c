/// The heap storage a value holds, found by walking it with `Mirror`: the buffers of its non-empty
/// arrays, dictionaries and sets, the storage of its strings too long to be held inline, and its
/// objects. Two values that share none of it count no references in common.
enum HeapStorage {
  /// Every storage address reachable from `value`.
  static func addresses(of value: Any) -> Set<UInt> {
    var found: Set<UInt> = []
    var objects: Set<ObjectIdentifier> = []
    walk(value, &found, &objects)
    return found
  }

  private static func walk(_ value: Any, _ found: inout Set<UInt>, _ objects: inout Set<ObjectIdentifier>) {
    if let text = value as? String {
      if let address = text.heapAddress { found.insert(address) }
      return
    }
    if let storage = value as? any HeapBacked, let address = storage.heapAddress { found.insert(address) }
    var mirror: Mirror? = Mirror(reflecting: value)
    if mirror?.displayStyle == .class {
      let object = value as AnyObject
      guard objects.insert(ObjectIdentifier(object)).inserted else { return }
      found.insert(UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()))
    }
    while let current = mirror {
      for child in current.children { walk(child.value, &found, &objects) }
      mirror = current.superclassMirror
    }
  }
}

/// A value whose contents live in one heap buffer.
private protocol HeapBacked {
  /// The buffer's address; `nil` when the value is empty (empty values share one static buffer).
  var heapAddress: UInt? { get }
}

extension Array: HeapBacked {
  fileprivate var heapAddress: UInt? {
    isEmpty ? nil : withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
  }
}

// A native dictionary or set is one reference to its storage object.
extension Dictionary: HeapBacked {
  fileprivate var heapAddress: UInt? {
    isEmpty ? nil : withUnsafeBytes(of: self) { $0.load(as: UInt.self) }
  }
}

extension Set: HeapBacked {
  fileprivate var heapAddress: UInt? {
    isEmpty ? nil : withUnsafeBytes(of: self) { $0.load(as: UInt.self) }
  }
}

extension String {
  /// Where the string's bytes are stored; `nil` for strings of up to 15 bytes, held inline.
  fileprivate var heapAddress: UInt? {
    guard utf8.count > 15 else { return nil }
    return utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
  }
}
