#!/usr/bin/env node
// Writes the sample reports in samples/ (run after "npm run build:cli"): a complete report and
// drafts as they arrive at the receiving level.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { sampleParagraphs } = require('../lib/samples/sample-report.js');
const { writeDocx } = require('../lib/samples/write-docx.js');

const out = path.join(__dirname, '..', 'samples');
fs.mkdirSync(out, { recursive: true });
const samples = {
  'xa-tan-hoa-day-du.docx': {},
  'xa-binh-an-ban-nhap.docx': { unit: 'ỦY BAN MTTQ VIỆT NAM XÃ BÌNH AN', omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'], noFigures: ['1.II.5.2'], noSignature: true },
  'phuong-dong-tien-khong-dinh-dang.docx': { unit: 'ỦY BAN MTTQ VIỆT NAM PHƯỜNG ĐÔNG TIẾN', plainHeadings: true, empty: ['1.III.3'] },
};
for (const [name, options] of Object.entries(samples)) {
  fs.writeFileSync(path.join(out, name), writeDocx(sampleParagraphs(options)));
  console.log(`samples/${name}`);
}
