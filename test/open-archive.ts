// Child process for concurrency tests: opens the archive named by its argument (running its migrations) and closes it.
import { openStore } from '../src/service/open-store.js';

const store = await openStore(process.argv[2]!);
await store.close();
