import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium, loadSharedLists, startVigil, type VigilServer } from '../bench/web-session.js';
import { PROJECT_ROOT, runCli } from './run-cli.js';

/**
 * The analysts' web app in Debian's Chromium against the built `vigil serve` over every list of
 * config/shared-data.yml: one server and one browser for all the tests (loading takes ~10 s).
 */
const WEB_BUILT = existsSync(join(PROJECT_ROOT, 'dist', 'web', 'index.html'));

describe.runIf(existsSync(CHROMIUM_PATH) || process.env['CI'])('web app in Chromium', () => {
  let server: VigilServer;
  let browser: Browser;

  beforeAll(async () => {
    expect(WEB_BUILT, 'dist/web is missing: run `npm run build`').toBe(true);
    server = await startVigil(loadSharedLists());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openPage(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('serves the app at / and /app/* beside the API, which keeps its JSON routes', async () => {
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app/');
    const deep = await fetch(`${server.url}/app/entity/ofac-22543`);
    expect(deep.headers.get('content-type')).toMatch(/text\/html/);
    const html = await deep.text();
    expect(html).toContain('<div id="root">');
    // Offline: no script, style or font from another host.
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect((await fetch(`${server.url}/app/assets/missing.js`)).status).toBe(404);
    const catalog = await fetch(`${server.url}/catalog`);
    expect(catalog.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('screens "Wagner Group" as an organisation: OFAC 22543 first on the SDN list, with its explanation', async () => {
    const page = await openPage('/app/');
    await page.selectOption('#schema', 'Organization');
    await page.selectOption('#dataset', 'us_ofac_sdn');
    // Keyboard only: type the name and press Enter.
    await page.focus('#name');
    await page.keyboard.type('Wagner Group');
    await page.keyboard.press('Enter');
    const first = page.locator('table.results tbody tr').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity-id')).toBe('ofac-22543');
    expect(await first.locator('.result-name').textContent()).toBe("PRIVATE MILITARY COMPANY 'WAGNER'");
    // The listed name is OFAC's; the alias WAGNER GROUP (alt.csv) is what matched.
    expect(await first.locator('.explanations').textContent()).toContain('+1.00 Alias: "Wagner Group" ~ "WAGNER GROUP": alias matched on wagner group');
    expect(await first.locator('.score-value').textContent()).toBe('1.00');
    expect(await first.locator('.badge-programme').allTextContents()).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(await first.locator('.badge-match').count()).toBe(1);

    // Over every list, the EU, UK and OFAC entries named "Wagner Group" score 1.00, and the
    // "PMC Wagner Centre" (EU, and OFAC 47743 by its alias) 0.83.
    await page.selectOption('#dataset', 'default');
    await page.click('button[type=submit]');
    await page.locator('tr[data-entity-id="gb-RUS1090"]').waitFor();
    expect(await page.locator('tr[data-entity-id="ofac-22543"] .badge-match').count()).toBe(1);
    expect(await page.locator('tr[data-entity-id="eu-32014R0269-I.ENTITIES-216"] .badge-match').count()).toBe(1);
    // Raising the threshold to 0.90 leaves the Centre below it.
    await page.locator('#threshold').fill('0.9');
    expect(await page.locator('tr[data-entity-id="eu-32014R0269-I.ENTITIES-216"].is-below').count()).toBe(1);
    expect(await page.locator('tr[data-entity-id="ofac-47743"].is-below').count()).toBe(1);
    expect(await page.locator('#results-title').textContent()).toBe('5 matches for “Wagner Group”');
    await page.close();
  });

  it('opens OFAC 22543 from the results: its TCO programme, sanction and network graph', async () => {
    const page = await openPage('/app/');
    await page.selectOption('#schema', 'Organization');
    await page.fill('#name', 'Wagner Group');
    await page.click('button[type=submit]');
    await page.click('tr[data-entity-id="ofac-22543"] a.result-name');
    await page.waitForURL(/\/app\/entity\/ofac-22543$/);
    await page.locator('#sanctions table').waitFor();
    const sanction = await page.locator('#sanctions tbody tr').first().textContent();
    expect(sanction).toContain('Office of Foreign Assets Control');
    expect(sanction).toContain('TCO');
    expect(sanction).toContain('Block');
    expect(await page.locator('#sources').textContent()).toContain('us_ofac_sdn');
    // Loaded after the July 2021 list: the 2024 list added the TCO, CAR and RUSSIA-EO14024 programmes,
    // and its aliases of 2026-06 the alias WAGNER GROUP.
    const latest = await page.locator('#timeline > ol > li').first().textContent();
    expect(latest).toMatch(/^\d{4}-\d{2}-\d{2} changed us_ofac_sdn load #2/);
    expect(latest).toContain('alias + WAGNER GROUP');
    expect(latest).toContain('program + TCO, CAR, RUSSIA-EO14024');
    expect(await page.locator('#timeline > ol > li').last().textContent()).toMatch(/added us_ofac_sdn load #1program \+ UKRAINE-EO13660/);

    const graph = page.locator('[data-testid=network-graph]');
    await graph.locator('canvas').first().waitFor();
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(19);
    expect(await page.locator('.network-list').textContent()).toContain('UTKIN, Dmitriy Valeryevich');
    const box = await graph.boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    // A neighbour's link opens that entity.
    await page.click('.network-list a:text("UTKIN, Dmitriy Valeryevich")');
    await page.waitForURL(/\/app\/entity\/ofac-22544$/);
    await page.close();
  });

  it('shows the Wagner Group names grouped by script, the Cyrillic ones apart', async () => {
    const page = await openPage('/app/entity/eu-32014R0269-I.ENTITIES-210');
    const cyrillic = page.locator('[data-script=Cyrillic]');
    await cyrillic.waitFor();
    expect(await cyrillic.locator('li').allTextContents()).toEqual(['Группа Вагнера alias']);
    expect(await page.locator('[data-script=Latin] li').count()).toBe(5);
    expect(await page.locator('#sanctions').textContent()).toContain('EU-UKR');
    await page.close();
  });

  it('lists each source with its version and counts', async () => {
    const page = await openPage('/app/lists');
    const ofac = page.locator('tr[data-source=us_ofac_sdn]');
    await ofac.waitFor();
    await page.locator('#changes li').first().waitFor(); // the changes arrive after the catalog
    // The July 2021 list was loaded first: the May 2024 one added, removed and changed designations.
    expect(await ofac.locator('td').allTextContents()).toEqual([
      'OFAC Specially Designated Nationals (SDN) Listus_ofac_sdn', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '36,584', '14,965',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expect.stringMatching(/^\+6870 −881 ~1368 · \d{4}-\d{2}-\d{2}$/),
    ]);
    expect(await page.locator('#changes li').count()).toBe(25);
    expect(await page.locator('table.lists tbody tr').count()).toBe(6);
    // The server is open (no key yet), so the admin's button is there.
    await page.locator('button:text("Start update"):enabled').waitFor();
    await page.close();
  });

  it('screens an uploaded CSV, shows progress and downloads the results', async () => {
    const page = await openPage('/app/batch', 375);
    const csv = 'customer_id,name,birth_date,country\nC-001,Vladimir Putin,1952-10-07,ru\nC-002,Wagner Group,,\nC-003,Maria Schmidt,1980-01-01,de\nC-004,,,\n';
    await page.setInputFiles('#batch-file', { name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('button[type=submit]');
    const link = page.locator('a[download]');
    await link.waitFor();
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('done');
    expect(await page.locator('[data-status]').textContent()).toContain('4 of 4 rows · 2 with a match · 1 could not be screened');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('customers-results.csv');
    const results = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(results[0]).toMatch(/^row,key,query_name,match,score,match_count,match_1_id/);
    expect(results).toHaveLength(5);
    expect(results[1]).toMatch(/^2,C-001,Vladimir Putin,true,1\.000,/);
    expect(results[3]).toMatch(/^4,C-003,Maria Schmidt,false,/);
    expect(results[4]).toMatch(/^5,C-004,,,,.*no name or identifier to screen$/);
    await page.close();
  });

  it('highlights the mentions of listed parties in a pasted document (when the server has POST /scan)', async (ctx) => {
    const probe = await fetch(`${server.url}/scan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    if (probe.status === 404) ctx.skip();
    const page = await openPage('/app/documents');
    const text = 'We wired the funds to Dmitriy Utkin for a supplier in Crimea.';
    await page.fill('#doc-text', text);
    await page.click('button[type=submit]');
    const party = page.locator('.document mark.mark-party');
    await party.first().waitFor();
    // The highlight sits in place: the paragraph reads as the text sent.
    expect(await page.locator('.document').textContent()).toBe(text);
    expect(await party.allTextContents()).toEqual(['Dmitriy Utkin']);
    expect(await party.getAttribute('data-entity-id')).toBe('ofac-22544');
    expect(await page.locator('.document mark.mark-place').allTextContents()).toEqual(['Crimea']);
    expect(await page.locator('#found').textContent()).toContain('UTKIN, Dmitriy Valeryevich');
    await page.close();
  });

  // Last: once a key exists the server asks for it on every call.
  it('asks for an API key once one exists, and keeps it for the tab only', async () => {
    const created = runCli(['keys', 'create', '--role', 'screener', '--json', '--home', server.home]);
    expect(created.status).toBe(0);
    const { key } = JSON.parse(created.stdout) as { key: string };
    await new Promise((r) => setTimeout(r, 1200)); // the server's key cache lives a second
    const page = await openPage('/app/lists');
    await page.locator('#api-key').waitFor();
    await page.fill('#api-key', 'not-a-key');
    await page.keyboard.press('Enter');
    expect(await page.locator('[role=alert]').textContent()).toBe('invalid API key');
    await page.fill('#api-key', key);
    await page.keyboard.press('Enter');
    await page.locator('table.lists tbody tr').first().waitFor();
    expect(await page.evaluate('sessionStorage.getItem("vigil.apiKey")')).toBe(key);
    expect(await page.evaluate('localStorage.length')).toBe(0);
    // A screener may not start an update.
    await page.locator('text=Starting an update needs an admin API key.').waitFor();
    expect(await page.locator('button:text("Start update")').isDisabled()).toBe(true);
    await page.close();
  });
});
