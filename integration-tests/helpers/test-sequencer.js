// Jest's order (failed first, then slowest first, else largest file), except
// that the file testing the full Chinook import runs first: the catalogue it
// imports is what the later files that read it start from (helpers/chinook.ts).
const Sequencer = require("@jest/test-sequencer").default

const FIRST = /[\\/]integration-tests[\\/]http[\\/]chinook-import\.spec\.[jt]s$/

class ChinookFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    return [...sorted.filter((t) => FIRST.test(t.path)), ...sorted.filter((t) => !FIRST.test(t.path))]
  }
}

module.exports = ChinookFirstSequencer
