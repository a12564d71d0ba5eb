// Jest's order (failed first, then slowest first, else largest file), except
// that the file testing the full Chinook import runs first: the catalogue it
// imports is what the later files that read it start from (helpers/chinook.ts).
// `npm test` runs the files in parts (--shard, one process each, in turn):
// the import is in the first part and the other files are dealt out in turn
// by path, so each part gets a share of every kind.
const Sequencer = require("@jest/test-sequencer").default

const FIRST = /[\\/]integration-tests[\\/]http[\\/]chinook-import\.spec\.[jt]s$/

class ChinookFirstSequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    const dealt = [...tests].sort(
      (a, b) => Number(FIRST.test(b.path)) - Number(FIRST.test(a.path)) || a.path.localeCompare(b.path)
    )
    return dealt.filter((_, i) => i % shardCount === shardIndex - 1)
  }

  sort(tests) {
    const sorted = super.sort(tests)
    return [...sorted.filter((t) => FIRST.test(t.path)), ...sorted.filter((t) => !FIRST.test(t.path))]
  }
}

module.exports = ChinookFirstSequencer
