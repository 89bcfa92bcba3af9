#!/usr/bin/env node
'use strict';
let main;
let terminalWidth;
try {
  ({ main, terminalWidth } = require('../lib/cli/main.js'));
} catch (e) {
  process.stderr.write('mttq-report: chưa biên dịch; hãy chạy "npm install" (hoặc "npm run build:cli") trong thư mục dự án.\n');
  process.exit(2);
}

// A reader that stops early (`| head`) closes the pipe: stop at once, quietly, with exit code 0
// (the reader has what it asked for; the files not yet checked have no verdict).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(0);
    try {
      if (stream !== process.stderr) process.stderr.write(`mttq-report: ${e && e.message ? e.message : e}\n`);
    } finally {
      process.exit(2);
    }
  });
}

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  // The progress line fits the terminal standard error is, read at each update (a resized window).
  get stderrColumns() {
    return process.stderr.isTTY && process.stderr.columns > 0 ? process.stderr.columns : undefined;
  },
  // The table fits the terminal standard output is (80 columns when it is not one); COLUMNS overrides.
  columns: terminalWidth(process.env, process.stdout.isTTY ? process.stdout.columns : undefined),
  // Waits for room on standard output, and lets a closed pipe be noticed between two files.
  flush: () =>
    new Promise((resolve) => {
      if (process.stdout.writableNeedDrain) process.stdout.once('drain', resolve);
      else setImmediate(resolve);
    }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`mttq-report: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
