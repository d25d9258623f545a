import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import {
  LA_POSTE_REPORT_CARRIER,
  type LaPosteParsed,
  languageOf,
  parseLaPosteAnswer,
  saysNumberUnknown,
} from "./parse.ts";

const published = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/carrier-samples/laposte/${name}`, import.meta.url), "utf8"),
  );
const selfMade = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

function found(parsed: LaPosteParsed) {
  if (parsed.kind !== "found")
    throw new Error(`expected found, got ${parsed.kind}: ${JSON.stringify(parsed)}`);
  return parsed;
}

describe("parseLaPosteAnswer on Karrio's sample list (each element is one answer)", () => {
  const list = published("karrio-idships-response-list.json");

  it("is a list of answer objects, and the list itself is not an answer", () => {
    expect(Array.isArray(list)).toBe(true);
    expect(parseLaPosteAnswer(list).kind).toBe("invalid");
  });

  const elements = Array.isArray(list) ? list : [];
  it.each(elements.map((element, index) => [index, element] as const))("element %i parses", (_, element) => {
    const parsed = found(parseLaPosteAnswer(element));
    expect(parsed.reports).toHaveLength(1);
    expect(parsed.reports[0]?.carrier).toBe(LA_POSTE_REPORT_CARRIER);
  });

  const parsed = found(parseLaPosteAnswer(elements[0]));
  const events = parsed.reports[0]?.events ?? [];

  it("reads the nine events newest first, with code, label and offset date", () => {
    expect(events).toHaveLength(9);
    expect(events[0]).toEqual({
      time: "2023-03-09T09:38:00+01:00",
      text: "Votre colis est livré.",
      code: "DI1",
      location: null,
      lang: "fr",
    });
    expect(events[8]).toEqual({
      time: "2023-02-17T14:41:00+01:00",
      text: "Votre Colissimo va bientôt nous être confié ! Il est en cours de préparation chez votre expéditeur.",
      code: "DR1",
      location: null,
      lang: "fr",
    });
    expect(parsed.reports[0]?.lang).toBe("fr");
  });

  it("takes countries and estimDate as facts, isFinal as final", () => {
    expect(parsed.facts).toEqual({
      originCountry: "FR",
      destinationCountry: "BR",
      eta: { from: "2023-03-09T09:38:00+01:00", to: "2023-03-09T09:38:00+01:00" },
    });
    expect(parsed.final).toBe(true);
  });

  it("classifies the Okapi codes through the La Poste table", () => {
    const statuses = events.map(
      (event) =>
        classifyEvent({ text: event.text, code: event.code, carrier: LA_POSTE_REPORT_CARRIER }).status,
    );
    expect(statuses[0]).toBe("delivered");
    expect(statuses[3]).toBe("arrived_destination");
    expect(statuses[7]).toBe("accepted");
    expect(statuses[8]).toBe("info_received");
  });
});

describe("parseLaPosteAnswer on error answers", () => {
  it("reads the published 400 'number not valid' body as not found", () => {
    const parsed = parseLaPosteAnswer(published("karrio-idships-400.json"));
    expect(parsed.kind).toBe("not_found");
    if (parsed.kind === "not_found") expect(parsed.message).toMatch(/^Le numéro que vous avez saisi/);
  });

  it("reads a 404 'unknown number' body as not found (self-made)", () => {
    expect(parseLaPosteAnswer(selfMade("not-found-404.json"))).toEqual({
      kind: "not_found",
      message: "Numéro de suivi inconnu. Vérifiez votre saisie.",
    });
  });

  it("reads a 400 about something else as invalid, with La Poste's words", () => {
    const parsed = parseLaPosteAnswer({ returnCode: 400, returnMessage: "Le paramètre lang est invalide." });
    expect(parsed).toEqual({
      kind: "invalid",
      message: "La Poste answered returnCode 400: Le paramètre lang est invalide.",
    });
    expect(parseLaPosteAnswer({ returnCode: 500 }).kind).toBe("invalid");
    expect(parseLaPosteAnswer({ returnCode: 404 }).kind).toBe("invalid");
  });

  it("tells number messages from other ones, in French and English", () => {
    expect(saysNumberUnknown(404, "Not Found")).toBe(true);
    expect(saysNumberUnknown(400, "The tracking number is invalid")).toBe(true);
    expect(saysNumberUnknown(400, "Aucun envoi ne correspond à ce numéro")).toBe(true);
    expect(saysNumberUnknown(400, "Invalid lang parameter")).toBe(false);
    expect(saysNumberUnknown(400, null)).toBe(false);
  });
});

describe("parseLaPosteAnswer on self-made and odd bodies", () => {
  it("keeps unknown codes with their text and drops events without a date", () => {
    const parsed = found(parseLaPosteAnswer(selfMade("in-transit-en.json")));
    const events = parsed.reports[0]?.events ?? [];
    expect(events.map((event) => event.code)).toEqual(["DO1", "ZZ9", "PC1"]);
    expect(events[1]?.text).toBe("A code La Poste may add later, kept with its text.");
    expect(events.every((event) => event.lang === "en")).toBe(true);
    expect(parsed.facts).toEqual({ originCountry: "FR", destinationCountry: "IL", eta: null });
    expect(parsed.final).toBe(false);
    expect(classifyEvent({ text: events[0]?.text, code: events[0]?.code, carrier: "la-poste" }).status).toBe(
      "customs",
    );
  });

  it("falls back to the language asked when the body does not say", () => {
    const parsed = found(
      parseLaPosteAnswer({ shipment: { event: [{ code: "DI1", date: "2024-01-01T10:00:00+01:00" }] } }, "en"),
    );
    expect(parsed.reports[0]?.events).toEqual([
      { time: "2024-01-01T10:00:00+01:00", text: "", code: "DI1", location: null, lang: "en" },
    ]);
    expect(parsed.final).toBe(false);
  });

  it("reads a success without a shipment, and non-objects, as invalid", () => {
    expect(parseLaPosteAnswer({ returnCode: 200 }).kind).toBe("invalid");
    expect(parseLaPosteAnswer({ returnCode: 200, shipment: "x" }).kind).toBe("invalid");
    expect(parseLaPosteAnswer(null).kind).toBe("invalid");
    expect(parseLaPosteAnswer("hello").kind).toBe("invalid");
  });

  it("never crashes on wrong leaf types", () => {
    const parsed = found(
      parseLaPosteAnswer({
        returnCode: "200",
        lang: 3,
        shipment: {
          isFinal: "yes",
          contextData: [],
          estimDate: 5,
          event: [7, { date: "2024-01-01", label: 1 }],
        },
      }),
    );
    expect(parsed.reports[0]?.events).toEqual([
      { time: "2024-01-01", text: "", code: null, location: null, lang: null },
    ]);
    expect(parsed.facts).toEqual({ originCountry: null, destinationCountry: null, eta: null });
    expect(parsed.final).toBe(false);
  });

  it("maps Okapi languages to ISO 639-1", () => {
    expect(languageOf("fr_FR")).toBe("fr");
    expect(languageOf("en_GB")).toBe("en");
    expect(languageOf("")).toBeNull();
    expect(languageOf(null)).toBeNull();
  });
});
