/**
 * `parceltrail classify` and `parceltrail timeline` as a user runs them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLines, run } from "./support/run-cli.ts";

describe("parceltrail classify", () => {
  it("answers one JSON line per input line, in order, with an error line for each bad one", async () => {
    const input = [
      JSON.stringify({ text: "Delivered", code: "DL", carrier: "fedex" }),
      "this is not json",
      JSON.stringify({ text: 42 }),
      "",
      JSON.stringify({ code: "GTMS_SIGNED" }),
      JSON.stringify({ text: "Objeto saiu para entrega ao destinatário", lang: "pt" }),
    ].join("\n");
    const { code, stdout } = await run(["classify", "--json"], `${input}\n`);
    expect(code).toBe(1); // some lines were bad
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ status: "delivered", stage: "done", subStatus: null });
    expect(Object.keys(lines[0] ?? {})).toEqual(["status", "stage", "subStatus", "confidence", "signals"]);
    expect(lines[1]?.error).toMatch(/not a JSON object/);
    expect(lines[2]?.error).toMatch(/field "text"/);
    expect(lines[3]?.error).toMatch(/empty line/);
    expect(lines[4]).toMatchObject({ status: "delivered" });
    expect(lines[5]).toMatchObject({ status: "out_for_delivery" });
  });

  it("classifies a text given on the command line, as a table", async () => {
    const { code, stdout } = await run(["classify", "--code", "EMD", "Arrival at inward office of exchange"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^STATUS\s+STAGE\s+CONF\s+TEXT\n/);
    expect(stdout).toMatch(/arrived_destination\s+destination\s+\d+%\s+Arrival at inward office of exchange/);
  });

  it("streams a large input", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ text: i % 2 ? "In transit" : "Delivered" }),
    );
    const { code, stdout } = await run(["classify", "--json"], `${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const results = jsonLines(stdout);
    expect(results).toHaveLength(20_000);
    expect(results[19_999]).toMatchObject({ status: "in_transit" });
  });
});

describe("parceltrail timeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "parceltrail-timeline-"));
  const file = join(dir, "order.json");
  writeFileSync(
    file,
    JSON.stringify({
      originCountry: "CN",
      destinationCountry: "BR",
      sources: [
        {
          source: "cainiao",
          number: "LP00123456789012",
          fetchedAt: "2025-03-06T00:00:00Z",
          facts: { lastMileNumber: "Latest Tracking Number:\tNL123456785BR", lastMileCarrier: "Correios" },
          events: [
            { time: 1740823200000, text: "Departed from departure country/region", code: "LH_DEPART" },
            {
              time: "2025-03-01 09:00:00 GMT+8",
              text: "Import customs clearance started",
              code: "CC_IM_START",
            },
            { time: "2025-03-05 08:00:00 GMT-3", text: "Out for delivery", code: "GTMS_DO_DEPART" },
          ],
        },
        {
          source: "correios",
          number: "NL123456785BR",
          events: [
            {
              time: "05/03/2025 08:04",
              text: "Objeto saiu para entrega ao destinatário",
              location: "Curitiba / PR",
            },
            { time: "2025-02-30 10:00", text: "Objeto postado" },
          ],
        },
      ],
    }),
  );

  it("prints the merged timeline with the overall status, sources, handoffs and skipped events", async () => {
    const { code, stdout } = await run(["timeline", file, "--now", "2025-03-06T00:00:00Z"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Overall: out_for_delivery \(final_mile\)/);
    expect(stdout).toMatch(/out_for_delivery\s+Out for delivery.*\[cainiao\+correios\]/);
    expect(stdout).toMatch(/Handoff: LP00123456789012 → NL123456785BR \(correios\)/);
    expect(stdout).toMatch(
      /Skipped event 2 of correios for NL123456785BR: time "2025-02-30 10:00" is not a real date/,
    );
  });

  it("prints JSON for machines", async () => {
    const { code, stdout } = await run(["timeline", file, "--json"]);
    expect(code).toBe(0);
    const timeline = JSON.parse(stdout);
    expect(timeline.overall.status).toBe("out_for_delivery");
    expect(timeline.events).toHaveLength(3);
    expect(timeline.numbers.map((n: { number: string }) => n.number)).toEqual([
      "LP00123456789012",
      "NL123456785BR",
    ]);
  });

  it("says what is wrong with a bad file", async () => {
    writeFileSync(join(dir, "bad.json"), '{"sources": [{"source": "x"}]}');
    const bad = await run(["timeline", join(dir, "bad.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not a timeline input: .*number/);
    const missing = await run(["timeline", join(dir, "nope.json")]);
    expect(missing.stderr).toMatch(/nope\.json does not exist/);
    writeFileSync(join(dir, "broken.json"), "{");
    expect((await run(["timeline", join(dir, "broken.json")])).stderr).toMatch(/is not valid JSON/);
  });
});
