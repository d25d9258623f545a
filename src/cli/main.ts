#!/usr/bin/env node
/**
 * The `parceltrail` command. Each subcommand lives in commands/; this file wires them up and is
 * the one place that turns an unexpected error into a single sentence and an exit status.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { ValidationError } from "../orders/validation-error.ts";
import { StoreError } from "../store/store-error.ts";
import { registerAdd } from "./commands/add.ts";
import { registerArchive } from "./commands/archive.ts";
import { registerAssess } from "./commands/assess.ts";
import { registerBackup } from "./commands/backup.ts";
import { registerClassify } from "./commands/classify.ts";
import { registerDetect } from "./commands/detect.ts";
import { registerEdit } from "./commands/edit.ts";
import { registerEvidence } from "./commands/evidence.ts";
import { registerExport } from "./commands/export.ts";
import { registerImport } from "./commands/import.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerList } from "./commands/list.ts";
import { registerMessage } from "./commands/message.ts";
import { registerMethods } from "./commands/methods.ts";
import { registerPaste } from "./commands/paste.ts";
import { registerRemove } from "./commands/remove.ts";
import { registerReport } from "./commands/report.ts";
import { registerShow } from "./commands/show.ts";
import { registerSources } from "./commands/sources.ts";
import { registerSync } from "./commands/sync.ts";
import { registerTimeline } from "./commands/timeline.ts";
import { registerWebhooks } from "./commands/webhooks.ts";
import { dataDirOption } from "./context.ts";
import { UsageError } from "./usage-error.ts";

function packageVersion(): string {
  // Two levels up from both src/cli/main.ts and the built dist/cli/main.js.
  const raw = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(raw) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command("parceltrail")
    .description("Track every parcel of every marketplace order in one place.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run parceltrail --help for usage)");
  dataDirOption(program);
  registerAdd(program);
  registerList(program);
  registerShow(program);
  registerEdit(program);
  registerArchive(program);
  registerRemove(program);
  registerPaste(program);
  registerSync(program);
  registerWebhooks(program);
  registerSources(program);
  registerReport(program);
  registerAssess(program);
  registerMessage(program);
  registerEvidence(program);
  registerImport(program);
  registerExport(program);
  registerIngest(program);
  registerBackup(program);
  registerMethods(program);
  registerDetect(program);
  registerClassify(program);
  registerTimeline(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // commander has printed why
    if (error instanceof UsageError) {
      process.stderr.write(`parceltrail: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ValidationError && error.problems.length > 1) {
      for (const problem of error.problems) process.stderr.write(`  ${problem}\n`);
      process.stderr.write(`parceltrail: ${error.problems.length} problems, nothing was stored.\n`);
      return 1;
    }
    if (error instanceof ValidationError || error instanceof StoreError) {
      process.stderr.write(`parceltrail: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parceltrail: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
