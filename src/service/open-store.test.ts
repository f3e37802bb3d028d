import { describe, expect, it } from 'vitest';
import { describeDb, isPostgresUrl, openStore } from './open-store.js';

describe('openStore', () => {
  it('chooses the backend by the --db value and refuses unknown schemes with the supported ones', async () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true);
    expect(isPostgresUrl('./archive.db')).toBe(false);
    await expect(openStore('mysql://h/db')).rejects.toThrow(/supported: a SQLite file path, file:\/\/… or postgres:\/\//);
    const memory = await openStore(':memory:');
    expect(memory.backend).toBe('sqlite');
    await memory.close();
  });

  it('never shows a password when it names the archive', () => {
    expect(describeDb('postgres://editor:s3cret@db.internal:5432/news')).toBe('postgres://editor:***@db.internal:5432/news');
    expect(describeDb('postgres://db.internal/news')).toBe('postgres://db.internal/news');
    expect(describeDb('./archive.db')).toBe('./archive.db');
  });
});
