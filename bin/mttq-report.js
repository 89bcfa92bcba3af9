#!/usr/bin/env node
'use strict';
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch (e) {
  process.stderr.write('mttq-report: chưa biên dịch; hãy chạy "npm install" (hoặc "npm run build:cli") trong thư mục dự án.\n');
  process.exit(2);
}
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`mttq-report: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
