/**
 * The `parceltrail` command as a user runs it: a real process, real stdin and stdout.
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { built, jsonLines, root, run, source } from "./support/run-cli.ts";

describe("parceltrail detect", () => {
  it("shows Royal Mail with a valid check digit for RB123456785GB", async () => {
    const { code, stdout } = await run(["detect", "RB123456785GB"]);
    expect(code).toBe(0);
    const [header, row] = stdout.trim().split("\n");
    expect(header).toMatch(/^NUMBER\s+CARRIER\s+COUNTRY\s+CHECK DIGIT\s+CONFIDENCE\s+TRACKING PAGE$/);
    expect(row).toMatch(
      /^RB123456785GB\s+Royal Mail .*\s+GB\s+valid\s+97%\s+https:\/\/www\.royalmail\.com\//,
    );
  });

  it("prints one JSON object a line, in input order, in the documented shape", async () => {
    const { code, stdout } = await run(["detect", "--json", "lp 0012 3456 7890 12", "RB123456785GB", "nope"]);
    expect(code).toBe(1); // one input matched no carrier
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.input)).toEqual(["lp 0012 3456 7890 12", "RB123456785GB", "nope"]);
    expect(lines[0]).toMatchObject({
      normalized: "LP00123456789012",
      changes: ["removed-spaces", "upper-cased"],
      problem: null,
    });
    const candidate = ((lines[0]?.candidates ?? []) as Array<Record<string, unknown>>)[0];
    expect(Object.keys(candidate ?? {})).toEqual(
      expect.arrayContaining([
        "carrier",
        "name",
        "kind",
        "country",
        "service",
        "confidence",
        "checksum",
        "trackingUrl",
      ]),
    );
    expect(candidate).toMatchObject({ carrier: "cainiao", kind: "consolidator", checksum: "none" });
    expect(lines[2]).toMatchObject({ candidates: [], problem: expect.stringMatching(/Too short/) });
  });

  it("reads one number a line from stdin, skipping blank lines", async () => {
    const { code, stdout } = await run(["detect", "--json"], "RB123456785GB\r\n\n4PX3060123456785CN\n");
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((l) => l.normalized)).toEqual(["RB123456785GB", "4PX3060123456785CN"]);
  });

  it("streams 100,000 lines through, one result per line, in order", async () => {
    const numbers = ["RB123456785GB", "LP00123456789012", "1Z5R89390357567127", "60120172242323", "junk"];
    const input = Array.from({ length: 100_000 }, (_, i) => numbers[i % numbers.length]).join("\n");
    const { code, stdout } = await run(["detect", "--json"], input);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(100_000);
    expect(JSON.parse(lines[99_999] ?? "{}").input).toBe("junk");
    expect(JSON.parse(lines[50_001] ?? "{}").normalized).toBe("LP00123456789012");
  });

  it("answers each line as it arrives, before the input ends", async () => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [source, "detect", "--json"], {
      cwd: root,
    });
    child.stdin.write("RB123456785GB\n");
    const [first] = (await once(child.stdout, "data")) as [Buffer];
    expect(JSON.parse(first.toString("utf8")).normalized).toBe("RB123456785GB");
    child.stdin.end();
    await once(child, "close");
  });

  it("finds the numbers in a text with --in-text, line and column included", async () => {
    const mail =
      "Dear buyer,\nyour order 8123456789012345 shipped.\nTrack it: LP00123456789012 or RB 123 456 785 GB.\n";
    const { code, stdout } = await run(["detect", "--in-text", "--json"], mail);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((l) => [l.line, l.column, l.normalized])).toEqual([
      [3, 11, "LP00123456789012"],
      [3, 31, "RB123456785GB"],
    ]);
  });

  it("says so when a text has no tracking number", async () => {
    const { code, stdout } = await run(["detect", "--in-text"], "Thanks for your order 8123456789012345!\n");
    expect(code).toBe(1);
    expect(stdout).toMatch(/No tracking numbers found/);
  });

  it("rejects an unknown option with a clear message", async () => {
    const { code, stderr } = await run(["detect", "--jsn", "RB123456785GB"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown option '--jsn'/);
  });
});

describe("parceltrail", () => {
  it("prints its help and succeeds when run with no command (npm start)", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: parceltrail/);
    expect(stdout).toMatch(/detect/);
  });

  describe("as built for npx", () => {
    beforeAll(() => {
      execFileSync(
        process.execPath,
        [
          fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)),
          "-p",
          "tsconfig.build.json",
        ],
        { cwd: root },
      );
    }, 60_000);

    it("runs the compiled command", async () => {
      const { code, stdout } = await run(["detect", "RB123456785GB"], undefined, built);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Royal Mail/);
    });
  });
});
