/**
 * Settings: defaults < `parceltrail.config.json` in the data dir < PARCELTRAIL_* environment
 * variables < command-line flags (applied by each command). Validated with Zod when a command
 * starts; a bad value stops it with a sentence that names the file, the field and the fix.
 *
 * parceltrail.config.json:
 * {
 *   "lang": "es",
 *   "assess": { "actSoonDays": 7, "actNowDays": 3, "learnFromParcels": 5 },
 *   "shippingMethods": [
 *     { "id": "aliexpress-standard", "totalDays": [12, 25],
 *       "stages": { "destination": { "days": [5, 12], "quietDays": [10, 20] } } },
 *     { "id": "my-forwarder", "name": "My Forwarder", "aliases": [], "totalDays": [10, 20],
 *       "tracking": "good", "stages": { ...all five stages... } }
 *   ],
 *   "sources": { "17track": { "key": "…" }, "cainiao": { "baseUrl": "http://127.0.0.1:8765" } }
 * }
 * A method with a known id changes only the fields given; a new id must be complete.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { type AssessSettings, DEFAULT_SETTINGS } from "../domain/assess/types.ts";
import { LANGUAGES, type Language } from "../domain/messages/catalog.ts";
import {
  MethodSchema,
  PROFILED_STAGES,
  SHIPPING_METHODS,
  type ShippingMethod,
  StageProfileSchema,
} from "../domain/order/shipping-methods.ts";
import { ValidationError } from "../orders/validation-error.ts";

export const CONFIG_FILE = "parceltrail.config.json";

export interface Config {
  lang: Language;
  settings: AssessSettings;
  methods: readonly ShippingMethod[];
  /** The config file read, null when there is none. */
  file: string | null;
  /** The file's `sources` section, read by `carriers/source-settings.ts`. */
  sources: Record<string, Record<string, string | boolean>>;
}

const days = z.number().int().min(0).max(365);

const MethodOverrideSchema = MethodSchema.partial().extend({
  id: MethodSchema.shape.id,
  stages: z.partialRecord(z.enum(PROFILED_STAGES), StageProfileSchema.partial()).optional(),
});

const ConfigFileSchema = z
  .object({
    lang: z.enum(LANGUAGES).optional(),
    assess: z
      .object({ actSoonDays: days, actNowDays: days, learnFromParcels: z.number().int().min(1).max(10_000) })
      .partial()
      .strict()
      .optional(),
    shippingMethods: z.array(MethodOverrideSchema).optional(),
    /** Per source: baseUrl, enabled and its credentials (checked by the connector's own schema). */
    sources: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.boolean()]))).optional(),
  })
  .strict();
type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** The data dir the commands use: `--data-dir`, then PARCELTRAIL_DATA_DIR, then ./data. */
export function dataDirOf(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(dataDir ?? env.PARCELTRAIL_DATA_DIR ?? "data");
}

function problemsOf(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => `${where}: ${issue.path.join(".") || "the file"}: ${issue.message}.`);
}

function mergeMethods(overrides: ConfigFile["shippingMethods"], where: string): ShippingMethod[] {
  const methods = SHIPPING_METHODS.map((method) => structuredClone(method));
  const problems: string[] = [];
  for (const [index, override] of (overrides ?? []).entries()) {
    const known = methods.findIndex((method) => method.id === override.id);
    const base = known >= 0 ? methods[known] : undefined;
    const stages: Record<string, unknown> = { ...(base?.stages ?? {}) };
    for (const [stage, profile] of Object.entries(override.stages ?? {})) {
      stages[stage] = { ...(base?.stages[stage as keyof ShippingMethod["stages"]] ?? {}), ...profile };
    }
    const merged = MethodSchema.safeParse({ ...base, ...override, stages });
    if (!merged.success) {
      const hint = base
        ? ""
        : ` (a new method needs id, name, aliases, totalDays, tracking and all of ${PROFILED_STAGES.join(", ")})`;
      problems.push(
        ...problemsOf(merged.error, `${where} shippingMethods.${index}`).map((text) => `${text}${hint}`),
      );
      continue;
    }
    if (known >= 0) methods[known] = merged.data;
    else methods.push(merged.data);
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return methods;
}

function envDays(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d{1,3}$/.test(raw))
    throw new ValidationError([`${name} must be a whole number of days (0 to 365); got "${raw}".`]);
  return Number(raw);
}

export function readLanguage(value: string, where: string): Language {
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  throw new ValidationError([`${where}: unknown language "${value}"; use one of ${LANGUAGES.join(", ")}.`]);
}

export function loadConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): Config {
  const path = join(dataDir, CONFIG_FILE);
  let file: ConfigFile = {};
  const exists = existsSync(path);
  if (exists) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new ValidationError([
        `${path} is not valid JSON (${(error as Error).message}); fix it or remove it.`,
      ]);
    }
    const parsed = ConfigFileSchema.safeParse(json);
    if (!parsed.success) throw new ValidationError(problemsOf(parsed.error, path));
    file = parsed.data;
  }
  const settings: AssessSettings = {
    ...DEFAULT_SETTINGS,
    ...file.assess,
    ...definedOnly({
      actSoonDays: envDays(env, "PARCELTRAIL_ACT_SOON_DAYS"),
      actNowDays: envDays(env, "PARCELTRAIL_ACT_NOW_DAYS"),
    }),
  };
  if (settings.actNowDays > settings.actSoonDays) {
    throw new ValidationError([
      `actNowDays (${settings.actNowDays}) must not be more than actSoonDays (${settings.actSoonDays}); check ${exists ? path : "the PARCELTRAIL_ACT_* variables"}.`,
    ]);
  }
  const lang = env.PARCELTRAIL_LANG?.trim()
    ? readLanguage(env.PARCELTRAIL_LANG, "PARCELTRAIL_LANG")
    : (file.lang ?? "en");
  return {
    lang,
    settings,
    methods: mergeMethods(file.shippingMethods, path),
    file: exists ? path : null,
    sources: file.sources ?? {},
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
