import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, loadSharedLists, startVigil } from './web-session.js';

/**
 * `npm run screenshots`: the main pages of the web app as PNGs in docs/screenshots/, taken in
 * Debian's Chromium against a real server over the lists of config/shared-data.yml. The Chinese
 * and Japanese names need a CJK font on the machine (`apt-get install fonts-wqy-zenhei`).
 */
const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..').replace(/\/dist$/, ''), 'docs', 'screenshots');

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startVigil(loadSharedLists());
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/app/`);
    await page.selectOption('#schema', 'Organization');
    await page.fill('#name', 'Wagner Group');
    await page.click('button[type=submit]');
    await page.waitForSelector('table.results tbody tr');
    await shoot(page, 'screen');

    // LLC CST of the ZALA Aero group (OpenSanctions FtM sample): names in two scripts, sanctions, owners.
    await page.goto(`${server.url}/app/entity/NK-abdzbEBkqyT29GyREbiURZ`);
    await page.waitForSelector('[data-script=Cyrillic]');
    await page.waitForSelector('[data-testid=network-graph] canvas');
    // The top of the page: its names and sanctions go on for screens.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await shoot(page, 'entity', false);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.selectOption('#depth', '2');
    await page.waitForSelector('[data-testid=network-graph][data-nodes="17"] canvas');
    await page.waitForTimeout(300);
    await (await page.$('#network'))?.screenshot({ path: join(OUT, 'network.png') });
    process.stdout.write('docs/screenshots/network.png\n');

    await page.goto(`${server.url}/app/lists`);
    await page.waitForSelector('table.lists tbody tr');
    await page.waitForSelector('#changes li');
    await page.waitForSelector('button:text("Start update"):enabled');
    await shoot(page, 'lists');

    const csv = join(tmpdir(), 'vigil-customers.csv');
    writeFileSync(csv, 'customer_id,name,birth_date,country\nC-001,Vladimir Putin,1952-10-07,ru\nC-002,Wagner Group,,\nC-003,Maria Schmidt,1980-01-01,de\n');
    await page.goto(`${server.url}/app/batch`);
    await page.setInputFiles('#batch-file', csv);
    await page.click('button[type=submit]');
    await page.waitForSelector('a[download]');
    await shoot(page, 'batch');

    await page.goto(`${server.url}/app/documents`);
    await page.fill('#doc-text', 'Dear team, please release the shipment for ZALA Aero Group. The invoice names Aleksandr Zakharov as director; the goods go through Sevastopol, Crimea, and a second lot to Dmitriy Utkin.');
    await page.click('button[type=submit]');
    await page.waitForSelector('.document mark');
    await shoot(page, 'documents');

    const phone = await browser.newPage({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
    await phone.goto(`${server.url}/app/`);
    await phone.fill('#name', 'Vladimir Putin');
    await phone.fill('#birthDate', '1952-10-07');
    await phone.click('button[type=submit]');
    await phone.waitForSelector('table.results tbody tr');
    await shoot(phone, 'screen-phone', false);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
