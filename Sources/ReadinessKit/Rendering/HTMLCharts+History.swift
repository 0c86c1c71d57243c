/// The charts of a history page: scores over time with a line per category, and the stage over
/// time as steps on the gradient. Both share one time axis, so a step in one lines up with the
/// other.
extension HTMLCharts {
  /// The colours of the category lines (Okabe and Ito's palette without its yellow, which is
  /// unreadable on white, and two more), in category order.
  static let lineColors = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#6b7280", "#7f3c8d"]

  /// The horizontal extent every history chart plots in (left of it: the axis labels).
  static let plotLeft = 120.0
  static let plotRight = 650.0

  /// Where each date sits on the time axis: spaced by days, one date alone in the middle.
  static func timeAxis(_ dates: [CalendarDate]) -> [Double] {
    guard let first = dates.first?.dayNumber, let last = dates.last?.dayNumber, last > first else {
      return dates.map { _ in (plotLeft + plotRight) / 2 }
    }
    return dates.map { plotLeft + Double($0.dayNumber - first) / Double(last - first) * (plotRight - plotLeft) }
  }

  /// The dates to label under the axis: all of them up to six, else evenly spread ones and the last.
  static func labelled(_ count: Int) -> Set<Int> {
    let step = max(1, (count + 5) / 6)
    var out = Set(stride(from: 0, to: count, by: step))
    out.insert(count - 1)
    // The last label would crowd the one before it.
    if count > 6, out.contains(count - 2) && step > 1 { out.remove(count - 2) }
    return out
  }

  /// A polyline through the points that have a value, broken where one has none.
  static func path(_ xs: [Double], _ ys: [Double?]) -> String {
    var out: [String] = []
    var pen = false
    for (x, y) in zip(xs, ys) {
      guard let y else {
        pen = false
        continue
      }
      out.append("\(pen ? "L" : "M") \(number(x)) \(number(y))")
      pen = true
    }
    return out.joined(separator: " ")
  }

  /// The score over time (bold) and each category's score (thin, coloured), 0 to 100, with a grey
  /// bar over each date whose open questions could still move the score (`ranges`, per date).
  static func scoreTrend(
    dates: [CalendarDate], scores: [Double], ranges: [(min: Double, max: Double)?] = [],
    categories: [(title: String, scores: [Double?])], label: String
  ) -> String {
    let (top, bottom) = (16.0, 236.0)
    let xs = timeAxis(dates)
    func y(_ score: Double) -> Double { bottom - min(100, max(0, score)) / 100 * (bottom - top) }
    var svg =
      "<svg class=\"trend\" viewBox=\"0 0 720 280\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\" aria-labelledby=\"trend-title\">\n"
    svg += "<title id=\"trend-title\">\(HTMLRenderer.escape(label))</title>\n"
    for tick in stride(from: 0, through: 100, by: 25) {
      let ty = number(y(Double(tick)))
      svg +=
        "<line x1=\"\(number(plotLeft))\" y1=\"\(ty)\" x2=\"\(number(plotRight))\" y2=\"\(ty)\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>\n"
      svg +=
        "<text x=\"\(number(plotLeft - 8))\" y=\"\(number(y(Double(tick)) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#4b5563\">\(tick)</text>\n"
    }
    // Drawn first, under every line: the range is context, the score is the figure.
    for (i, range) in ranges.enumerated() where i < xs.count {
      guard let range else { continue }
      let span = "\(Expression.format(range.min))–\(Expression.format(range.max))"
      svg +=
        "<rect x=\"\(number(xs[i] - 7))\" y=\"\(number(y(range.max)))\" width=\"14\" height=\"\(number(max(1, y(range.min) - y(range.max))))\" rx=\"3\" fill=\"#9ca3af\" fill-opacity=\"0.35\"><title>\(dates[i]): \(span) once the open questions are answered</title></rect>\n"
    }
    for (i, category) in categories.enumerated() {
      let d = path(xs, category.scores.map { $0.map(y) })
      guard !d.isEmpty else { continue }
      let color = lineColors[i % lineColors.count]
      let title = HTMLRenderer.escape(category.title)
      svg +=
        "<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\"><title>\(title)</title></path>\n"
      // A dot on every value, so a score between two steps without one still shows.
      for (x, score) in zip(xs, category.scores) {
        guard let score else { continue }
        svg +=
          "<circle cx=\"\(number(x))\" cy=\"\(number(y(score)))\" r=\"2.5\" fill=\"\(color)\"><title>\(title): \(Expression.format(score))</title></circle>\n"
      }
    }
    svg +=
      "<path d=\"\(path(xs, scores.map(y)))\" fill=\"none\" stroke=\"#1b1f24\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n"
    let shown = labelled(dates.count)
    for (i, x) in xs.enumerated() {
      svg +=
        "<circle cx=\"\(number(x))\" cy=\"\(number(y(scores[i])))\" r=\"4.5\" fill=\"#1b1f24\"><title>\(dates[i]): \(Expression.format(scores[i]))</title></circle>\n"
      if shown.contains(i) {
        svg +=
          "<text x=\"\(number(x))\" y=\"\(number(y(scores[i]) - 10))\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"#1b1f24\">\(Expression.format(scores[i]))</text>\n"
        svg +=
          "<text x=\"\(number(x))\" y=\"262\" text-anchor=\"middle\" font-size=\"12\" fill=\"#4b5563\">\(dates[i])</text>\n"
      }
    }
    return svg + "</svg>\n"
  }

  /// The stage over time: a step line on the gradient's rows, lowest stage at the bottom.
  static func stageTrend(
    dates: [CalendarDate], stages: [String], gradient: [(id: String, title: String)], label: String
  ) -> String {
    let row = 28.0
    let top = 14.0
    let height = top + row * Double(max(1, gradient.count)) + 24
    let xs = timeAxis(dates)
    func y(_ id: String) -> Double {
      let rank = gradient.firstIndex { $0.id == id } ?? 0
      return top + row * (Double(gradient.count - 1 - rank) + 0.5)
    }
    var svg =
      "<svg class=\"trend\" viewBox=\"0 0 720 \(number(height))\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\" aria-labelledby=\"stage-trend-title\">\n"
    svg += "<title id=\"stage-trend-title\">\(HTMLRenderer.escape(label))</title>\n"
    for stage in gradient {
      let sy = y(stage.id)
      svg +=
        "<line x1=\"\(number(plotLeft))\" y1=\"\(number(sy))\" x2=\"\(number(plotRight))\" y2=\"\(number(sy))\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>\n"
      svg +=
        "<text x=\"\(number(plotLeft - 8))\" y=\"\(number(sy + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#4b5563\">\(HTMLRenderer.escape(stage.title))</text>\n"
    }
    var d = ""
    for (i, x) in xs.enumerated() {
      d += i == 0 ? "M \(number(x)) \(number(y(stages[i])))" : " H \(number(x)) V \(number(y(stages[i])))"
    }
    svg += "<path d=\"\(d)\" fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"3\"/>\n"
    let shown = labelled(dates.count)
    for (i, x) in xs.enumerated() {
      let title = gradient.first { $0.id == stages[i] }?.title ?? stages[i]
      svg +=
        "<circle cx=\"\(number(x))\" cy=\"\(number(y(stages[i])))\" r=\"4.5\" fill=\"#1d4ed8\"><title>\(dates[i]): \(HTMLRenderer.escape(title))</title></circle>\n"
      if shown.contains(i) {
        svg +=
          "<text x=\"\(number(x))\" y=\"\(number(height - 6))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#4b5563\">\(dates[i])</text>\n"
      }
    }
    return svg + "</svg>\n"
  }
}
