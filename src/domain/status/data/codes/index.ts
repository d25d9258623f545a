/**
 * Every code table, listed explicitly: adding one is one JSON file and one line here.
 */

import aftership from "./aftership.json" with { type: "json" };
import australia_post from "./australia-post.json" with { type: "json" };
import cainiao from "./cainiao.json" with { type: "json" };
import canada_post from "./canada-post.json" with { type: "json" };
import correios from "./correios.json" with { type: "json" };
import deutsche_post from "./deutsche-post.json" with { type: "json" };
import dhl from "./dhl.json" with { type: "json" };
import fedex from "./fedex.json" with { type: "json" };
import la_poste from "./la-poste.json" with { type: "json" };
import royal_mail from "./royal-mail.json" with { type: "json" };
import seventeen_track from "./seventeen-track.json" with { type: "json" };
import ups from "./ups.json" with { type: "json" };
import upu from "./upu.json" with { type: "json" };
import usps from "./usps.json" with { type: "json" };

export const CODE_TABLE_FILES: readonly unknown[] = [
  cainiao,
  upu,
  seventeen_track,
  aftership,
  usps,
  ups,
  fedex,
  dhl,
  deutsche_post,
  la_poste,
  royal_mail,
  canada_post,
  australia_post,
  correios,
];
