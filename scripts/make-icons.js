#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest and Office use (16, 20, 32, 64, 80, 128 px)
// with headless Chromium. Run after changing the SVG: node scripts/make-icons.js
// Needs a Chromium binary: CHROMIUM_PATH, or /usr/bin/chromium by default.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { CHROMIUM_ARGS, chromiumPath } = require('./chromium');

const SIZES = [16, 20, 32, 64, 80, 128];
const root = path.join(__dirname, '..');
const source = path.join(root, 'assets', 'icon.svg');

async function main() {
  const svg = fs.readFileSync(source, 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({ executablePath: chromiumPath() || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => {
        const img = document.getElementById('icon');
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
      });
      const out = path.join(root, 'assets', `icon-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
