#!/usr/bin/env node
// Screenshot a local HTML file in Debian's headless Chromium: node scripts/screenshot.mjs in.html out.png [width]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [input, output, width = '1200'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot.mjs in.html out.png [width]');
  process.exit(2);
}
const browser = await chromium.launchPersistentContext(
  mkdtempSync(join(tmpdir(), 'nianbao-chromium-')),
  {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: Number(width), height: 900 },
  },
);
const page = await browser.newPage();
await page.goto(`file://${resolve(input)}`);
await page.screenshot({ path: output, fullPage: true });
await browser.close();
