// Renders the app icons (PNG) from one SVG design with Debian's Chromium. Run by hand when the
// design changes: `node tools/make-icons.mjs`; the PNGs in public/ are committed.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const tick = (scale) =>
  `<path d="M18 34l9 9 19-22" transform="translate(32 32) scale(${scale}) translate(-32 -32)" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`;
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1d4e89"/>${tick(1)}</svg>`;
// Maskable: full-bleed background, the mark inside the central safe zone (80%).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1d4e89"/>${tick(0.75)}</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const [name, svg, size] of [
    ['icon-192.png', rounded, 192],
    ['icon-512.png', rounded, 512],
    ['icon-maskable-512.png', maskable, 512],
    ['apple-touch-icon.png', maskable, 180],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    writeFileSync(`public/${name}`, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
