/**
 * Each connector's settings: its base URL and its credentials, from `parceltrail.config.json`
 * (`"sources": {"usps": {"clientId": "…", "clientSecret": "…"}}`) or the environment
 * (`PARCELTRAIL_USPS_CLIENT_ID`, `PARCELTRAIL_CAINIAO_BASE_URL`), the environment winning.
 * Credentials are checked with the connector's Zod schema; problems name the setting, never its
 * value, and a credential is never printed, logged or stored.
 */
import { z } from "zod";
import type { AnyConnector } from "./connector.ts";

export interface SourceSettings {
  connector: AnyConnector;
  /** The base URL requests go to: the real API's, or the override. */
  baseUrl: string;
  baseUrlOverridden: boolean;
  /** False when the buyer turned the source off (`"enabled": false`). */
  enabled: boolean;
  /** True when the source can be asked: enabled, and its credentials (if any) are complete and valid. */
  configured: boolean;
  /** The parsed credentials (undefined for sources that need none). */
  credentials: unknown;
  /** What is wrong or missing, as sentences naming the setting and the fix. */
  problems: string[];
}

/** `17track` → `PARCELTRAIL_17TRACK`, `la-poste` → `PARCELTRAIL_LA_POSTE`. */
export function envPrefix(connectorId: string): string {
  return `PARCELTRAIL_${connectorId.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

/** `clientSecret` → `CLIENT_SECRET`. */
function envField(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

export function envName(connectorId: string, field: string): string {
  return `${envPrefix(connectorId)}_${envField(field)}`;
}

/** The credential fields a connector's schema names (an object schema), for env lookup and `sources`. */
export function credentialFields(connector: AnyConnector): string[] {
  const schema = connector.credentials;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const BaseUrlSchema = z.url({ protocol: /^https?$/ });

export type SourcesSection = Record<string, Record<string, unknown>>;

export function sourceSettings(
  connector: AnyConnector,
  section: SourcesSection | undefined,
  env: NodeJS.ProcessEnv = process.env,
): SourceSettings {
  const fromFile = section?.[connector.id] ?? {};
  const problems: string[] = [];
  const where = (field: string) => `sources.${connector.id}.${field} (or ${envName(connector.id, field)})`;

  const overrideUrl = env[envName(connector.id, "baseUrl")] ?? fromFile.baseUrl;
  let baseUrl = connector.baseUrl;
  if (overrideUrl !== undefined && overrideUrl !== "") {
    if (typeof overrideUrl === "string" && BaseUrlSchema.safeParse(overrideUrl).success)
      baseUrl = overrideUrl;
    else problems.push(`${where("baseUrl")} must be an http(s) URL such as http://127.0.0.1:8765.`);
  }
  const enabled = fromFile.enabled !== false && env[envName(connector.id, "enabled")] !== "false";

  let credentials: unknown;
  let credentialsOk = true;
  if (connector.credentials) {
    const raw: Record<string, unknown> = {};
    for (const field of credentialFields(connector)) {
      const value = env[envName(connector.id, field)] ?? fromFile[field];
      if (value !== undefined && value !== "") raw[field] = value;
    }
    const parsed = connector.credentials.safeParse(raw);
    if (parsed.success) credentials = parsed.data;
    else {
      credentialsOk = false;
      const missing = credentialFields(connector).filter((field) => raw[field] === undefined);
      if (missing.length > 0) {
        problems.push(`needs ${missing.map(where).join(" and ")}.`);
      } else {
        for (const issue of parsed.error.issues) {
          // The issue's message, never the value: Zod's messages name types and lengths only.
          problems.push(`${where(issue.path.join(".") || "credentials")}: ${issue.message}.`);
        }
      }
    }
  }
  const urlOk = !problems.some((problem) => problem.includes(".baseUrl"));
  return {
    connector,
    baseUrl,
    baseUrlOverridden: baseUrl !== connector.baseUrl,
    enabled,
    configured: enabled && credentialsOk && urlOk && connector.role !== "passive",
    credentials,
    problems,
  };
}
