import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeWithCarriers } from "../scripts/readme-carriers.ts";
import { assess } from "../src/domain/assess/assess.ts";
import { readScenario, scenarioInput } from "../src/domain/assess/scenario.ts";
import { DEFAULT_SETTINGS } from "../src/domain/assess/types.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README.md", () => {
  it("lists the carriers the code supports (run `npm run readme:carriers` to refresh it)", () => {
    expect(readme).toBe(readmeWithCarriers(readme));
  });

  it("shows the set-up and test commands", () => {
    for (const command of ["npm install", "npm start", "npm test"]) expect(readme).toContain(command);
  });

  it("documents a scenario file that assess reads", () => {
    const example = /`assess --file SCENARIO\.json` judges[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const read = readScenario(JSON.parse(example ?? "{}"));
    if (!read.ok) throw new Error(read.problems.join("; "));
    const assessment = assess(scenarioInput(read.scenario, DEFAULT_SETTINGS, "en"));
    expect(assessment.playbook.id).toBe("long-silence");
  });
});
