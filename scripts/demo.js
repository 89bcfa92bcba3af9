#!/usr/bin/env node
// npm run demo: checks the sample reports in samples/ with the command line, as a receiving office
// would check the reports sent up. Exit code 1 ("some report not ready") is the expected outcome.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'samples');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join('samples', f));
const cli = path.join(__dirname, '..', 'bin', 'mttq-report.js');
const result = spawnSync(process.execPath, [cli, 'check', ...files], { stdio: 'inherit', cwd: path.join(__dirname, '..') });
process.exit(result.status === 0 || result.status === 1 ? 0 : result.status ?? 2);
