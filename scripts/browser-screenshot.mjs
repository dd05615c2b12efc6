// browser-screenshot.mjs OUT.png: screenshot Neo4j Browser showing the seeds
// graph, for the README. Needs playwright-core (npm i playwright-core) and
// Debian's chromium; the local server of `make neo4j` with the seeds built.
//   NODE_PATH=/path/to/node_modules node scripts/browser-screenshot.mjs docs/browser-seeds.png
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const out = process.argv[2] || 'docs/browser-seeds.png';
const http = process.env.NEO4J_HTTP_URL || 'http://127.0.0.1:7474';
const bolt = process.env.NEO4J_URI || 'bolt://127.0.0.1:7687';
const password = process.env.NEO4J_PASSWORD || 'kgpassword';
const query = process.env.KG_SCREENSHOT_QUERY ||
  "MATCH (a:Actor)-[r]->(b:Actor) WHERE r.cameo IS NOT NULL AND NOT r.doc STARTS WITH 't-' RETURN a, r, b";

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(`${http}/browser/?dbms=${encodeURIComponent(bolt)}`, { waitUntil: 'networkidle' });
await page.fill('[data-testid="username"]', 'neo4j');
await page.fill('[data-testid="password"]', password);
await page.click('[data-testid="connect"]');
await page.waitForTimeout(3000);
// Close the usage-data banner if it shows.
const banner = page.locator('button[aria-label="Close"], [data-testid="dismiss"]').first();
if (await banner.count()) { await banner.click().catch(() => {}); }
const editor = page.locator('#monaco-main-editor textarea, [data-testid="activeEditor"] textarea').first();
await editor.click();
await page.keyboard.type(query);
await page.keyboard.press('Control+Enter');
await page.waitForTimeout(6000);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
