import Foundation

/// The SVG charts of the HTML reports, drawn from numbers alone: deterministic coordinates, a
/// `<title>` and `aria-label` on every chart, and colours that stay readable in print.
enum HTMLCharts {
  /// How good a number or a verdict reads, as a colour (all three with 4.5:1 contrast on white).
  enum Tone: String, Comparable, Sendable {
    case poor, fair, good

    /// The colour it is drawn in.
    var color: String {
      switch self {
      case .good: return "#0f6b3a"
      case .fair: return "#8a5a00"
      case .poor: return "#b42318"
      }
    }

    private var order: Int {
      switch self {
      case .poor: return 0
      case .fair: return 1
      case .good: return 2
      }
    }

    static func < (lhs: Tone, rhs: Tone) -> Bool { lhs.order < rhs.order }

    /// A score's tone: good from 80, fair from 50, poor below.
    init(score: Double) {
      self = score >= 80 ? .good : score >= 50 ? .fair : .poor
    }
  }

  /// The colour for a score: green from 80, amber from 50, red below.
  static func color(_ score: Double) -> String { Tone(score: score).color }

  static func number(_ x: Double) -> String {
    Expression.format((x * 100).rounded(.toNearestOrAwayFromZero) / 100)
  }

  /// A half-circle gauge from 0 to 100 with the score in the middle, its arc in `tone`: the
  /// verdict's colour, not the score's, so that a high score with a critical gap never reads green.
  static func gauge(score: Double, tone: Tone, id: String, label: String) -> String {
    let clamped = min(100, max(0, score))
    let angle = Double.pi * (1 - clamped / 100)
    let x = 100 + 80 * cos(angle)
    let y = 100 - 80 * sin(angle)
    var svg =
      "<svg class=\"gauge \(tone.rawValue)\" viewBox=\"0 0 200 118\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\" aria-labelledby=\"\(id)-title\">\n"
    svg += "<title id=\"\(id)-title\">\(HTMLRenderer.escape(label))</title>\n"
    svg +=
      "<path d=\"M 20 100 A 80 80 0 0 1 180 100\" fill=\"none\" stroke=\"#e5e7eb\" stroke-width=\"18\" stroke-linecap=\"butt\"/>\n"
    if clamped > 0 {
      svg +=
        "<path d=\"M 20 100 A 80 80 0 0 1 \(number(x)) \(number(y))\" fill=\"none\" stroke=\"\(tone.color)\" stroke-width=\"18\" stroke-linecap=\"butt\"/>\n"
    }
    svg +=
      "<text x=\"100\" y=\"92\" text-anchor=\"middle\" font-size=\"34\" font-weight=\"700\" fill=\"#1b1f24\">\(Expression.format(score))</text>\n"
    svg += "<text x=\"100\" y=\"113\" text-anchor=\"middle\" font-size=\"13\" fill=\"#4b5563\">out of 100</text>\n"
    return svg + "</svg>\n"
  }

  /// A horizontal bar for a category score. Not evaluated is a hatched strip (a CSS gradient, so its
  /// stripes keep their spacing at any width, where an SVG stretched to the cell would smear them
  /// into grey); a score of 0 is the plain track with a red stub at its start, so the two never
  /// look alike.
  static func bar(score: Double?, label: String) -> String {
    guard let score else {
      return
        "<span class=\"bar hatched\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\" title=\"\(HTMLRenderer.escape(label))\"></span>"
    }
    var svg =
      "<svg class=\"bar\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\">"
    svg += "<title>\(HTMLRenderer.escape(label))</title>"
    svg += "<rect x=\"0\" y=\"0\" width=\"100\" height=\"14\" fill=\"#e5e7eb\"/>"
    svg +=
      "<rect x=\"0\" y=\"0\" width=\"\(number(max(1.5, min(100, score))))\" height=\"14\" fill=\"\(color(score))\"/>"
    return svg + "</svg>"
  }

  /// The stages as dots on a line, the current one filled and named in bold; labels alternate
  /// below and above the line so they stay legible on a phone.
  static func gradient(stages: [(id: String, title: String)], current: String, id: String) -> String {
    let currentTitle = stages.first { $0.id == current }?.title ?? current
    let label =
      "Gradient: " + stages.map(\.title).joined(separator: ", then ") + ". This project is at \(currentTitle)."
    var svg =
      "<svg class=\"gradient\" viewBox=\"0 0 600 104\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(label))\" aria-labelledby=\"\(id)-title\">\n"
    svg += "<title id=\"\(id)-title\">\(HTMLRenderer.escape(label))</title>\n"
    let count = max(1, stages.count)
    let step = count > 1 ? 460.0 / Double(count - 1) : 0
    let xs = (0..<count).map { 70 + Double($0) * step }
    if count > 1 {
      svg +=
        "<line x1=\"\(number(xs[0]))\" y1=\"54\" x2=\"\(number(xs[count - 1]))\" y2=\"54\" stroke=\"#9ca3af\" stroke-width=\"4\"/>\n"
    }
    let reached = stages.firstIndex { $0.id == current } ?? 0
    if reached > 0 {
      svg +=
        "<line x1=\"\(number(xs[0]))\" y1=\"54\" x2=\"\(number(xs[reached]))\" y2=\"54\" stroke=\"#1d4ed8\" stroke-width=\"6\"/>\n"
    }
    for (i, stage) in stages.enumerated() {
      let isCurrent = stage.id == current
      let fill = i <= reached ? "#1d4ed8" : "#ffffff"
      svg +=
        "<circle cx=\"\(number(xs[i]))\" cy=\"54\" r=\"\(isCurrent ? 13 : 8)\" fill=\"\(fill)\" stroke=\"#1d4ed8\" stroke-width=\"3\"/>\n"
      let y = i % 2 == 0 ? 98 : 24
      svg +=
        "<text x=\"\(number(xs[i]))\" y=\"\(y)\" text-anchor=\"middle\" font-size=\"23\" fill=\"#1b1f24\"\(isCurrent ? " font-weight=\"700\"" : "")>\(HTMLRenderer.escape(stage.title))</text>\n"
    }
    return svg + "</svg>\n"
  }
}
