#!/usr/bin/env node
// Screenshot a local HTML file in Debian's headless Chromium: node scripts/screenshot.mjs in.html out.png [width]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const [input, output, width = '1200'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot.mjs in.html out.png [width]');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(pathToFileURL(resolve(input)).href);
  await page.screenshot({ path: output, fullPage: true });
} finally {
  await browser.close();
}
