import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeWithCarriers } from "../scripts/readme-carriers.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README.md", () => {
  it("lists the carriers the code supports (run `npm run readme:carriers` to refresh it)", () => {
    expect(readme).toBe(readmeWithCarriers(readme));
  });

  it("shows the set-up and test commands", () => {
    for (const command of ["npm install", "npm start", "npm test"]) expect(readme).toContain(command);
  });
});
