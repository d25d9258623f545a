/**
 * Cainiao's global detail.json answer, read without I/O: the envelope (blocked, malformed, or a
 * list of modules), then each module into events and facts. The endpoint is unofficial, so every
 * field is narrowed by hand and anything unexpected is skipped, never thrown on.
 */

import { factsFromCainiao } from "../../domain/timeline/handoffs.ts";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FailureReason, TrackFacts } from "../connector.ts";
import { isObj, type Obj, obj, str } from "../lenient.ts";
import { cainiaoEpoch, cainiaoFallbackTime } from "./time.ts";

/** Numbers as the store keeps them (upper case, no spaces), so modules match what was asked. */
export const normalizeMailNo = (value: string): string => value.trim().toUpperCase().replace(/[\s-]/g, "");

/** The marks of Alibaba's anti-robot wall (mtop `ret` codes, the x5sec "punish" page, captchas). */
const BLOCK_MARKS = /FAIL_SYS_USER_VALIDATE|RGV587|captcha|punish|x5sec|_____tmd_____|baxia/i;

export type CainiaoEnvelope =
  | { ok: true; modules: Map<string, Obj> }
  | { ok: false; reason: Extract<FailureReason, "blocked" | "bad_response">; message: string };

/** The fields of an error answer that say why, joined for matching (never the whole body). */
function errorSignals(body: Obj): string {
  const data = obj(body.data);
  const parts = [
    body.ret,
    body.errorCode,
    body.errorMsg,
    body.message,
    body.msg,
    body.rgv587_flag,
    body.url,
    data.url,
    data.punish,
  ];
  return parts
    .flat()
    .filter((part) => typeof part === "string" || typeof part === "number")
    .join(" ");
}

/**
 * The envelope `{module: [...], success: true}`, or why it is not one. A throttled Cainiao
 * answers 200 with an mtop error (`ret: ["FAIL_SYS_USER_VALIDATE", "RGV587_ERROR::SM::..."]`) or
 * `{"rgv587_flag":"sm","url":".../punish..."}`: that is `blocked`, never "no events".
 */
export function readCainiaoEnvelope(body: unknown): CainiaoEnvelope {
  if (!isObj(body))
    return { ok: false, reason: "bad_response", message: "Cainiao's answer is not an object" };
  const signals = errorSignals(body);
  const hasModules = Array.isArray(body.module);
  if (BLOCK_MARKS.test(signals) && !(hasModules && body.success === true)) {
    return {
      ok: false,
      reason: "blocked",
      message: "Cainiao asked for a human check (anti-robot wall); lookups pause until it lifts",
    };
  }
  if (body.success === false) {
    const why = str(body.errorCode) ?? str(body.errorMsg) ?? str(body.message) ?? "no reason given";
    return {
      ok: false,
      reason: "bad_response",
      message: `Cainiao answered success: false (${why.slice(0, 80)})`,
    };
  }
  if (!hasModules)
    return { ok: false, reason: "bad_response", message: "Cainiao's answer has no module list" };
  const modules = new Map<string, Obj>();
  for (const entry of body.module as unknown[]) {
    if (!isObj(entry)) continue;
    const mailNo = str(entry.mailNo);
    // The first module of a number wins; a repeat adds nothing we could trust more.
    if (mailNo && !modules.has(normalizeMailNo(mailNo))) modules.set(normalizeMailNo(mailNo), entry);
  }
  return { ok: true, modules };
}

/** A language tag's primary subtag ("pt-BR" -> "pt"), for the classifier's language bonus. */
const primaryLanguage = (lang: string | null): string | null => lang?.split(/[-_]/)[0]?.toLowerCase() || null;

/** Chinese characters: Cainiao passes some Chinese carriers' texts through untranslated. */
const HAN = /\p{Script=Han}/u;

/** Fields a place might come in (none seen in real payloads so far, but cheap to honour). */
const PLACE_FIELDS = ["location", "address", "city", "siteName", "facilityName"] as const;

/** The place of an event: a place field, else the "[Fenggang Town] ..." prefix Cainiao writes. */
function placeOf(item: Obj): string | null {
  for (const field of PLACE_FIELDS) {
    const value = str(item[field]);
    if (value) return value;
  }
  for (const field of ["standerdDesc", "desc"]) {
    const bracket = /^\s*\[([^\]]{2,60})\]/.exec(str(item[field]) ?? "");
    if (bracket?.[1]?.trim()) return bracket[1].trim();
  }
  return null;
}

/**
 * One `detailList` item as a source event, or null when it has no time at all. The text is the
 * carrier's own `desc` (what the buyer would see on the carrier's page); Cainiao's translated
 * `standerdDesc` stands in only when `desc` is empty.
 */
export function parseCainiaoEvent(item: unknown, requestedLang: string | null = null): SourceEvent | null {
  if (!isObj(item)) return null;
  const time = cainiaoEpoch(item.time) ?? cainiaoFallbackTime(item.timeStr, item.timeZone);
  if (time === null) return null;
  const desc = str(item.desc);
  const eventText = desc ?? str(item.standerdDesc) ?? "";
  const group = obj(item.group);
  const code = str(item.actionCode) ?? str(group.nodeCode);
  const lang = HAN.test(eventText)
    ? "zh"
    : desc === null && eventText !== ""
      ? primaryLanguage(requestedLang)
      : null;
  return { time, text: eventText, code, location: placeOf(item), lang };
}

/** Statuses after which Cainiao's answer no longer changes. */
const FINAL_STATUSES = new Set(["DELIVERED", "SIGN", "RETURN"]);

/** Cainiao's delivery estimate as ISO times (min often equals max: a point estimate). */
export function etaOf(module: Obj): TrackFacts["eta"] {
  const info = isObj(module.globalEtaInfo) ? module.globalEtaInfo : null;
  if (!info) return null;
  const min = cainiaoEpoch(info.deliveryMinTime);
  const max = cainiaoEpoch(info.deliveryMaxTime);
  const from = min ?? max;
  const to = max ?? min;
  if (from === null || to === null) return null;
  const [early, late] = from <= to ? [from, to] : [to, from];
  return { from: new Date(early).toISOString(), to: new Date(late).toISOString() };
}

export type CainiaoModuleResult =
  | {
      outcome: "found";
      events: SourceEvent[];
      facts: TrackFacts;
      final: boolean;
      /** Items dropped because they had no time at all. */
      skipped: number;
    }
  | { outcome: "not_found"; message: string };

/**
 * One module. A module with no events is still "found" when Cainiao knows something about the
 * number (a status such as SELLER_PREPARING, a last-mile handoff, an estimate): those facts are
 * worth keeping. The placeholder Cainiao returns for a number it does not know,
 * `{mailNo, mailNoSource: "EXTERNAL", detailList: []}`, is not found.
 */
export function parseCainiaoModule(
  module: unknown,
  requestedLang: string | null = null,
): CainiaoModuleResult {
  if (!isObj(module) || !str(module.mailNo)) {
    return { outcome: "not_found", message: "Cainiao has no record of this number" };
  }
  const items = Array.isArray(module.detailList) ? module.detailList : [];
  const events: SourceEvent[] = [];
  let skipped = 0;
  for (const item of items) {
    const event = parseCainiaoEvent(item, requestedLang);
    if (event) events.push(event);
    else skipped++;
  }
  // An answer that has only the latest trace (detailList cut or missing) still has that event.
  const latest = parseCainiaoEvent(
    module.latestTrace ?? module.globalCombinedLogisticsTraceDTO,
    requestedLang,
  );
  if (latest && !events.some((event) => event.time === latest.time && event.code === latest.code))
    events.push(latest);
  const facts: TrackFacts = { ...factsFromCainiao(module), eta: etaOf(module) };
  const status = str(module.status)?.toUpperCase() ?? null;
  const knowsSomething =
    events.length > 0 ||
    status !== null ||
    Boolean(facts.lastMileNumber || facts.lastMileCarrier || facts.eta);
  if (!knowsSomething) {
    return {
      outcome: "not_found",
      message: str(module.noTrackingDataDesc) ?? "Cainiao has no tracking data for this number yet",
    };
  }
  return { outcome: "found", events, facts, final: status !== null && FINAL_STATUSES.has(status), skipped };
}
