// For npm test (scripts/test.mjs), which runs jest in parts: writes each
// part's counts and failed files to JEST_SUMMARY_FILE. Not jest's --json: it
// writes the failures' raw errors too, and a failed request's error is a
// circular object that makes it throw instead of writing anything.
const fs = require("node:fs")

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY_FILE
    if (!file) return
    const summary = {
      files: results.numTotalTestSuites,
      tests: results.numTotalTests,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      failedFiles: results.testResults.filter((r) => r.numFailingTests > 0 || r.testExecError).map((r) => r.testFilePath),
      // Seconds per file, so a run shows where its time went.
      times: Object.fromEntries(results.testResults.map((r) => [r.testFilePath, (r.perfStats.end - r.perfStats.start) / 1000])),
    }
    fs.writeFileSync(file, JSON.stringify(summary))
  }
}

module.exports = SummaryReporter
