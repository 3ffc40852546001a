/**
 * Prints one plain closing line, "jest: N passed, N failed, N skipped", after jest's own
 * summary, so CI logs state the counts in a form any reader (or tool) can take at a glance.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    // Printed at exit so it is the last line, after jest's own summary.
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
