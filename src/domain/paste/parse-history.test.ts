import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEventTime } from "../timeline/event-time.ts";
import { NO_DATE_FOUND, type PastedEvent, type PastedHistory, parsePastedHistory } from "./parse-history.ts";

// The fixtures are made up for these tests, in the wording of each carrier's pages.

const ev = (time: string, text: string, location: string | null = null): PastedEvent => ({
  time,
  text,
  location,
});

/** Parses, and checks what every paste must give: times that parseEventTime reads. */
function parse(text: string, dateOrder?: "dmy" | "mdy"): PastedHistory {
  const result = parsePastedHistory(text, dateOrder ? { dateOrder } : {});
  for (const event of result.events) {
    const time = parseEventTime(event.time, { dateOrder: dateOrder ?? "dmy" });
    if (!time.ok) throw new Error(`event time "${event.time}" does not parse: ${time.error}`);
  }
  return result;
}

describe("one event a line", () => {
  it("reads Cainiao lines with their zone and a bracketed place (en)", () => {
    const paste = [
      "Tracking history",
      "2026-11-12 03:15:40 GMT+8 Order received by seller's logistics partner",
      "2026-11-12 18:02:11 GMT+8 [Shenzhen] Departed from sorting center",
      "2026-11-14 07:44:09 GMT+8 Handed over to airline",
      "2026-11-17 11:20:00 GMT+1 [Madrid] Arrived at destination country",
      "Show more",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "lines",
      problems: [],
      events: [
        ev("2026-11-12 03:15:40 GMT+8", "Order received by seller's logistics partner"),
        ev("2026-11-12 18:02:11 GMT+8", "Departed from sorting center", "Shenzhen"),
        ev("2026-11-14 07:44:09 GMT+8", "Handed over to airline"),
        ev("2026-11-17 11:20:00 GMT+1", "Arrived at destination country", "Madrid"),
      ],
    });
  });

  it("reads places in their own cell or after a comma, in any position", () => {
    const paste = [
      "2026-11-18 09:41:12 Arrived at destination country",
      "2026-11-18 09:41  MADRID, ES  Delivered",
      "18.11.2026 09:41 Zustellung erfolgreich, Berlin",
      "HONG KONG, HK  2026-11-10 16:02  Departed from transit hub",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("2026-11-18 09:41:12", "Arrived at destination country"),
      ev("2026-11-18 09:41", "Delivered", "MADRID, ES"),
      ev("18.11.2026 09:41", "Zustellung erfolgreich", "Berlin"),
      ev("2026-11-10 16:02", "Departed from transit hub", "HONG KONG, HK"),
    ]);
  });

  it("reads Deutsche Post lines with weekdays and 'Uhr' (de)", () => {
    const paste = [
      "Sendungsverlauf",
      "Mi, 18.11.2026, 09:41 Uhr  Die Sendung wurde erfolgreich zugestellt.  Berlin",
      "Di, 17.11.2026, 21:05 Uhr  Die Sendung wurde im Start-Paketzentrum bearbeitet.  Leipzig",
      "Di, 17.11.2026, 14:30 Uhr  Die Sendung wurde vom Absender in der Filiale eingeliefert.",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "lines",
      problems: [],
      events: [
        ev("18.11.2026, 09:41", "Die Sendung wurde erfolgreich zugestellt.", "Berlin"),
        ev("17.11.2026, 21:05", "Die Sendung wurde im Start-Paketzentrum bearbeitet.", "Leipzig"),
        ev("17.11.2026, 14:30", "Die Sendung wurde vom Absender in der Filiale eingeliefert."),
      ],
    });
  });

  it("reads Cainiao lines in Chinese with 【city】 places (zh)", () => {
    const paste = [
      "物流详情",
      "2026-11-18 09:41:12 【深圳市】已签收，签收人：本人",
      "2026年11月17日 20:15 【深圳市】快件已到达深圳转运中心",
      "2026/11/16 08:03:55 卖家已发货",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("2026-11-18 09:41:12", "已签收，签收人：本人", "深圳市"),
      ev("2026年11月17日 20:15", "快件已到达深圳转运中心", "深圳市"),
      ev("2026/11/16 08:03:55", "卖家已发货"),
    ]);
  });

  it("reads PostNL lines with a Dutch weekday and La Poste dates without a time (nl, fr)", () => {
    const paste = [
      "woensdag 18 november 2026 09:41  Zending is bezorgd  Utrecht",
      "18/11/2026  Votre colis est livré.  Lyon",
      "17/11/2026  Votre colis est en cours d'acheminement.",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18 november 2026 09:41", "Zending is bezorgd", "Utrecht"),
      ev("18/11/2026", "Votre colis est livré.", "Lyon"),
      ev("17/11/2026", "Votre colis est en cours d'acheminement."),
    ]);
  });

  it("reads the time before the date (Cainiao '09:41 2026-11-18', '18:39 12-Jan-2017')", () => {
    const paste = "09:41:12 2026-11-18 Delivered\n18:39 12-Nov-2026 Departed from facility";
    expect(parse(paste).events).toEqual([
      ev("09:41:12 2026-11-18", "Delivered"),
      ev("18:39 12-Nov-2026", "Departed from facility"),
    ]);
  });

  it("reads Israel Post lines with right-to-left marks (he)", () => {
    const paste = [
      "\u200f18/11/2026 09:41\u200f  נמסר לנמען  ירושלים",
      "\u200f17/11/2026 10:00\u200f  הגיע ליחידת הדואר  תל אביב",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18/11/2026 09:41", "נמסר לנמען", "ירושלים"),
      ev("17/11/2026 10:00", "הגיע ליחידת הדואר", "תל אביב"),
    ]);
  });

  it("reads US numeric dates month first when told", () => {
    const paste = "11/08/2026 9:41 AM  Delivered  AUSTIN, TX 78701\n11/07/2026 6:02 PM  In Transit";
    expect(parse(paste, "mdy").events).toEqual([
      ev("11/08/2026 9:41 AM", "Delivered", "AUSTIN, TX 78701"),
      ev("11/07/2026 6:02 PM", "In Transit"),
    ]);
  });
});

describe("tables copied with tabs", () => {
  it("reads Correos rows under their header, by column name (es)", () => {
    const paste = [
      "Fecha\tHora\tEstado\tLugar",
      "18/11/2026\t09:41\tEntregado\tMADRID",
      "17/11/2026\t20:13\tEn reparto\tMADRID",
      "16/11/2026\t11:02\tAdmitido\tBARCELONA",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "table",
      problems: [],
      events: [
        ev("18/11/2026 09:41", "Entregado", "MADRID"),
        ev("17/11/2026 20:13", "En reparto", "MADRID"),
        ev("16/11/2026 11:02", "Admitido", "BARCELONA"),
      ],
    });
  });

  it("keeps the columns in place when a cell is empty", () => {
    const paste = [
      "Date\tTime\tLocation\tStatus",
      "18/11/2026\t09:41\t\tDelivered",
      "17/11/2026\t08:00\tMADRID\tOut for delivery",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18/11/2026 09:41", "Delivered"),
      ev("17/11/2026 08:00", "Out for delivery", "MADRID"),
    ]);
  });

  it("reads Poste Italiane rows in another column order, without a header (it)", () => {
    const paste = [
      "Consegnata\tMilano\t18-11-2026 09:41",
      "In consegna\tMilano\t18-11-2026 07:30",
      "In lavorazione presso il centro operativo\tBologna CMP\t17-11-2026 22:15",
    ].join("\r\n");
    expect(parse(paste)).toEqual({
      layout: "table",
      problems: [],
      events: [
        ev("18-11-2026 09:41", "Consegnata", "Milano"),
        ev("18-11-2026 07:30", "In consegna", "Milano"),
        ev("17-11-2026 22:15", "In lavorazione presso il centro operativo", "Bologna CMP"),
      ],
    });
  });

  it("reads Canada Post rows with 12-hour times and a wrapped cell (en)", () => {
    const paste = [
      "Date\tTime\tLocation\tProgress",
      "2026-11-18\t9:41 am\tTORONTO, ON\tDelivered",
      "2026-11-18\t7:02 am\tTORONTO, ON\tItem out for delivery",
      "2026-11-16\t11:55 pm\tMISSISSAUGA, ON\tItem processed",
      "at our facility",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "table",
      problems: [],
      events: [
        ev("2026-11-18 9:41 am", "Delivered", "TORONTO, ON"),
        ev("2026-11-18 7:02 am", "Item out for delivery", "TORONTO, ON"),
        ev("2026-11-16 11:55 pm", "Item processed at our facility", "MISSISSAUGA, ON"),
      ],
    });
  });

  it("reads Israel Post rows with the date last and a place column found by its cells (en)", () => {
    const paste = [
      "Delivered to addressee\tJERUSALEM\t18/11/2026",
      "Arrived at the post office\tJERUSALEM\t17/11/2026",
      "Received in Israel\tMODIIN\t15/11/2026",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18/11/2026", "Delivered to addressee", "JERUSALEM"),
      ev("17/11/2026", "Arrived at the post office", "JERUSALEM"),
      ev("15/11/2026", "Received in Israel", "MODIIN"),
    ]);
  });
});

describe("blocks", () => {
  it("reads USPS blocks, date first, month first (en)", () => {
    const paste = [
      "November 18, 2026, 9:41 am",
      "Delivered, In/At Mailbox",
      "NEW YORK, NY 10001",
      "",
      "November 18, 2026, 6:10 am",
      "Out for Delivery",
      "NEW YORK, NY 10001",
      "",
      "November 17, 2026, 10:52 pm",
      "Arrived at Post Office",
      "NEW YORK, NY 10199",
      "See All Tracking History",
    ].join("\n");
    expect(parse(paste, "mdy")).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("November 18, 2026, 9:41 am", "Delivered, In/At Mailbox", "NEW YORK, NY 10001"),
        ev("November 18, 2026, 6:10 am", "Out for Delivery", "NEW YORK, NY 10001"),
        ev("November 17, 2026, 10:52 pm", "Arrived at Post Office", "NEW YORK, NY 10199"),
      ],
    });
  });

  it("reads USPS blocks with the text above the date (en)", () => {
    const paste = [
      "9400 1000 0000 0000 0000 00",
      "Delivered, In/At Mailbox",
      "NEW YORK, NY 10001",
      "November 18, 2026, 9:41 am",
      "Out for Delivery",
      "NEW YORK, NY 10001",
      "November 18, 2026, 6:10 am",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("November 18, 2026, 9:41 am", "Delivered, In/At Mailbox", "NEW YORK, NY 10001"),
        ev("November 18, 2026, 6:10 am", "Out for Delivery", "NEW YORK, NY 10001"),
      ],
    });
  });

  it("reads Correios blocks, with text over several lines (pt)", () => {
    const paste = [
      "18/11/2026 09:41",
      "Objeto entregue ao destinatário",
      "São Paulo - SP",
      "",
      "18/11/2026 08:02",
      "Objeto saiu para entrega ao destinatário",
      "São Paulo - SP",
      "",
      "17/11/2026 19:36",
      "Objeto em trânsito - por favor aguarde",
      "de Unidade de Tratamento em CURITIBA - PR",
      "para Unidade de Distribuição em SAO PAULO - SP",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18/11/2026 09:41", "Objeto entregue ao destinatário", "São Paulo - SP"),
      ev("18/11/2026 08:02", "Objeto saiu para entrega ao destinatário", "São Paulo - SP"),
      ev(
        "17/11/2026 19:36",
        "Objeto em trânsito - por favor aguarde de Unidade de Tratamento em CURITIBA - PR para Unidade de Distribuição em SAO PAULO - SP",
        // The first place named in the sentence, where the object was.
        "CURITIBA - PR",
      ),
    ]);
  });

  it("reads Correios blocks with the time on the line under the date (pt)", () => {
    const paste = [
      "• 18/11/2026",
      "09:41",
      "Objeto entregue ao destinatário",
      "Rio de Janeiro - RJ",
      "• 16/11/2026",
      "14:10",
      "Objeto postado",
      "Curitiba / PR",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("18/11/2026 09:41", "Objeto entregue ao destinatário", "Rio de Janeiro - RJ"),
        ev("16/11/2026 14:10", "Objeto postado", "Curitiba / PR"),
      ],
    });
  });

  it("reads AliExpress blocks with the time above the date (en)", () => {
    const paste = [
      "09:41:12",
      "2026-11-18",
      "[Madrid] Delivered",
      "18:20:05",
      "2026-11-17",
      "[Madrid] Out for delivery",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("09:41:12 2026-11-18", "Delivered", "Madrid"),
        ev("18:20:05 2026-11-17", "Out for delivery", "Madrid"),
      ],
    });
  });

  it("reads Russian Post blocks (ru)", () => {
    const paste = [
      "18 ноября 2026, 09:41",
      "Вручение адресату",
      "Москва 102000",
      "",
      "17 ноября 2026, 21:05",
      "Прибыло в место вручения",
      "Москва 102000",
      "",
      "12 ноября 2026 г., 03:10",
      "Покинуло место международного обмена",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18 ноября 2026, 09:41", "Вручение адресату", "Москва 102000"),
      ev("17 ноября 2026, 21:05", "Прибыло в место вручения", "Москва 102000"),
      ev("12 ноября 2026 г., 03:10", "Покинуло место международного обмена"),
    ]);
  });

  it("reads 17TRACK-style blocks with the text first, parted by blank lines (es)", () => {
    const paste = [
      "Entregado",
      "MADRID",
      "2026-11-18 09:41",
      "",
      "En reparto",
      "MADRID",
      "2026-11-18 07:55",
      "",
      "Admitido",
      "2026-11-16 12:00",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("2026-11-18 09:41", "Entregado", "MADRID"),
      ev("2026-11-18 07:55", "En reparto", "MADRID"),
      ev("2026-11-16 12:00", "Admitido"),
    ]);
  });

  it("reads Australia Post blocks with the place under the date (en)", () => {
    const paste = [
      "Delivered",
      "Wed 18 Nov 2026, 9:41am",
      "KEW VIC",
      "Onboard for delivery",
      "Wed 18 Nov 2026, 6:30am",
      "KEW VIC",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18 Nov 2026, 9:41am", "Delivered", "KEW VIC"),
      ev("18 Nov 2026, 6:30am", "Onboard for delivery", "KEW VIC"),
    ]);
  });
});

describe("whole pages", () => {
  it("reads a USPS page copied whole: head and foot are problems, not events (en)", () => {
    const paste = [
      "USPS Tracking®",
      "Tracking Number: 9400100000000000000000",
      "Latest Update",
      "Your item was delivered in or at the mailbox at 9:41 am on November 18, 2026 in NEW YORK, NY 10001.",
      "",
      "Delivered, In/At Mailbox",
      "NEW YORK, NY 10001",
      "November 18, 2026, 9:41 am",
      "",
      "Out for Delivery",
      "NEW YORK, NY 10001",
      "November 18, 2026, 6:10 am",
      "",
      "Arrived at Post Office",
      "NEW YORK, NY 10199",
      "November 17, 2026, 10:52 pm",
      "See All Tracking History",
      "",
      "Feedback",
    ].join("\n");
    const result = parse(paste, "mdy");
    expect(result.events).toEqual([
      ev("November 18, 2026, 9:41 am", "Delivered, In/At Mailbox", "NEW YORK, NY 10001"),
      ev("November 18, 2026, 6:10 am", "Out for Delivery", "NEW YORK, NY 10001"),
      ev("November 17, 2026, 10:52 pm", "Arrived at Post Office", "NEW YORK, NY 10199"),
    ]);
    expect(result.problems.map((problem) => problem.line)).toEqual([1, 3, 4, 19]);
    expect(result.problems[0]?.reason).toBe(
      '"USPS Tracking®" comes before the first date; no date to attach it to',
    );
  });

  it("tells a title above date-first blocks from a footer under text-first blocks", () => {
    const dateFirst = [
      "Package status",
      "November 18, 2026, 9:41 am",
      "Delivered",
      "NEW YORK, NY 10001",
      "November 18, 2026, 6:10 am",
      "Out for Delivery",
      "NEW YORK, NY 10001",
    ].join("\n");
    const textFirst = [
      "Delivered",
      "NEW YORK, NY 10001",
      "November 18, 2026, 9:41 am",
      "Out for Delivery",
      "NEW YORK, NY 10001",
      "November 18, 2026, 6:10 am",
      "Feedback",
    ].join("\n");
    const events = [
      ev("November 18, 2026, 9:41 am", "Delivered", "NEW YORK, NY 10001"),
      ev("November 18, 2026, 6:10 am", "Out for Delivery", "NEW YORK, NY 10001"),
    ];
    expect(parse(dateFirst)).toEqual({
      layout: "blocks",
      events,
      problems: [
        { line: 1, reason: '"Package status" comes before the first date; no date to attach it to' },
      ],
    });
    expect(parse(textFirst)).toEqual({
      layout: "blocks",
      events,
      problems: [{ line: 7, reason: '"Feedback" comes after the last date; no date to attach it to' }],
    });
  });

  it("reads DHL blocks: day header, a time line, text and place lines (en)", () => {
    const paste = [
      "Wednesday, November 18, 2026",
      "9:41 AM",
      "Delivered - Signed for by: J. SMITH",
      "NEW YORK, NY - USA",
      "",
      "6:02 AM",
      "With delivery courier",
      "NEW YORK, NY - USA",
      "",
      "Monday, November 16, 2026",
      "11:20 PM",
      "Arrived at DHL Sort Facility",
      "CINCINNATI HUB, OH - USA",
    ].join("\n");
    expect(parse(paste, "mdy")).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("November 18, 2026 9:41 AM", "Delivered - Signed for by: J. SMITH", "NEW YORK, NY - USA"),
        ev("November 18, 2026 6:02 AM", "With delivery courier", "NEW YORK, NY - USA"),
        ev("November 16, 2026 11:20 PM", "Arrived at DHL Sort Facility", "CINCINNATI HUB, OH - USA"),
      ],
    });
  });

  it("reads text-first blocks copied with a blank line between every line (it)", () => {
    const paste = [
      "Consegnato",
      "",
      "Roma",
      "",
      "18/11/2026 ore 09:41",
      "",
      "In consegna",
      "",
      "Roma",
      "",
      "18/11/2026 ore 07:55",
      "",
      "Accettato",
      "",
      "17/11/2026 ore 16:30",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18/11/2026 ore 09:41", "Consegnato", "Roma"),
      ev("18/11/2026 ore 07:55", "In consegna", "Roma"),
      ev("17/11/2026 ore 16:30", "Accettato"),
    ]);
  });

  it("reads ISO times with offsets and zones as written", () => {
    const paste = [
      "2026-11-18T09:41:12+08:00 Delivered",
      "2026-11-18T01:41:12Z Out for delivery",
      "2026-11-17 22:00 (UTC+8) Arrived at hub",
      "2026-11-17 20:00 CET Sorted",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("2026-11-18T09:41:12+08:00", "Delivered"),
      ev("2026-11-18T01:41:12Z", "Out for delivery"),
      ev("2026-11-17 22:00 UTC+8", "Arrived at hub"),
      ev("2026-11-17 20:00 CET", "Sorted"),
    ]);
  });
});

describe("day headers with times under them", () => {
  it("reads Royal Mail days (en)", () => {
    const paste = [
      "Wednesday, 18 November 2026",
      "09:41 Delivered",
      "07:12 Out for delivery - Warrington",
      "",
      "Tuesday, 17 November 2026",
      "21:45 Item received",
      "at the Warrington Mail Centre",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "blocks",
      problems: [],
      events: [
        ev("18 November 2026 09:41", "Delivered"),
        // A place parseLocation does not know stays in the text.
        ev("18 November 2026 07:12", "Out for delivery - Warrington"),
        ev("17 November 2026 21:45", "Item received at the Warrington Mail Centre"),
      ],
    });
  });

  it("reads DHL days, month first, with 12-hour times (en)", () => {
    const paste = [
      "Wednesday, November 18, 2026",
      "9:41 AM  Delivered  NEW YORK, NY - USA",
      "6:02 AM  With delivery courier  NEW YORK, NY - USA",
      "Monday, November 16, 2026",
      "11:20 PM  Processed at LEIPZIG - GERMANY",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("November 18, 2026 9:41 AM", "Delivered", "NEW YORK, NY - USA"),
      ev("November 18, 2026 6:02 AM", "With delivery courier", "NEW YORK, NY - USA"),
      // A place inside the sentence is given on its own, and the sentence stays whole.
      ev("November 16, 2026 11:20 PM", "Processed at LEIPZIG - GERMANY", "LEIPZIG - GERMANY"),
    ]);
  });

  it("reads La Poste days with French times (fr)", () => {
    const paste = [
      "Mercredi 18 novembre 2026",
      "09h41  Votre colis a été livré dans votre boîte aux lettres.",
      "07h05  Votre colis est en préparation pour la livraison.  Lyon",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18 novembre 2026 09h41", "Votre colis a été livré dans votre boîte aux lettres."),
      ev("18 novembre 2026 07h05", "Votre colis est en préparation pour la livraison.", "Lyon"),
    ]);
  });

  it("reads CTT days (pt)", () => {
    const paste = [
      "quarta-feira, 18 de novembro de 2026",
      "09:41 Entregue  Lisboa",
      "08:15 Em distribuição  Lisboa",
    ].join("\n");
    expect(parse(paste).events).toEqual([
      ev("18 de novembro de 2026 09:41", "Entregue", "Lisboa"),
      ev("18 de novembro de 2026 08:15", "Em distribuição", "Lisboa"),
    ]);
  });
});

describe("noise", () => {
  it("leaves out buttons, tracking numbers, headers, bullets, odd spaces and line endings", () => {
    const paste = [
      "  Track another parcel  ",
      "Tracking number: LP00123456789012",
      "RB123456785CN",
      "Date  Status  Location",
      "\u00a0• 2026-11-18\u00a009:41  Delivered  MADRID, ES\u00a0",
      "- 2026-11-17 07:02  Out for delivery",
      "* 2026-11-16 23:10  Arrived at sorting centre",
      "Show more",
      "",
    ].join("\r\n");
    expect(parse(paste)).toEqual({
      layout: "lines",
      problems: [],
      events: [
        ev("2026-11-18 09:41", "Delivered", "MADRID, ES"),
        ev("2026-11-17 07:02", "Out for delivery"),
        ev("2026-11-16 23:10", "Arrived at sorting centre"),
      ],
    });
  });
});

describe("problems", () => {
  it("says so when there is no date, and never throws on empty or odd input", () => {
    const none = { events: [], layout: "lines", problems: [{ line: 1, reason: NO_DATE_FOUND }] };
    expect(parse("")).toEqual(none);
    expect(parse("Delivered\nOut for delivery")).toEqual(none);
    expect(parse("\u0000\u0001\u0002\ufffd\ud800")).toEqual(none);
    // @ts-expect-error: callers outside TypeScript may pass anything
    expect(parsePastedHistory(null)).toEqual(none);
  });

  it("reports text before the first date, dates with no year and impossible dates", () => {
    const paste = [
      "Your parcel is on its way",
      "2026-11-18 09:41 Delivered",
      "31/11/2026 08:00 Out for delivery",
      "Nov 16, 10:00 Accepted",
    ].join("\n");
    expect(parse(paste)).toEqual({
      layout: "lines",
      events: [ev("2026-11-18 09:41", "Delivered")],
      problems: [
        {
          line: 1,
          reason: '"Your parcel is on its way" comes before the first date; no date to attach it to',
        },
        {
          line: 3,
          reason:
            'time "31/11/2026 08:00" is not a real date or time of day; "Out for delivery" was not imported',
        },
        {
          line: 4,
          reason:
            'the date "Nov 16" has no year; paste the history from a page that shows the year; "Accepted" was not imported',
        },
      ],
    });
  });

  it("keeps a date with no text as a problem, never as an empty event", () => {
    expect(parse("2026-11-18 09:41 Delivered\n2026-11-17 08:00")).toEqual({
      layout: "lines",
      events: [ev("2026-11-18 09:41", "Delivered")],
      problems: [{ line: 2, reason: 'the date "2026-11-17 08:00" has no event text beside it' }],
    });
  });
});

describe("robustness", () => {
  it("never throws, and every event's time parses", () => {
    const pieces = fc.constantFrom(
      "2026-11-18 09:41",
      "18/11/2026",
      "November 18, 2026",
      "09:41",
      "Delivered",
      "MADRID, ES",
      "\t",
      "\n",
      "\r\n",
      "  ",
      "Show more",
      "31/02/2026",
      "Wednesday,",
      "【深圳市】",
      "18 ноября 2026",
      "- ",
    );
    const paste = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join(" ")),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(paste, fc.constantFrom("dmy" as const, "mdy" as const), (text, dateOrder) => {
        const result = parsePastedHistory(text, { dateOrder });
        for (const event of result.events) {
          expect(parseEventTime(event.time, { dateOrder }).ok).toBe(true);
          expect(event.text).not.toBe("");
        }
        expect(result.problems.some((p) => p.reason.startsWith("the paste could not be read"))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  const statuses = [
    "Delivered",
    "Out for delivery",
    "Arrived at sorting centre",
    "Objeto postado",
    "Zustellung erfolgreich",
    "Прибыло в место вручения",
    "已签收",
    "Consegnato",
  ];
  const places = ["MADRID, ES", "Berlin", "São Paulo - SP", "NEW YORK, NY 10001", "Москва 102000"];
  const two = (n: number) => String(n).padStart(2, "0");
  const history = fc.array(
    fc.record({
      year: fc.integer({ min: 2015, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      format: fc.constantFrom("iso", "dot", "slash", "named"),
      text: fc.constantFrom(...statuses),
      place: fc.option(fc.constantFrom(...places), { nil: null }),
    }),
    { minLength: 1, maxLength: 12 },
  );
  type Generated = fc.Arbitrary<typeof history extends fc.Arbitrary<infer T> ? T : never>;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August"];
  const monthNames = [...months, "September", "October", "November", "December"];
  const dateOf = (e: { year: number; month: number; day: number; format: string }) => {
    if (e.format === "iso") return `${e.year}-${two(e.month)}-${two(e.day)}`;
    if (e.format === "named") return `${e.day} ${monthNames[e.month - 1]} ${e.year}`;
    const separator = e.format === "dot" ? "." : "/";
    return `${two(e.day)}${separator}${two(e.month)}${separator}${e.year}`;
  };
  const clockOf = (e: { hour: number; minute: number }) => `${two(e.hour)}:${two(e.minute)}`;

  it("reads back any history written in any of the layouts", () => {
    const layouts = fc.constantFrom("lines", "blocks", "text-first", "days", "table");
    const columns = fc.shuffledSubarray(["date", "time", "text", "place"], { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(history as Generated, layouts, columns, (events, layout, order) => {
        let paste: string;
        if (layout === "lines")
          paste = events
            .map((e) => `${dateOf(e)} ${clockOf(e)}  ${e.place ?? ""}  ${e.text}`.replace(/\s+$/, ""))
            .join("\n");
        else if (layout === "blocks")
          paste = events
            .map((e) => [`${dateOf(e)} ${clockOf(e)}`, e.text, e.place ?? ""].join("\n"))
            .join("\n\n");
        else if (layout === "text-first")
          paste = events
            .map((e) =>
              [e.text, e.place, `${dateOf(e)} ${clockOf(e)}`].filter((line) => line !== null).join("\n"),
            )
            .join("\n\n");
        else if (layout === "days")
          paste = events.map((e) => `${dateOf(e)}\n${clockOf(e)}  ${e.text}  ${e.place ?? ""}`).join("\n");
        else {
          const cell = (e: (typeof events)[number], column: string) =>
            column === "date"
              ? dateOf(e)
              : column === "time"
                ? clockOf(e)
                : column === "text"
                  ? e.text
                  : (e.place ?? "");
          paste = events.map((e) => order.map((column) => cell(e, column)).join("\t")).join("\n");
        }
        const result = parse(paste);
        expect(result.problems).toEqual([]);
        expect(result.events).toEqual(events.map((e) => ev(`${dateOf(e)} ${clockOf(e)}`, e.text, e.place)));
      }),
      { numRuns: 300 },
    );
  });

  it("reads 10,000 lines in well under a second", () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      lines.push(
        i % 2 ? `${day}/11/2026 09:${String(i % 60).padStart(2, "0")}` : "Arrived at sorting centre",
      );
      if (i % 2) lines.push("MADRID, ES");
    }
    const start = performance.now();
    const result = parsePastedHistory(lines.join("\n"));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.events.length).toBeGreaterThan(4_000);
  });

  it("survives a megabyte of text", () => {
    const garbage = "x".repeat(1_000_000);
    expect(parsePastedHistory(garbage).problems[0]?.reason).toBe(NO_DATE_FOUND);
    const long = "2026-11-18 09:41 Delivered ".repeat(40_000);
    expect(() => parsePastedHistory(long)).not.toThrow();
  });
});
