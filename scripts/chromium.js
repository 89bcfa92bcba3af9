// Headless Chromium for the icons, the benchmarks and the browser tests: where it is, and the
// flags it runs with (no GPU, no sandbox as root, no background traffic to the network).
'use strict';
const fs = require('node:fs');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else another usual place; null when none. */
function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && fs.existsSync(p)) || null;
}

module.exports = { CHROMIUM_ARGS, chromiumPath };
