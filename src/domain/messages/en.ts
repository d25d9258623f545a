/**
 * English: the reference catalog. Every other language says the same things in its own words.
 * Style: short, factual, no emotion; the facts of the order in every message.
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

const order = (f: Facts) => (f.orderNumber ? `order ${f.orderNumber}` : "my order");
const yourOrder = (f: Facts) => (f.orderNumber ? `order ${f.orderNumber}` : "your order");
const trackingNoun = (f: Facts) => (f.trackingNumbers.length > 1 ? "tracking numbers" : "tracking number");
const place = (f: Facts, t: Tools) =>
  [f.destination.city, f.destination.country ? t.country(f.destination.country) : null]
    .filter(Boolean)
    .join(", ");
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
const since = (f: Facts, t: Tools) => (f.lastEvent ? ` since ${t.date(f.lastEvent.date)}` : "");
const localNumber = (f: Facts) =>
  f.lastMileNumber ? `the local number ${f.lastMileNumber}` : "the tracking number";

export const en: Catalog = {
  language: "en",
  verdicts: {
    on_track: "On track",
    wait: "Wait",
    watch: "Watch",
    act_soon: "Act soon",
    act_now: "Act now",
    delivered: "Delivered",
    closed: "Closed",
  },
  stages: {
    pre_transit: "Waiting for the carrier",
    origin: "In the origin country",
    line_haul: "On its way between countries",
    destination: "In the destination country",
    final_mile: "With the local carrier",
    done: "Finished",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `No tracking number yet${f.daysWithoutUpdate !== null ? `, ${t.days(f.daysWithoutUpdate)} after the order` : ""}; sellers usually ship within ${t.days(f.thresholdDays ?? 7)}.`,
    "label-only": (f, t) =>
      `The shipping label was created ${t.days(f.daysWithoutUpdate ?? 0)} ago, and the carrier has not scanned the parcel yet.`,
    "first-scan-window": (f, t) =>
      `A first scan often takes up to ${t.days(f.thresholdDays ?? 3)} after shipping; this is normal.`,
    "no-events-yet": (f, t) => `No carrier has reported anything for ${t.days(f.daysWithoutUpdate ?? 0)}.`,
    "number-invalid": (f, t) =>
      f.trackingNumbers.length > 1
        ? `The tracking numbers ${numbers(f, t)} include one that fits no known carrier's format; it may be mistyped.`
        : `The tracking number ${numbers(f, t)} fits no known carrier's format; it may be mistyped.`,
    "seller-slow": (f, t) =>
      `The parcel has not been handed to the carrier ${t.days(f.daysWithoutUpdate ?? 0)} after the label was made.`,
    moving: (f, t) =>
      `The parcel is moving: last update ${f.lastEvent ? t.date(f.lastEvent.date) : "recently"}.`,
    "quiet-normal": (f, t) =>
      `No update for ${t.days(f.daysWithoutUpdate ?? 0)}; at this stage up to ${t.days(f.thresholdDays ?? 0)} is normal.`,
    "quiet-long": (f, t) =>
      `No update for ${t.days(f.daysWithoutUpdate ?? 0)}, longer than the usual ${t.days(f.thresholdDays ?? 0)} for this stage.`,
    "quiet-very-long": (f, t) =>
      `No update for ${t.days(f.daysWithoutUpdate ?? 0)}: that is a long silence for this stage (over ${t.days(f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      `The latest expected delivery date${f.etaTo ? `, ${t.date(f.etaTo)},` : ""} has passed.`,
    "in-customs": (f, t) =>
      `The parcel is in customs; clearance often takes up to ${t.days(f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `The parcel has been in customs with no news for ${t.days(f.daysWithoutUpdate ?? 0)}, longer than usual.`,
    "customs-needs-you": () =>
      "Customs or the carrier is asking you for something (a payment, a document or details).",
    "arrived-destination": (f, t) =>
      `The parcel has arrived in ${f.destination.country ? t.country(f.destination.country) : "the destination country"}.`,
    "local-quiet": (f, t) =>
      `No news for ${t.days(f.daysWithoutUpdate ?? 0)} since it arrived; the local carrier may show more under ${localNumber(f)}.`,
    "out-for-delivery": () => "The parcel is out for delivery.",
    "delivery-failed": () => "A delivery attempt failed.",
    "address-problem": () => "The carrier reports a problem with the address.",
    "waiting-pickup": (f) =>
      `The parcel is waiting for you at a pickup point${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "This is the last notice: the parcel goes back to the sender if it is not collected.",
    delivered: (f, t) =>
      `The carrier reports the parcel delivered${f.deliveredOn ? ` on ${t.date(f.deliveredOn)}` : ""}.`,
    "delivered-reported-missing": () =>
      "The carrier says delivered, but you reported that you did not receive it.",
    "wrong-country": (f, t) =>
      `The tracking shows the parcel in ${f.wrongPlace ?? "another country"}, not in ${f.destination.country ? t.country(f.destination.country) : "your country"}.`,
    "wrong-city": (f) =>
      `The tracking shows the parcel at ${f.wrongPlace ?? "another city"}, not in ${f.destination.city ?? "your city"}.`,
    returned: () => "The parcel is being returned to the sender.",
    "lost-or-damaged": () => "The carrier reports the parcel lost, damaged or destroyed.",
    "carrier-problem": (f) => `The carrier reports a problem${f.lastEvent ? `: "${f.lastEvent.text}"` : ""}.`,
    "protection-soon": (f, t) =>
      `Buyer Protection ends ${f.protectionEndsOn ? `on ${t.date(f.protectionEndsOn)}` : "soon"}${f.protectionDaysLeft !== null ? `: ${t.days(f.protectionDaysLeft)} left` : ""}.`,
    "protection-now": (f, t) =>
      f.protectionDaysLeft === 0
        ? `Buyer Protection ends today${f.protectionEndsOn ? `, ${t.date(f.protectionEndsOn)}` : ""}.`
        : `Buyer Protection ends ${f.protectionEndsOn ? `on ${t.date(f.protectionEndsOn)}` : "very soon"}${f.protectionDaysLeft !== null ? `: only ${t.days(f.protectionDaysLeft)} left` : ""}.`,
    "protection-ended": (f, t) =>
      `Buyer Protection ended on ${f.protectionEndsOn ? t.date(f.protectionEndsOn) : "an earlier date"}.`,
    "protection-estimated": () =>
      "The Buyer Protection date is our estimate; check the real date on the order page and record it.",
    "dispute-open": (f, t) =>
      `You opened a dispute${f.disputeOpenedOn ? ` on ${t.date(f.disputeOpenedOn)}` : ""}; answer any request in it.`,
    "seller-replied": () => "The seller has replied to you.",
    "receipt-confirmed": () => "You confirmed receipt; this order is closed.",
    "learned-route": (f) =>
      `Expected times come from ${f.learnedParcels ?? 0} earlier parcels delivered on this route with this method.`,
  },
  playbookTitles: {
    "wait-first-scan": "Waiting for the first scan",
    "invalid-number": "Tracking number not found",
    "seller-not-shipped": "Not handed to the carrier",
    "normal-transit": "Normal transit",
    "long-silence": "No updates for a long time",
    customs: "In customs",
    "arrived-check-local": "Arrived: follow the local carrier",
    "out-for-delivery": "Out for delivery",
    "delivery-failed": "Delivery attempt failed",
    "pickup-waiting": "Waiting for pickup",
    delivered: "Delivered",
    "delivered-not-received": "Delivered but not received",
    "wrong-destination": "Going to the wrong place",
    "returned-to-sender": "Returned to sender",
    "lost-or-damaged": "Lost or damaged",
    "protection-expiring": "Buyer Protection ending",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Nothing to do yet: check again after ${t.days(f.thresholdDays ?? 3)}.`,
      "Make sure the tracking number is copied exactly as the seller gave it.",
    ],
    "invalid-number": (f, t) => [
      `Compare ${numbers(f, t)} with the number on the order page, character by character.`,
      "Look the number up on the carrier's own site and on a multi-carrier tracker.",
      "Ask the seller to confirm the number and the carrier.",
      "Keep a screenshot of the order page showing the number.",
    ],
    "seller-not-shipped": () => [
      "Ask the seller when the parcel will be handed to the carrier.",
      "If the order can still be cancelled and you no longer want to wait, cancel it.",
      "Keep the seller's answer.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `Nothing to do: the parcel is expected by ${t.date(f.etaTo)}.`
        : "Nothing to do: the parcel is moving normally.",
      f.protectionEndsOn
        ? `Keep an eye on Buyer Protection (until ${t.date(f.protectionEndsOn)}).`
        : "Record the Buyer Protection end date from the order page.",
    ],
    "long-silence": (f, t) => [
      `Look up ${numbers(f, t)} on the carrier's site and on a multi-carrier tracker for newer events.`,
      "Ask the seller whether the parcel has a new tracking number.",
      f.protectionEndsOn
        ? `If there is still no news, open a dispute before ${t.date(f.protectionEndsOn)}.`
        : "If there is still no news, open a dispute before Buyer Protection ends.",
    ],
    customs: (f, t) => [
      "Check your email, text messages and the post's customs page for a request addressed to you.",
      "Make sure your name, address and phone number on the order are correct.",
      `If nothing moves for ${t.days(f.thresholdDays ?? 10)}, contact the local carrier.`,
      "Keep screenshots of the customs status.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Follow the parcel on the local carrier's site with ${f.lastMileNumber}.`
        : `Look up ${numbers(f, t)} on your national post's site; it may show later events.`,
      "Make sure your address and phone number on the order are correct.",
    ],
    "out-for-delivery": () => [
      "Be at the address or arrange a safe place.",
      "Keep your phone at hand in case the courier calls.",
    ],
    "delivery-failed": (f) => [
      `Contact the local carrier to arrange a new delivery${f.lastMileNumber ? ` (number ${f.lastMileNumber})` : ""}.`,
      "Check that the address and phone number on the order are complete.",
      "Look for a notice in your mailbox.",
    ],
    "pickup-waiting": (f) => [
      `Collect the parcel at the pickup point${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}; bring an ID and the tracking number.`,
      "Parcels not collected in time go back to the sender.",
    ],
    delivered: () => [
      "Check the parcel and its contents.",
      "When everything is right, confirm receipt on the order page.",
    ],
    "delivered-not-received": () => [
      "Check your mailbox, parcel locker, reception, neighbours and anyone who may have taken it in.",
      "Ask the local carrier where and how it was delivered (photo, signature, place).",
      "Write to the seller.",
      "If the parcel is not found, open a dispute. Do not confirm receipt.",
    ],
    "wrong-destination": (f, t) => [
      "Take a screenshot of the tracking page and of the address on the order.",
      `Check ${numbers(f, t)} on a second tracking site.`,
      "Ask the seller to explain and to give the right tracking number.",
      "If the mismatch is confirmed, open a dispute with both screenshots.",
    ],
    "returned-to-sender": () => [
      "Read the return reason in the tracking.",
      "Ask the seller whether they will send it again or refund you.",
      "Do not pay anything outside the marketplace.",
      "If it cannot be delivered, open a dispute with the tracking screenshots.",
    ],
    "lost-or-damaged": () => [
      "Save the carrier's statement about the loss or damage.",
      "Tell the seller and ask for a new parcel or a refund.",
      "Open a dispute with the carrier's statement and the tracking history.",
    ],
    "protection-expiring": (f, t) => [
      `Write to the seller today about ${yourOrder(f)}.`,
      f.protectionEndsOn
        ? `If there is no clear answer, open a dispute before ${t.date(f.protectionEndsOn)}; do not wait past it.`
        : "If there is no clear answer, open a dispute before Buyer Protection ends.",
      "Gather the evidence listed below.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length > 0
        ? `Hello, the carrier has not yet scanned the parcel for ${order(f)} (${numbers(f, t)})${since(f, t)}. When will it be handed to the carrier? Thank you.`
        : `Hello, ${order(f)} has no tracking number yet. When will the parcel be shipped? Thank you.`,
    "invalid-number": (f, t) =>
      `Hello, the ${trackingNoun(f)} ${numbers(f, t)} for ${order(f)} cannot be found on tracking sites. Could you confirm the number and tell me which carrier has the parcel? Thank you.`,
    "no-update": (f, t) =>
      `Hello, the tracking for ${order(f)} (${numbers(f, t)}) has not changed for ${t.days(f.daysWithoutUpdate ?? 0)}. Could you ask your logistics partner where the parcel is, and send me any new tracking number? Thank you.`,
    "customs-delay": (f, t) =>
      `Hello, the parcel for ${order(f)} (${numbers(f, t)}) has been held in customs for ${t.days(f.daysWithoutUpdate ?? 0)}. Could you check with your logistics partner whether customs needs anything? Thank you.`,
    "delivered-not-received": (f, t) =>
      `Hello, the tracking for ${order(f)} (${numbers(f, t)}) says delivered${f.deliveredOn ? ` on ${t.date(f.deliveredOn)}` : ""}, but I have not received the parcel. I have checked my mailbox and the delivery place. Please send me the proof of delivery or help me find the parcel; otherwise I will open a dispute.`,
    "carrier-delivery-query": (f, t) =>
      `Hello, parcel ${f.lastMileNumber ?? f.trackingNumbers[f.trackingNumbers.length - 1] ?? ""} is shown as delivered${f.deliveredOn ? ` on ${t.date(f.deliveredOn)}` : ""}, but I have not received it. Could you tell me where and to whom it was delivered, and send a photo or signature if you have one? Thank you.`,
    "wrong-destination": (f, t) =>
      `Hello, the tracking for ${order(f)} (${numbers(f, t)}) shows the parcel ${f.wrongPlace ? `in ${f.wrongPlace}` : "somewhere else"}, not at my address${place(f, t) ? ` in ${place(f, t)}` : ""}. Please check the tracking number and give me the right one for my order.`,
    returned: (f, t) =>
      `Hello, the tracking for ${order(f)} (${numbers(f, t)}) shows the parcel going back to you. Can you send it again, or refund the order? Thank you.`,
    "lost-or-damaged": (f, t) =>
      `Hello, the carrier reports the parcel for ${order(f)} (${numbers(f, t)}) as lost or damaged. Please send a new one or refund the order. Thank you.`,
    "protection-ending": (f, t) =>
      `Hello, Buyer Protection for ${order(f)} ends${f.protectionEndsOn ? ` on ${t.date(f.protectionEndsOn)}` : " soon"} and the parcel${f.trackingNumbers.length > 0 ? ` (${numbers(f, t)})` : ""} has not arrived. Please tell me where it is. Without clear news I will open a dispute to protect the order.`,
  },
  disputes: {
    "not-delivered": (f, t) =>
      `The parcel for ${order(f)} has not been delivered. ${f.trackingNumbers.length > 0 ? `Tracking: ${numbers(f, t)}. ` : "The seller gave no tracking number. "}${f.lastEvent ? `The last event was on ${t.date(f.lastEvent.date)}: "${f.lastEvent.text}". ` : "The tracking shows no carrier event. "}${f.daysWithoutUpdate !== null ? `There has been no update for ${t.days(f.daysWithoutUpdate)}. ` : ""}I request a refund.`,
    "delivered-not-received": (f, t) =>
      `The tracking (${numbers(f, t)}) says delivered${f.deliveredOn ? ` on ${t.date(f.deliveredOn)}` : ""}, but I did not receive the parcel. The address on the order is correct. I checked with the local carrier and the parcel was not delivered to me. I request a refund.`,
    "wrong-destination": (f, t) =>
      `The tracking (${numbers(f, t)}) shows the parcel ${f.wrongPlace ? `in ${f.wrongPlace}` : "somewhere else"}, not at my address${place(f, t) ? ` in ${place(f, t)}` : ""}. Screenshots of the tracking and of my order address are attached. I request a refund.`,
    returned: (f, t) =>
      `The parcel (${numbers(f, t)}) was returned to the sender and never delivered to me. Tracking screenshots are attached. I request a refund.`,
    "lost-or-damaged": (f, t) =>
      `The carrier reports the parcel (${numbers(f, t)}) as lost or damaged. The carrier's statement and the tracking history are attached. I request a refund.`,
    "customs-delay": (f, t) =>
      `The parcel (${numbers(f, t)}) has been held in customs for ${t.days(f.daysWithoutUpdate ?? 0)} with no progress${f.lastEvent ? ` since ${t.date(f.lastEvent.date)}` : ""}. The tracking history is attached. I request a refund.`,
  },
  evidence: {
    "tracking-numbers": "Tracking numbers and which carrier has each",
    "tracking-history": "The full tracking history, as fetched, with fetch times",
    "order-details": "Order details (order number, date, items)",
    "delivery-address": "Your delivery address (screenshot of the order page)",
    "protection-dates": "Buyer Protection end date (screenshot of the order page)",
    "wrong-place": "The tracking event that shows the wrong place",
    "carrier-response": "The local carrier's answer",
    "seller-messages": "Your messages with the seller (screenshots)",
    "proof-not-delivered":
      "Proof the parcel did not reach you (carrier statement, building or locker record)",
  },
  words: {
    held: "included",
    toAdd: "to add",
    estimated: "estimated",
    protectionEnds: "Buyer Protection ends",
    daysLeft: "days left",
    expectedDelivery: "Expected delivery",
    nextCheck: "Next check",
    checklist: "What to do",
    messageToSeller: "Message to the seller",
    messageToCarrier: "Message to the carrier",
    disputeText: "Dispute text",
    evidence: "Evidence",
    why: "Why",
  },
  pack: {
    title: "Evidence pack",
    orderName: (number, id) => `Order ${number ?? `#${id}`}`,
    generated: (time) => `Generated ${time}`,
    asOf: (time) => `Judged as of ${time}`,
    version: (version) => `ParcelTrail version ${version}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    field: (label, value) => `${label}: ${value}`,
    bytes: (count) => `${count}\u00a0B`,
    summary: "Summary",
    order: "Order",
    orderNumber: "Order number",
    marketplace: "Marketplace",
    itemTitle: "Title",
    items: "Items",
    seller: "Seller",
    placed: "Placed",
    shippingMethod: "Shipping method",
    destination: "Destination",
    notes: "Notes",
    trackingNumbers: "Tracking numbers",
    trackingNumber: "Tracking number",
    carrier: "Carrier",
    role: "Role",
    firstLeg: "first leg",
    lastMile: "last mile",
    handedOffFrom: "Handed off from",
    numberLinks: "Links between numbers",
    timeline: "Timeline",
    time: "Time",
    status: "Status",
    event: "Event",
    place: "Place",
    sources: "Sources",
    source: "Source",
    sourceHistories: "Each source's history, as fetched",
    reads: "Reads",
    fetchedAt: "Fetched",
    outcome: "Outcome",
    httpStatus: "HTTP status",
    contentType: "Content type",
    size: "Size",
    sha256: "SHA-256",
    rawCopy: "Raw copy",
    rawBody: "Raw response",
    rawTooLong: "Too long to show here; see the raw copy.",
    rawShownAbove: "Shown above.",
    hashMismatch: "The stored body no longer matches its SHA-256.",
    glyphsMissing:
      "Some text here is in a script this PDF's font lacks (Chinese, Japanese, Korean or Thai) and shows as empty boxes; the HTML page shows it.",
    reports: "Your reports",
    reportKinds: {
      not_received: "Not received",
      seller_replied: "Seller replied",
      dispute_opened: "Dispute opened",
      receipt_confirmed: "Receipt confirmed",
    },
    noEvents: "No events yet.",
    none: "none",
    unknown: "unknown",
    verify: "How to check this pack",
    verifyText:
      "Every raw response is copied byte for byte into the raw/ folder beside this file. Its SHA-256 (sha256sum raw/*) must equal the one listed here, which was computed when it was received.",
  },
};
