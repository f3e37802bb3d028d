import { afterAll, describe, expect, it } from 'vitest';
import { storeContract, writeFor } from '../../../test/store-contract.js';
import { dropPostgresDbs, freshPostgresDb, PG_ADMIN_URL, PG_SKIP_REASON } from '../../../test/postgres.js';
import { TriangulateError } from '../../errors.js';
import { openPostgresStore } from './postgres-store.js';

afterAll(dropPostgresDbs);

if (PG_ADMIN_URL) {
  storeContract('postgres', async () => openPostgresStore(await freshPostgresDb()));

  describe('PostgreSQL specifics', () => {
    it('applies migrations once, keeps data across reopen, and lets two processes open a new archive at once', async () => {
      const url = await freshPostgresDb();
      const [s1, s2] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      await s1.write({ articles: [writeFor('kept.txt', 'A ferry service between the islands resumed on Monday after storm repairs.')], relinks: [] });
      await s1.close();
      expect(await s2.countArticles()).toBe(1);
      await s2.close();
      const s3 = await openPostgresStore(url);
      expect(await s3.countArticles()).toBe(1);
      await s3.close();
    });

    it('finds a title by a near spelling when no word matches exactly (trigram index)', async () => {
      const store = await openPostgresStore(await freshPostgresDb());
      await store.write({ articles: [writeFor('m.txt', 'The mayor opened the new bridge.', { title: 'Mayor Aleksandra Wojcik opens bridge' })], relinks: [] });
      const hits = await store.search('Aleksandra Woitchik', { limit: 5, offset: 0 });
      expect(hits.map((h) => h.source)).toEqual(['m.txt']);
      await store.close();
    });

    it('fails with STORE_FAILED, naming the server without its password, when nothing listens', async () => {
      const err = await openPostgresStore('postgres://someone:secret@127.0.0.1:1/none', { retryForMs: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TriangulateError);
      expect((err as TriangulateError).code).toBe('STORE_FAILED');
      expect((err as Error).message).not.toContain('secret');
    });
  });
} else {
  describe.skip(`PostgreSQL store — ${PG_SKIP_REASON}`, () => {
    it('runs the store contract against PostgreSQL', () => undefined);
  });
}
