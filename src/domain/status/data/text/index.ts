/**
 * Every language the text rules know, listed explicitly: adding a language is one JSON file
 * and one line here (see ../../README.md).
 */

import ar from "./ar.json" with { type: "json" };
import bg from "./bg.json" with { type: "json" };
import cs from "./cs.json" with { type: "json" };
import da from "./da.json" with { type: "json" };
import de from "./de.json" with { type: "json" };
import el from "./el.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };
import he from "./he.json" with { type: "json" };
import hu from "./hu.json" with { type: "json" };
import id from "./id.json" with { type: "json" };
import it from "./it.json" with { type: "json" };
import ja from "./ja.json" with { type: "json" };
import ko from "./ko.json" with { type: "json" };
import ms from "./ms.json" with { type: "json" };
import nl from "./nl.json" with { type: "json" };
import no_ from "./no.json" with { type: "json" };
import pl from "./pl.json" with { type: "json" };
import pt from "./pt.json" with { type: "json" };
import ro from "./ro.json" with { type: "json" };
import ru from "./ru.json" with { type: "json" };
import sk from "./sk.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };
import th from "./th.json" with { type: "json" };
import tr from "./tr.json" with { type: "json" };
import uk from "./uk.json" with { type: "json" };
import vi from "./vi.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };

export const LANGUAGE_FILES: readonly unknown[] = [
  en,
  zh,
  es,
  pt,
  fr,
  de,
  it,
  pl,
  ru,
  uk,
  nl,
  ko,
  ja,
  tr,
  he,
  cs,
  id,
  ro,
  sv,
  da,
  no_,
  fi,
  sk,
  bg,
  hu,
  el,
  ar,
  vi,
  th,
  ms,
];
