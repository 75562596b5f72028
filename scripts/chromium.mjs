// Debian's headless Chromium driven by playwright-core, with the flags the toolchain notes
// verified on this project's machines (no sandbox in containers, no background network).
// Shared by the scripts and the browser tests; CHROMIUM_PATH overrides the executable.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch a headless browser (close it when done); each launch has a fresh temporary profile. A
 * missing Chromium is said plainly, with what to do, instead of playwright's long error.
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run scripts/setup.sh, or set CHROMIUM_PATH`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
