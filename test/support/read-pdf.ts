/**
 * Reads a PDF back the way a viewer does: Mozilla's pdf.js (bundled by unpdf, which needs no
 * native canvas to extract text), every page's text joined with spaces.
 */
import { getDocumentProxy } from "unpdf";

export async function readPdf(data: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await getDocumentProxy(new Uint8Array(data));
  const parts: string[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  const pages = document.numPages;
  await document.cleanup();
  return { pages, text: parts.join(" ").replace(/\s+/g, " ") };
}
