// The built page carries a Content-Security-Policy that forbids inline scripts: using the app
// (the bank validator included) raises no violation, and a script injected into the page runs
// nothing, whether as a <script> element or an onerror attribute. (eval is forbidden too, but
// DevTools evaluation, which drives this test, is exempt from the policy, so it is not tried.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { withPreview } from './harness.mjs';

const app = withPreview();
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

test('the built index.html has the policy, before any script', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const meta = html.indexOf('http-equiv="Content-Security-Policy"');
  assert.ok(meta > 0, 'no CSP meta tag in dist/index.html');
  assert.ok(meta < html.indexOf('<script'), 'the policy must come before the first script');
  assert.match(html, /script-src &#39;self&#39;;/);
  assert.match(html, /object-src &#39;none&#39;/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script in the built page');
});

test('the app runs under the policy, and an injected inline script does not', async () => {
  const page = await app.browser.context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${app.server.url}/`);
  await page.getByRole('button', { name: 'Start CCA mock exam' }).click();
  await page.getByRole('button', { name: 'Begin exam' }).click();
  // The bank is loaded and validated (zod) to get here.
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 105' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Question banks' })
    .click();
  await page.getByRole('table', { name: 'Installed banks' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "script element"';
    document.body.append(script);
    const holder = document.createElement('div');
    // The payload an HTML sink would create from bank text.
    holder.innerHTML = '<img src="data:," onerror="window.__pwned = \'onerror\'">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { pwned: window.__pwned ?? null, violations: window.__violations };
  });
  assert.equal(outcome.pwned, null);
  assert.ok(
    outcome.violations.some((v) => v.startsWith('script-src-elem inline')),
    `no violation reported for the script element: ${outcome.violations.join(', ')}`,
  );
  assert.ok(outcome.violations.some((v) => v.startsWith('script-src-attr inline')));
  await page.close();
});
