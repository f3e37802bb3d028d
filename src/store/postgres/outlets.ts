// The PostgreSQL side of outlet profiles (part of the PostgreSQL Store).
import { rowToProfile } from '../rows.js';
import type { OutletStore } from '../store.js';
import type { Query, Transaction } from './connection.js';

export function outletTables(query: Query, transaction: Transaction): OutletStore {
  return {
    async saveOutletProfiles(all) {
      // One row per name (the last profile given wins), as one statement may not write a row twice.
      const profiles = [...new Map(all.map((p) => [p.name.toLowerCase(), p])).values()];
      await transaction(async (q) => {
        await q(
          `INSERT INTO outlet_profiles (name, profile) SELECT * FROM unnest($1::text[], $2::jsonb[])
           ON CONFLICT (name) DO UPDATE SET profile = excluded.profile`,
          [profiles.map((p) => p.name.toLowerCase()), profiles.map((p) => JSON.stringify(p))],
        );
        await q('DELETE FROM story_reports');
      });
    },
    async outletProfiles() {
      return (await query('SELECT profile FROM outlet_profiles ORDER BY name')).map(rowToProfile);
    },
  };
}
