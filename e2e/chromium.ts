/**
 * The browser every run here drives (the browser tests and the web bench): Debian's Chromium
 * (`apt-get install -y chromium`; `CHROMIUM_PATH` points elsewhere), headless, with nothing of its own
 * reaching the network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
