import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct BatchTests {
  static let input = """
    {"id": "a", "audience_size": 1200, "owned_channels": 1, "monthly_churn_percent": "4%", "expects_fully_automatic": false}

    {"audiense_size": 3, "path": "saas", "paying_customers": "many"}
    {"owned_channels": 2
    {"id": 7, "paying_customers": 12, "path": "other", "started_from": "tool"}
       
    {"audience_size": null, "trust_signals": 4, "problem_statement": "Caf\\u00e9 owners \\"lose\\" hours"}

    """

  @Test func resultsComeInInputOrderWithErrorRecordsForBadLines() throws {
    let result = try CLI.run(["batch"], stdin: Self.input)
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(objects.map { $0["line"] as? Int } == [1, 3, 4, 5, 7])
    #expect(objects[0]["id"] as? String == "a")
    #expect(objects[3]["id"] as? Int == 7)
    #expect(objects[0]["stage"] is String && objects[0]["score"] is Double)
    let errors = objects[1]["errors"] as? [[String: Any]]
    #expect(errors?.count == 3)
    #expect((errors?[0]["message"] as? String)?.contains("did you mean 'audience_size'") == true)
    #expect(errors?[1]["column"] as? Int == 30)
    #expect(
      (objects[2]["errors"] as? [[String: Any]])?.first?["message"] as? String
        == "the object is not closed; expected ',' or '}'")
    #expect(objects[4]["errors"] == nil)
    #expect(result.stderr.contains("readiness: 2 bad lines of 5;"))
  }

  @Test func compactResultsMatchTheFullReport() throws {
    let folder = try CLI.temporaryFolder()
    let line =
      #"{"audience_size": 40, "owned_channels": 0, "started_from": "tool", "monthly_churn_percent": 12.5, "path": "content-business"}"#
    let compact = try CLI.run(["batch"], stdin: line + "\n")
    // With the range, which `assess` prints and `batch` leaves out unless asked.
    let full = try CLI.run(["batch", "--full", "--range"], stdin: line + "\n")
    #expect(compact.status == 0 && full.status == 0)
    let result = try JSONSerialization.jsonObject(with: Data(compact.stdout.utf8)) as! [String: Any]
    let wrapped = try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as! [String: Any]
    let report = wrapped["report"] as! [String: Any]
    #expect(result["score"] as? Double == report["score"] as? Double)
    #expect(result["stage"] as? String == (report["stage"] as? [String: Any])?["id"] as? String)
    #expect(result["fired"] as? [String] == (report["findings"] as? [[String: Any]])?.map { $0["rule"] as! String })
    // The same answers as a questionnaire file give the same report.
    try
      "audience_size = 40\nowned_channels = 0\nstarted_from = tool\nmonthly_churn_percent = 12.5%\npath = content-business\n"
      .write(to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    let assess = try CLI.run(["assess", "q.txt", "-f", "json"], in: folder)
    let assessed = try JSONSerialization.jsonObject(with: Data(assess.stdout.utf8)) as! NSDictionary
    #expect(assessed == (report as NSDictionary))
  }

  @Test func jobsDoNotChangeTheOutput() throws {
    var text = ""
    let paths = ["subscription-tool", "digital-product", "content-business", "other"]
    for i in 0..<3000 {
      text +=
        #"{"audience_size": \#(i * 7 % 5000), "owned_channels": \#(i % 3), "paying_customers": \#(i % 40), "path": "\#(paths[i % 4])", "monthly_churn_percent": \#(i % 13)}"#
        + "\n"
      if i % 500 == 0 { text += "\n{broken\n" }
    }
    let one = try CLI.run(["batch", "--jobs", "1"], stdin: text)
    let four = try CLI.run(["batch", "-j", "4"], stdin: text)
    #expect(one.stdout == four.stdout)
    #expect(one.stdout.split(separator: "\n").count == 3006)
    #expect(one.status == 2)
  }

  @Test func summaryGoesToStandardErrorAndKeepsTheFilterClean() throws {
    let lines = (0..<200).map { #"{"expects_fully_automatic": \#($0 % 2 == 0), "audience_size": \#($0 * 10)}"# }.joined(
      separator: "\n")
    let text = try CLI.run(["batch", "--summary"], stdin: lines)
    #expect(text.status == 0)
    #expect(text.stdout.split(separator: "\n").count == 200)
    #expect(text.stderr.contains("200 questionnaires assessed, 0 bad lines."))
    #expect(text.stderr.contains("expectations.expects-automatic  100  (50%)"))
    let json = try CLI.run(["batch", "--summary", "--format", "json"], stdin: lines)
    let summary = try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as! [String: Any]
    #expect(summary["schema"] as? String == "readiness-batch-summary/1")
    #expect(summary["assessed"] as? Int == 200)
    #expect((summary["score_percentiles"] as? [String: Any])?["p50"] is Double)
  }

  @Test(arguments: [
    (["batch", "--jobs", "0"], "--jobs takes a whole number from 1 to 1024"),
    (["batch", "missing.jsonl"], "no such file 'missing.jsonl'"),
    (["batch", "--format", "yaml"], "unknown format 'yaml'"),
    (
      ["batch", "--format", "json"],
      "error: batch --format sets the format of --summary (the records are always JSON Lines); "
        + "add --summary, as in: batch --summary --format json\n"
    ),
  ])
  func badUsageExitsWithTwo(_ c: ([String], String)) throws {
    let result = try CLI.run(c.0, stdin: "")
    #expect(result.status == 2)
    #expect(result.stderr.contains(c.1))
  }

  /// Memory stays flat: four times the input does not take noticeably more memory.
  @Test func memoryStaysFlatAsTheInputGrows() throws {
    let line =
      #"{"audience_size": 1200, "owned_channels": 1, "monthly_churn_percent": 4, "path": "other", "problem_statement": "A problem statement long enough to matter"}"#
    let small = try Self.peakMemory(lines: 40_000, line: line)
    let large = try Self.peakMemory(lines: 160_000, line: line)
    #expect(large > 0 && small > 0)
    #expect(
      large < small + 16 * 1_048_576, "peak \(small / 1_048_576) MB for 40k lines, \(large / 1_048_576) MB for 160k")
  }

  static func peakMemory(lines: Int, line: String) throws -> Int {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["batch", "-"]
    // Under AddressSanitizer, freed memory waits in a quarantine that would look like growth.
    var environment = ProcessInfo.processInfo.environment
    environment["ASAN_OPTIONS"] = "quarantine_size_mb=1:detect_leaks=0"
    process.environment = environment
    let pipe = Pipe()
    process.standardInput = pipe
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var peak = 0
    func sample() {
      guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
        let entry = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(entry.split(separator: " ").dropFirst().first ?? "")
      else { return }
      peak = max(peak, kilobytes * 1024)
    }
    let block = String(repeating: line + "\n", count: 1000)
    for _ in 0..<(lines / 1000) {
      pipe.fileHandleForWriting.write(Data(block.utf8))
      sample()
    }
    try pipe.fileHandleForWriting.close()
    while process.isRunning {
      sample()
      usleep(5000)
    }
    return peak
  }

  @Test(arguments: [(SIGTERM, 143, "SIGTERM"), (SIGINT, 130, "SIGINT")])
  func aSignalStopsTheRunWithWholeRecordsAndSaysHowFarItGot(_ stop: (Int32, Int32, String)) throws {
    let folder = try CLI.temporaryFolder()
    let input = folder.appendingPathComponent("in.jsonl")
    let output = folder.appendingPathComponent("out.jsonl")
    // Far more lines than a debug build assesses in the seconds before the signal. Every question
    // is answered: a line with open questions costs a search for the stage it guarantees, and a
    // debug build would not write its first chunk of records in time.
    let count = 200_000
    let answers =
      #""path": "subscription-tool", "problem_statement": "Pharmacists miss regulatory changes", "target_customer": "Owners of independent pharmacies", "started_from": "problem", "customer_interviews": 40, "waitlist_or_preorders": 150, "competitors_studied": 7, "differentiator": "Checked by a practising pharmacist", "novelty_is_main_advantage": false, "owned_channels": 2, "trust_signals": 35, "largest_channel_share_percent": "48%", "paying_customers": 410, "price_per_customer_month": 24, "monthly_infra_cost": 310, "monthly_tool_subscriptions": 180, "monthly_hosting_cost": 40, "weekly_maintenance_hours": 6, "hourly_value": 60, "pricing_includes_time": true, "monitoring_in_place": true, "output_acceptance_rate": "93%", "weekly_manual_interventions": 3, "depends_on_single_platform": false, "recalibration_days": 30, "prompt_test_set": true, "support_process": true, "monthly_churn_percent": "2.1%", "acquisition_predictable": true, "months_with_revenue": 22, "expected_months_to_income": 6, "expects_fully_automatic": false, "weekly_hours_available": 10, "other_monthly_revenue": 0"#
    var text = ""
    text.reserveCapacity(count * (answers.utf8.count + 40))
    for index in 1...count { text += "{\"id\": \(index), \"audience_size\": \(index % 5000), \(answers)}\n" }
    try text.write(to: input, atomically: false, encoding: .utf8)
    try Data().write(to: output)
    let path = output.path
    let result = try Spawn.run(
      ["batch", "--jobs", "2"], stdin: .file(input.path), stdout: .file(path), deadline: .seconds(60)
    ) { pid in
      // Signal once the first records are out, so the run is well under way.
      let started = ContinuousClock.now
      while ContinuousClock.now - started < .seconds(20) {
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 { break }
        usleep(10_000)
      }
      kill(pid, stop.0)
    }
    #expect(!result.timedOut)
    #expect(result.exitCode == stop.1, "\(result.stderr)")
    let written = try String(contentsOf: output, encoding: .utf8)
    #expect(written.hasSuffix("\n"))
    let lines = written.split(separator: "\n")
    #expect(lines.count > 0)
    #expect(lines.count < count, "the run ended before the signal")
    // Whole records, in order, none missing: line N is input line N.
    for (index, line) in lines.enumerated() {
      guard line.hasPrefix("{\"line\":\(index + 1),"), line.hasSuffix("}") else {
        Issue.record("record \(index + 1) is not whole: \(line.prefix(80))")
        break
      }
    }
    #expect(
      result.stderr
        == "readiness: stopped by \(stop.2) after \(lines.count) input lines (\(lines.count) records written, each whole)\n"
    )
  }
}
