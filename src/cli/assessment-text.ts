/**
 * The assessment as a terminal shows it: the verdict first, then why, the dates that matter,
 * the checklist, the ready messages and (when due) the dispute text, then the evidence list.
 */
import type { Assessment } from "../domain/assess/types.ts";
import { catalogFor } from "../domain/messages/index.ts";
import { toolsFor } from "../domain/messages/tools.ts";
import { printable } from "./context.ts";

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

/** "Why:"; French puts a no-break space before the colon. */
function label(word: string, language: string): string {
  return language === "fr" ? `${word}\u00a0:` : `${word}:`;
}

export function assessmentText(assessment: Assessment, heading: string): string {
  const catalog = catalogFor(assessment.lang);
  const colon = (word: string) => label(word, catalog.language);
  const tools = toolsFor(catalog.language);
  const { words } = catalog;
  const lines: string[] = [heading];
  lines.push(
    `${catalog.verdicts[assessment.verdict].toUpperCase()}: ${catalog.playbookTitles[assessment.playbook.id]}` +
      (assessment.stage ? ` (${catalog.stages[assessment.stage]})` : ""),
  );
  lines.push(`${colon(words.why)}`);
  for (const reason of assessment.reasons) lines.push(`  - ${printable(reason.text)}`);
  const { protection, eta } = assessment;
  if (protection) {
    const left = protection.daysLeft >= 0 ? ` · ${colon(words.daysLeft)} ${protection.daysLeft}` : "";
    lines.push(
      `${colon(words.protectionEnds)} ${tools.date(protection.endsAt.slice(0, 10))}${protection.estimated ? ` (${words.estimated})` : ""}${left}`,
    );
  }
  if (eta) {
    lines.push(
      `${colon(words.expectedDelivery)} ${eta.from === eta.to ? tools.date(eta.from) : `${tools.date(eta.from)} – ${tools.date(eta.to)}`}`,
    );
  }
  if (assessment.nextCheckAt) {
    const when = new Intl.DateTimeFormat(catalog.language, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
    });
    lines.push(`${colon(words.nextCheck)} ${when.format(Date.parse(assessment.nextCheckAt))} UTC`);
  }
  const { playbook } = assessment;
  if (playbook.steps.length > 0) {
    lines.push("", `${colon(words.checklist)}`);
    playbook.steps.forEach((step, index) => {
      lines.push(`  ${index + 1}. ${printable(step)}`);
    });
  }
  for (const message of playbook.messages) {
    const to = message.kind === "carrier-delivery-query" ? words.messageToCarrier : words.messageToSeller;
    lines.push(
      "",
      `${to} (parceltrail message … --kind ${message.kind})${catalog.language === "fr" ? "\u00a0:" : ":"}`,
      indent(printable(message.text)),
    );
  }
  if (playbook.dispute) lines.push("", `${colon(words.disputeText)}`, indent(printable(playbook.dispute)));
  if (playbook.evidence.length > 0) {
    lines.push("", `${colon(words.evidence)}`);
    for (const entry of playbook.evidence) {
      lines.push(`  [${entry.held ? "x" : " "}] ${entry.text} (${entry.held ? words.held : words.toAdd})`);
    }
  }
  return `${lines.join("\n")}\n`;
}
