import { describe, expect, it } from 'vitest';
import { entityId, type SourceEntity } from '../src/model/index.js';
import { VersionRejectedError, type OwnershipBlock, type Store } from '../src/store/index.js';

/**
 * The behaviour every Store must have (Hono's common.case.test.ts pattern): SQLite runs it now,
 * PostgreSQL will run the same suite.
 */
export function runStoreContract(name: string, newStore: () => Promise<Store>): void {
  const party = (id: string, names: string[], programs: string[]): SourceEntity => ({
    id: entityId(id),
    schema: 'Organization',
    target: true,
    properties: { name: names, program: programs, topics: ['sanction'] },
  });
  const sanction = (id: string, of: string, programs: string[]): SourceEntity => ({
    id: entityId(id),
    schema: 'Sanction',
    target: false,
    properties: { entity: [of], program: programs, authority: ['Test Authority'] },
  });
  const commit = { publishedAt: '2024-05-03', checksum: 'c1', issueCount: 0, issues: [], force: false };

  async function load(store: Store, source: string, entities: SourceEntity[], checksum: string, force = false) {
    const v = await store.beginVersion(source, 'ftm-json', '/tmp/x');
    await store.stage(v, entities);
    return store.commitVersion(v, { ...commit, checksum, force });
  }

  describe(`${name} store contract`, () => {
    it('serves a committed version and its counts', async () => {
      const store = await newStore();
      const version = await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1']), sanction('a-1-s', 'a-1', ['P1'])], 'c1');
      expect(version).toMatchObject({ outcome: 'ok', targetCount: 2, entityCount: 3, added: 3, removed: 0, changed: 0, current: true, initial: true });
      expect(version.countsBySchema).toEqual({ Organization: 2, Sanction: 1 });
      const entity = await store.entity(entityId('a-1'));
      expect(entity).toMatchObject({ id: 'a-1', caption: 'ALPHA', datasets: ['src'], target: true });
      expect((await store.referencing(entityId('a-1'))).map((e) => e.id)).toEqual(['a-1-s']);
      await store.close();
    });

    it('records what changed between versions, per entity', async () => {
      const store = await newStore();
      await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1']), party('a-3', ['GAMMA'], ['P1'])], 'c1');
      const v2 = await load(store, 'src', [party('a-1', ['ALPHA'], ['P1', 'P2']), party('a-2', ['BETA'], ['P1']), party('a-4', ['DELTA'], ['P3'])], 'c2');
      expect(v2).toMatchObject({ added: 1, removed: 1, changed: 1, initial: false });
      const changes = await store.changes({ since: '2000-01-01' });
      expect(changes.map((c) => [c.entityId, c.kind])).toEqual([['a-4', 'added'], ['a-3', 'removed'], ['a-1', 'changed']]);
      expect(changes.find((c) => c.entityId === 'a-1')?.diff).toEqual({ program: { added: ['P2'], removed: [] } });
      expect(changes.find((c) => c.entityId === 'a-3')?.diff).toEqual({
        program: { added: [], removed: ['P1'] },
        topics: { added: [], removed: ['sanction'] },
      });
      expect(await store.entity(entityId('a-3'))).toBeUndefined();
      const history = await store.history(entityId('a-1'));
      expect(history.map((h) => h.kind)).toEqual(['added', 'changed']);
      const a2 = await store.entity(entityId('a-2'));
      expect(a2?.last_change).toBe(a2?.first_seen);
      expect(a2!.last_seen >= a2!.first_seen).toBe(true);
      await store.close();
    });

    it('keeps the previous version when a new one lost more than half of its parties', async () => {
      const store = await newStore();
      await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1']), party('a-3', ['GAMMA'], ['P1'])], 'c1');
      await expect(load(store, 'src', [party('a-1', ['ALPHA'], ['P1'])], 'c2')).rejects.toBeInstanceOf(VersionRejectedError);
      expect(await store.entity(entityId('a-3'))).toBeDefined();
      const [status] = await store.sources();
      expect(status?.current?.checksum).toBe('c1');
      expect(status?.lastFailure?.error).toMatch(/lost more than half/);
      const forced = await load(store, 'src', [party('a-1', ['ALPHA'], ['P1'])], 'c3', true);
      expect(forced).toMatchObject({ outcome: 'ok', removed: 2 });
      await store.close();
    });

    it('keeps the previous version when a failed version is dropped mid-way', async () => {
      const store = await newStore();
      await load(store, 'src', [party('a-1', ['ALPHA'], ['P1'])], 'c1');
      const v = await store.beginVersion('src', 'ftm-json', '/tmp/x');
      await store.stage(v, [party('a-9', ['NINE'], ['P9'])]);
      const failed = await store.failVersion(v, 'src: /tmp/x:3: malformed');
      expect(failed).toMatchObject({ outcome: 'failed', error: 'src: /tmp/x:3: malformed', current: false });
      expect(await store.entity(entityId('a-9'))).toBeUndefined();
      expect(await store.entity(entityId('a-1'))).toBeDefined();
      await store.close();
    });

    it('streams every entity of one snapshot while an update is written meanwhile', async () => {
      const store = await newStore();
      await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1']), party('a-3', ['GAMMA'], ['P1'])], 'c1');
      const seen: string[] = [];
      for await (const entity of store.entities()) {
        seen.push(entity.id);
        // A server's index build yields here; an update must be able to write meanwhile.
        if (seen.length === 1) await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1']), party('a-4', ['DELTA'], ['P1'])], 'c2');
      }
      expect(seen).toEqual(['a-1', 'a-2', 'a-3']);
      const after: string[] = [];
      for await (const entity of store.entities()) after.push(entity.id);
      expect(after).toEqual(['a-1', 'a-2', 'a-4']);
      await store.close();
    });

    it('merges one id listed by two sources into one entity', async () => {
      const store = await newStore();
      await load(store, 's1', [party('x-1', ['ALPHA'], ['P1'])], 'c1');
      await load(store, 's2', [party('x-1', ['ALPHA LTD'], ['Q1'])], 'c2');
      const entity = await store.entity(entityId('x-1'));
      expect(entity?.datasets).toEqual(['s1', 's2']);
      expect(entity?.properties['program']).toEqual(['P1', 'Q1']);
      const all = [];
      for await (const e of store.entities()) all.push(e.id);
      expect(all).toEqual(['x-1']);
      await store.close();
    });

    it('resolves ids merged into an entity, and forgets them with the version that drops them', async () => {
      const store = await newStore();
      await load(store, 'src', [{ ...party('m-1', ['ALPHA'], ['P1']), referents: ['old-1', 'old-2'] }, party('m-2', ['BETA'], ['P1'])], 'c1');
      expect(await store.resolveReferent(entityId('old-2'))).toBe('m-1');
      expect((await store.entity(entityId('m-1')))?.referents).toEqual(['old-1', 'old-2']);
      expect(await store.resolveReferent(entityId('m-2'))).toBeUndefined();
      await load(store, 'src', [party('m-1', ['ALPHA'], ['P1']), party('m-2', ['BETA'], ['P1'])], 'c2');
      expect(await store.resolveReferent(entityId('old-2'))).toBeUndefined();
      await store.close();
    });

    it('applies a delta on top of the current version', async () => {
      const store = await newStore();
      await load(store, 'src', [party('a-1', ['ALPHA'], ['P1']), party('a-2', ['BETA'], ['P1'])], 'c1');
      const v = await store.beginVersion('src', 'ftm-json', '/tmp/delta');
      await store.startFromCurrent(v);
      await store.stage(v, [party('a-3', ['GAMMA'], ['P1'])]);
      await store.stageDelete(v, [entityId('a-2')]);
      const version = await store.commitVersion(v, { ...commit, checksum: 'd1' });
      expect(version).toMatchObject({ added: 1, removed: 1, changed: 0, targetCount: 2 });
      await store.close();
    });

    it('keeps API keys by hash, lists them without it, and revokes them once', async () => {
      const store = await newStore();
      const hashA = 'a'.repeat(64);
      const hashB = 'b'.repeat(64);
      const created = await store.createApiKey({ id: 'key-a', role: 'admin', label: 'ops', keyHash: hashA });
      expect(created).toEqual({ id: 'key-a', role: 'admin', label: 'ops', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), revokedAt: null });
      await store.createApiKey({ id: 'key-b', role: 'screener', label: '', keyHash: hashB });
      await expect(store.createApiKey({ id: 'key-c', role: 'screener', label: '', keyHash: hashA })).rejects.toThrow();
      await expect(store.createApiKey({ id: 'key-a', role: 'screener', label: '', keyHash: 'c'.repeat(64) })).rejects.toThrow();

      const listed = await store.listApiKeys();
      expect(listed.map((k) => [k.id, k.role, k.label])).toEqual([['key-a', 'admin', 'ops'], ['key-b', 'screener', '']]);
      // The hash stays in the store: no listed or found key carries it.
      expect(JSON.stringify(listed)).not.toContain(hashA);
      expect(await store.findApiKeyByHash(hashB)).toMatchObject({ id: 'key-b', role: 'screener', revokedAt: null });
      expect(JSON.stringify(await store.findApiKeyByHash(hashB))).not.toContain(hashB);
      expect(await store.findApiKeyByHash('d'.repeat(64))).toBeUndefined();

      const revoked = await store.revokeApiKey('key-b');
      expect(revoked?.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect((await store.findApiKeyByHash(hashB))?.revokedAt).toBe(revoked?.revokedAt);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect((await store.revokeApiKey('key-b'))?.revokedAt).toBe(revoked?.revokedAt);
      expect(await store.revokeApiKey('key-none')).toBeUndefined();
      expect((await store.findApiKeyByHash(hashA))?.revokedAt).toBeNull();
      await store.close();
    });

    it('records ownership blocks: a baseline first, then each entity newly blocked or cleared as a change', async () => {
      const store = await newStore();
      const company = (id: string, name: string): SourceEntity => ({ id: entityId(id), schema: 'Company', target: false, properties: { name: [name] } });
      const v1 = await load(store, 'own', [party('x-1', ['XRAY'], ['P1']), company('c-1', 'ACME'), company('c-2', 'BETA')], 'c1');
      const block = (id: string, totalPercent: number): OwnershipBlock => ({
        entityId: entityId(id), rule: 'ofac-50-percent', aggregation: 'sum', totalPercent,
        owners: [{ owner: 'x-1', percentage: totalPercent, ownerStatus: 'listed' }], paths: [['x-1', id]],
      });
      expect(await store.ownershipBlocks()).toBeNull();
      expect(await store.recordOwnershipBlocks(v1.id, 'own:1', [block('c-1', 60)])).toEqual({ blocked: 0, cleared: 0 });
      expect(await store.ownershipBlocks()).toMatchObject({ stateKey: 'own:1', blocks: [block('c-1', 60)] });
      expect((await store.changes({ since: '2000-01-01' })).filter((c) => c.kind === 'blocked-by-ownership')).toEqual([]);

      const v2 = await load(store, 'own', [party('x-1', ['XRAY'], ['P1']), company('c-1', 'ACME'), company('c-2', 'BETA'), company('c-3', 'GAMMA')], 'c2');
      expect(await store.recordOwnershipBlocks(v2.id, 'own:2', [block('c-2', 50), block('c-1', 70)])).toEqual({ blocked: 1, cleared: 0 });
      const v3 = await load(store, 'own', [party('x-1', ['XRAY'], ['P1']), company('c-2', 'BETA'), company('c-3', 'GAMMA')], 'c3');
      expect(await store.recordOwnershipBlocks(v3.id, 'own:3', [block('c-2', 50)])).toEqual({ blocked: 0, cleared: 1 });

      const derived = (await store.changes({ since: '2000-01-01' })).filter((c) => c.kind === 'blocked-by-ownership');
      expect(derived.map((c) => [c.entityId, c.caption, c.versionId, c.diff])).toEqual([
        ['c-2', 'BETA', v2.id, { 'ofac-50-percent': { added: ['50% (x-1 > c-2)'], removed: [] } }],
        // c-1 was removed from the source: its caption comes from the last recorded block (70%).
        ['c-1', 'ACME', v3.id, { 'ofac-50-percent': { added: [], removed: ['70% (x-1 > c-1)'] } }],
      ]);
      expect((await store.history(entityId('c-2'))).map((c) => c.kind)).toEqual(['added', 'blocked-by-ownership']);
      expect((await store.ownershipBlocks())?.blocks).toEqual([block('c-2', 50)]);
      await store.close();
    });
  });
}
