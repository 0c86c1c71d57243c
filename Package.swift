// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "readiness",
  products: [
    .library(name: "ReadinessKit", targets: ["ReadinessKit"]),
    .executable(name: "readiness", targets: ["readiness"]),
  ],
  dependencies: [],
  targets: [
    // The engine: rule packs in, a scored report out. No terminal I/O.
    .target(name: "ReadinessKit"),

    // The command-line tool: a thin layer that wires ReadinessKit to the terminal.
    .executableTarget(name: "readiness", dependencies: ["ReadinessKit"]),

    // Fuzz targets: libFuzzer entry points over the public API (build and run with .ci/fuzz);
    // a plain build makes them replay files given as arguments.
    .target(name: "FuzzSupport"),
    .executableTarget(name: "fuzz-answers", dependencies: ["ReadinessKit", "FuzzSupport"]),
    .executableTarget(name: "fuzz-rules", dependencies: ["ReadinessKit", "FuzzSupport", "BenchmarkSupport"]),
    .executableTarget(name: "fuzz-assess", dependencies: ["ReadinessKit", "FuzzSupport"]),
    .executableTarget(name: "fuzz-batch", dependencies: ["ReadinessKit", "FuzzSupport"]),

    // Benchmark: `swift run -c release readiness-bench`; its workload and hand-written baseline
    // live in a library so the test suite can check that both fire the same rules.
    .target(name: "BenchmarkSupport", dependencies: ["ReadinessKit"]),
    // pipeline.py is the plain-Python pipeline the benchmark's batch figures are compared with.
    .executableTarget(
      name: "readiness-bench", dependencies: ["ReadinessKit", "BenchmarkSupport"], exclude: ["pipeline.py"]),
    .executableTarget(name: "bench-minimal"),

    // Tests
    .testTarget(
      name: "ReadinessKitTests",
      dependencies: ["ReadinessKit"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "EmbeddingTests", dependencies: ["ReadinessKit"]),
    .testTarget(name: "BenchmarkSupportTests", dependencies: ["ReadinessKit", "BenchmarkSupport"]),
    .testTarget(name: "ReadinessCLITests", dependencies: ["readiness"]),
  ],
  swiftLanguageModes: [.v6]
)
