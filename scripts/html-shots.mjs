#!/usr/bin/env node
// Screenshots of a built HTML report in Debian's headless Chromium, in tiles a person (or an
// image viewer) can read: node scripts/html-shots.mjs in.html out-prefix [width…]
// Writes out-prefix-<width>-<n>.png and reports whether anything overflows the viewport.
/* global document */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const [input, prefix, ...widthArgs] = process.argv.slice(2);
if (!input || !prefix) {
  console.error('usage: node scripts/html-shots.mjs in.html out-prefix [width…]');
  process.exit(2);
}
const widths = widthArgs.length ? widthArgs.map(Number) : [375, 1000];
const TILE = 1200;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: widths[0], height: TILE } });
  for (const width of widths) {
    await page.setViewportSize({ width, height: TILE });
    await page.goto(pathToFileURL(resolve(input)).href);
    const { scrollWidth, scrollHeight } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    }));
    console.log(
      `${width}px: page ${scrollWidth}×${scrollHeight}${scrollWidth > width ? '  OVERFLOWS' : ''}`,
    );
    for (let y = 0, n = 1; y < scrollHeight; y += TILE, n++) {
      const path = `${prefix}-${width}-${n}.png`;
      await page.screenshot({
        path,
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(TILE, scrollHeight - y) },
      });
      console.log(path);
    }
  }
  const pdf = `${prefix}-print.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  console.log(pdf);
} finally {
  await browser.close();
}
