// `triangulate outlets` and `outlets import <file>`: the user's outlet profiles (lean, country, owner), shown on story pages.
import type { Command } from 'commander';
import { openStore } from '../../service/open-store.js';
import { importOutletProfiles, listOutletProfiles } from '../../service/outlets.js';
import type { GlobalOptions } from '../options.js';
import { err, out, plural, printJson } from '../output.js';

export function registerOutlets(program: Command): void {
  const outlets = program
    .command('outlets')
    .description("list the outlet profiles in the archive (lean, country, owner; yours: Triangulate ships none)")
    .action(async (_opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db, { mustExist: true });
      try {
        const profiles = await listOutletProfiles(store);
        if (global.json) return printJson(profiles);
        if (profiles.length === 0) return out('no outlet profiles yet (triangulate outlets import profiles.csv; see docs/outlet-profiles.md)\n');
        for (const p of profiles) {
          const facts = [p.lean && `lean ${p.lean}`, p.country, p.owner && `owned by ${p.owner}`, p.domains.length ? p.domains.join(' ') : ''].filter(Boolean).join(' · ');
          out(`${p.name}${facts ? `  ${facts}` : ''}\n`);
        }
        out(`${plural(profiles.length, 'profile')}\n`);
      } finally {
        await store.close();
      }
    });

  outlets
    .command('import')
    .description('add outlet profiles from a CSV (name,domains,country,owner,lean,notes) or JSON file; a profile of the same name is replaced')
    .argument('<file>', 'profiles.csv or profiles.json')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const store = await openStore(global.db);
      try {
        const { imported, problems } = await importOutletProfiles(store, file);
        if (global.json) printJson({ imported, problems });
        else {
          for (const p of problems) err(`skipped ${file} row ${p.row}: ${p.reason}\n`);
          out(`${plural(imported, 'profile')} imported${problems.length ? `, ${plural(problems.length, 'row')} skipped` : ''}\n`);
        }
        process.exitCode = problems.length ? 1 : 0;
      } finally {
        await store.close();
      }
    });
}
