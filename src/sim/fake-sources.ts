/**
 * Bodies a fake Cainiao and a fake La Poste answer with, for the sync tests and the demo: an
 * AliExpress parcel whose Cainiao history ends with the hand-off to La Poste under a new number,
 * and La Poste's own history of that number. Shaped after the real captures in
 * test/fixtures/carrier-samples (Cainiao detail.json, La Poste Okapi Suivi v2); the values are ours.
 */

const HOUR = 3_600_000;

export interface HandoffStory {
  firstLeg: string;
  lastMile: string;
  /** Epoch ms of the first scan; the others follow it. */
  startMs: number;
}

/** Cainiao's detail.json for the first leg, newest event first, revealing the last-mile number. */
export function cainiaoHandoffBody(
  story: HandoffStory,
  numbers: readonly string[] = [story.firstLeg],
): string {
  const at = (hours: number) => story.startMs + hours * HOUR;
  const event = (hours: number, actionCode: string, desc: string) => ({
    time: at(hours),
    timeStr: new Date(at(hours) + 8 * HOUR).toISOString().slice(0, 19).replace("T", " "),
    timeZone: "GMT+8",
    desc,
    standerdDesc: desc,
    descTitle: "Carrier note:",
    actionCode,
  });
  const detailList = [
    event(200, "GTMS_ACCEPT", "Received by local delivery company"),
    event(190, "CC_IM_SUCCESS", "Import customs clearance complete"),
    event(150, "LH_ARRIVE", "Arrived at linehaul office"),
    event(60, "LH_DEPART", "Departed from departure country/region"),
    event(30, "SC_OUTBOUND_SUCCESS", "[Dongguan] Departed from sorting center"),
    event(10, "SC_INBOUND_SUCCESS", "[Dongguan] Processing at sorting center"),
    event(0, "PU_PICKUP_SUCCESS", "Received by logistics company"),
  ];
  const modules = numbers
    .filter((number) => number === story.firstLeg)
    .map((number) => ({
      mailNo: number,
      originCountry: "Mainland China",
      destCountry: "France",
      destCpInfo: { cpName: "La Poste", url: "https://www.laposte.fr" },
      status: "DELIVERING",
      statusDesc: "In transit",
      mailNoSource: "AE",
      realMailNo: `Latest Tracking Number:\t${story.lastMile}`,
      detailList,
      latestTrace: detailList[0],
    }));
  return JSON.stringify({ module: modules, success: true });
}

/** La Poste's answer for the last-mile number: taken in charge, out for delivery, delivered. */
export function laPosteBody(story: HandoffStory): string {
  const at = (hours: number) =>
    new Date(story.startMs + hours * HOUR).toISOString().replace(".000Z", "+00:00");
  return JSON.stringify({
    lang: "en_GB",
    scope: "open",
    returnCode: 200,
    shipment: {
      idShip: story.lastMile,
      holder: 4,
      product: "Colissimo",
      isFinal: true,
      entryDate: at(205),
      deliveryDate: at(240),
      event: [
        { code: "DI1", label: "Your parcel has been delivered", date: at(240) },
        { code: "MD2", label: "Your parcel is out for delivery", date: at(236) },
        { code: "ET3", label: "Your parcel is being processed in the destination country", date: at(220) },
        { code: "PC1", label: "Your parcel has been taken in charge by La Poste", date: at(205) },
      ],
      contextData: { originCountry: "CN", arrivalCountry: "FR" },
    },
  });
}
