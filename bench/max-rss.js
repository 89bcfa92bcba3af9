// Preloaded into a measured process (node -r bench/max-rss.js …): at exit, writes its peak
// resident memory to standard error as "max-rss-kb=N". Used by bench/memory.js.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeSync(2, `\nmax-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
