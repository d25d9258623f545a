/**
 * `parceltrail backup FILE` (an online, consistent copy of the database) and
 * `parceltrail restore FILE` (checks the file, keeps the current database aside, restores).
 */
import { join } from "node:path";
import type { Command } from "commander";
import { backupDatabase, checkBackup, restoreDatabase } from "../../store/backup.ts";
import { storeLocation } from "../../store/open-store.ts";
import { Store } from "../../store/store.ts";
import { currentTime, withStore } from "../context.ts";
import { count } from "../format.ts";
import { progressBar } from "../progress.ts";
import { UsageError } from "../usage-error.ts";

function summary(counts: { orders: number; numbers: number; events: number }): string {
  return `${count(counts.orders, "order")}, ${count(counts.numbers, "number")} and ${count(counts.events, "event")}`;
}

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description("write a consistent copy of the database to FILE (safe while ParcelTrail runs)")
    .argument("<file>", "the backup file to create")
    .option("--force", "overwrite FILE if it exists")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { force?: boolean; json?: boolean }, command: Command) => {
      const bar = progressBar("Backing up", options);
      await withStore(command, (store) =>
        backupDatabase(store, file, { force: options.force, progress: bar.update }),
      );
      bar.stop();
      const counts = checkBackup(file);
      if (options.json) process.stdout.write(`${JSON.stringify({ file, ...counts })}\n`);
      else process.stdout.write(`Backed up ${summary(counts)} to ${file}.\n`);
    });

  program
    .command("restore")
    .description("replace the database with a backup (the current one is kept beside it)")
    .argument("<file>", "a file made by parceltrail backup")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const location = storeLocation({ dataDir });
      if (location.dialect !== "sqlite") {
        throw new UsageError(
          "restore replaces the SQLite database; for PostgreSQL use pg_restore on the server.",
        );
      }
      const counts = checkBackup(file);
      // Opening first makes sure the data dir and a database exist to restore into.
      await (await Store.open(location)).close();
      const keepAs = join(
        location.path,
        `../parceltrail.before-restore-${currentTime().replace(/[:.]/g, "-")}.db`,
      );
      const bar = progressBar("Restoring", options);
      await restoreDatabase(file, location.path, keepAs, bar.update);
      bar.stop();
      // Brings an older backup's schema up to date.
      await (await Store.open(location)).close();
      if (options.json)
        process.stdout.write(`${JSON.stringify({ restored: file, keptPrevious: keepAs, ...counts })}\n`);
      else {
        process.stdout.write(
          `Restored ${summary(counts)} from ${file}.\nThe database it replaced is kept as ${keepAs}.\n`,
        );
      }
    });
}
