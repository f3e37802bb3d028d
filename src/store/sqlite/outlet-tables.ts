// The SQLite side of outlet profiles (part of the SQLite Store).
import type Database from 'better-sqlite3';
import { rowsOf, rowToProfile } from '../rows.js';
import type { OutletStore } from '../store.js';

export function outletTables(db: Database.Database): OutletStore {
  const q = {
    save: db.prepare('INSERT INTO outlet_profiles (name, profile) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET profile = excluded.profile'),
    dropReports: db.prepare('DELETE FROM story_reports'),
    all: db.prepare('SELECT profile FROM outlet_profiles ORDER BY name'),
  };
  const save = db.transaction((profiles: Parameters<OutletStore['saveOutletProfiles']>[0]) => {
    for (const p of profiles) q.save.run(p.name.toLowerCase(), JSON.stringify(p));
    q.dropReports.run();
  });
  return {
    async saveOutletProfiles(profiles) {
      save.immediate(profiles);
    },
    async outletProfiles() {
      return rowsOf(q.all.all()).map(rowToProfile);
    },
  };
}
