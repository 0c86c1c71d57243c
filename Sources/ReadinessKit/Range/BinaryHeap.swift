/// A binary heap whose first element is the one `before` puts first: the searches' work lists
/// (boxes of answers for the range, sets of questions for a plan), each with an order that depends
/// only on its elements, so the same search comes out every run.
struct BinaryHeap<Element> {
  private var items: [Element] = []
  /// Whether the first element comes out before the second.
  private let before: (Element, Element) -> Bool

  init(by before: @escaping (Element, Element) -> Bool) { self.before = before }

  mutating func push(_ element: Element) {
    items.append(element)
    var i = items.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard before(items[i], items[parent]) else { break }
      items.swapAt(i, parent)
      i = parent
    }
  }

  mutating func pop() -> Element? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let top = items.removeLast()
    var i = 0
    while true {
      let l = 2 * i + 1
      let r = l + 1
      var m = i
      if l < items.count && before(items[l], items[m]) { m = l }
      if r < items.count && before(items[r], items[m]) { m = r }
      if m == i { break }
      items.swapAt(i, m)
      i = m
    }
    return top
  }
}
