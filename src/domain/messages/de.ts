/**
 * German: says what en.ts says, in the words AliExpress Germany uses ("Käuferschutz",
 * "Streitfall", "Sendungsnummer"), formal "Sie". `t.days` and `t.country` give nominatives, so
 * sentences never put them after a preposition that needs the dative ("in" + country); after
 * "seit" the day count comes from `daysDat` ("seit 1 Tag", "seit 12 Tagen").
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

/** "meiner Bestellung Nr. 8190…" (dative), for "zu", "bei", "von". */
const myOrderDat = (f: Facts) =>
  f.orderNumber ? `meiner Bestellung Nr. ${f.orderNumber}` : "meiner Bestellung";
/** "meine Bestellung Nr. 8190…" (accusative), for "für". */
const myOrderAcc = (f: Facts) =>
  f.orderNumber ? `meine Bestellung Nr. ${f.orderNumber}` : "meine Bestellung";
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
/** Dative of a day count, for "seit": "1 Tag", "12 Tagen". */
const daysDat = (count: number, t: Tools) => t.days(count).replace(/Tage$/, "Tagen");
const several = (f: Facts) => f.trackingNumbers.length > 1;
/** "die Sendungsnummer X" / "die Sendungsnummern X und Y" (nominative or accusative). */
const theNumbers = (f: Facts, t: Tools) =>
  `${several(f) ? "die Sendungsnummern" : "die Sendungsnummer"} ${numbers(f, t)}`;
/** "Madrid, Spanien" / "Madrid" / null: only used after "in", so never a country alone. */
const cityAndCountry = (f: Facts, t: Tools) =>
  f.destination.city
    ? [f.destination.city, f.destination.country ? t.country(f.destination.country) : null]
        .filter(Boolean)
        .join(", ")
    : null;
const wrongPlace = (f: Facts) => (f.wrongPlace ? `in ${f.wrongPlace}` : "an einem anderen Ort");
/** "nicht an meiner Lieferadresse in Madrid, Spanien, sondern in Lisboa, Portugal". */
const notAtMyAddress = (f: Facts, t: Tools) => {
  const place = cityAndCountry(f, t);
  const mine = place
    ? ` in ${place}`
    : f.destination.country
      ? ` (Lieferland: ${t.country(f.destination.country)})`
      : "";
  return `nicht an meiner Lieferadresse${mine}, sondern ${wrongPlace(f)}`;
};
/** A "nicht mehr" sentence about the days left, or none when the count is unknown. */
const leftSentence = (left: number | null, t: Tools, only: boolean) =>
  left === null
    ? ""
    : left <= 0
      ? " Heute ist der letzte Tag."
      : ` Sie haben ${only ? "nur noch" : "noch"} ${t.days(left)} Zeit.`;

export const de: Catalog = {
  language: "de",
  verdicts: {
    on_track: "Im Plan",
    wait: "Abwarten",
    watch: "Im Auge behalten",
    act_soon: "Bald handeln",
    act_now: "Jetzt handeln",
    delivered: "Zugestellt",
    closed: "Abgeschlossen",
  },
  stages: {
    pre_transit: "Wartet auf Übergabe an den Versanddienstleister",
    origin: "Im Versandland",
    line_haul: "Auf dem Weg ins Zielland",
    destination: "Im Zielland",
    final_mile: "Beim Zustelldienst im Zielland",
    done: "Abgeschlossen",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `${f.daysWithoutUpdate !== null ? `${t.days(f.daysWithoutUpdate)} nach der Bestellung gibt es noch keine Sendungsnummer` : "Es gibt noch keine Sendungsnummer"}; Verkäufer brauchen für den Versand meist bis zu ${t.days(f.thresholdDays ?? 7)}.`,
    "label-only": (f, t) =>
      `Das Versandetikett ist bereits ${t.days(f.daysWithoutUpdate ?? 0)} alt, doch der Versanddienstleister hat das Paket noch nicht erfasst.`,
    "first-scan-window": (f, t) =>
      `Der erste Scan lässt nach dem Versand oft bis zu ${t.days(f.thresholdDays ?? 3)} auf sich warten; das ist normal.`,
    "no-events-yet": (f, t) =>
      `Seit ${daysDat(f.daysWithoutUpdate ?? 0, t)} hat kein Versanddienstleister etwas gemeldet.`,
    "number-invalid": (f, t) =>
      several(f)
        ? `Die Sendungsnummern ${numbers(f, t)} passen zu keinem Format eines bekannten Versanddienstleisters; vielleicht enthalten sie einen Tippfehler.`
        : `Die Sendungsnummer ${numbers(f, t)} passt zu keinem Format eines bekannten Versanddienstleisters; vielleicht enthält sie einen Tippfehler.`,
    "seller-slow": (f, t) =>
      `${t.days(f.daysWithoutUpdate ?? 0)} nach Erstellung des Versandetiketts wurde das Paket noch immer nicht an den Versanddienstleister übergeben.`,
    moving: (f, t) =>
      `Das Paket ist unterwegs; ${f.lastEvent ? `die letzte Meldung stammt vom ${t.date(f.lastEvent.date)}` : "es gab kürzlich eine neue Meldung"}.`,
    "quiet-normal": (f, t) =>
      `Die letzte Aktualisierung ist ${t.days(f.daysWithoutUpdate ?? 0)} her; in dieser Phase ist es normal, wenn eine Pause bis zu ${t.days(f.thresholdDays ?? 0)} dauert.`,
    "quiet-long": (f, t) =>
      `Die letzte Aktualisierung ist ${t.days(f.daysWithoutUpdate ?? 0)} her; das ist länger als in dieser Phase üblich (bis zu ${t.days(f.thresholdDays ?? 0)}).`,
    "quiet-very-long": (f, t) =>
      `Die letzte Aktualisierung ist ${t.days(f.daysWithoutUpdate ?? 0)} her – für diese Phase eine sehr lange Zeit ohne Meldung (mehr als ${t.days(f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      `Das späteste voraussichtliche Lieferdatum${f.etaTo ? ` (${t.date(f.etaTo)})` : ""} ist bereits verstrichen.`,
    "in-customs": (f, t) =>
      `Das Paket ist beim Zoll; die Zollabfertigung dauert oft bis zu ${t.days(f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `Das Paket liegt beim Zoll, und die letzte Meldung ist schon ${t.days(f.daysWithoutUpdate ?? 0)} her – das dauert länger als üblich.`,
    "customs-needs-you": () =>
      "Der Zoll oder der Versanddienstleister benötigt etwas von Ihnen (eine Zahlung, ein Dokument oder Angaben).",
    "arrived-destination": (f, t) =>
      `Das Paket ist im Zielland angekommen${f.destination.country ? ` (${t.country(f.destination.country)})` : ""}.`,
    "local-quiet": (f, t) =>
      `Das Paket ist im Zielland angekommen, doch die letzte Meldung ist schon ${t.days(f.daysWithoutUpdate ?? 0)} her; beim Zustelldienst in Ihrem Land finden Sie unter ${f.lastMileNumber ? `der lokalen Sendungsnummer ${f.lastMileNumber}` : "Ihrer Sendungsnummer"} möglicherweise weitere Informationen.`,
    "out-for-delivery": () => "Das Paket befindet sich in der Zustellung.",
    "delivery-failed": () => "Ein Zustellversuch ist fehlgeschlagen.",
    "address-problem": () => "Der Versanddienstleister meldet ein Problem mit der Adresse.",
    "waiting-pickup": (f) =>
      `Das Paket liegt an einer Abholstelle für Sie bereit${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "Dies ist die letzte Benachrichtigung: Wird das Paket nicht abgeholt, geht es an den Absender zurück.",
    delivered: (f, t) =>
      `Laut Versanddienstleister wurde das Paket${f.deliveredOn ? ` am ${t.date(f.deliveredOn)}` : ""} zugestellt.`,
    "delivered-reported-missing": () =>
      "Laut Versanddienstleister wurde das Paket zugestellt, Sie haben aber angegeben, dass Sie es nicht erhalten haben.",
    "wrong-country": (f, t) =>
      `Laut Sendungsverfolgung befindet sich das Paket nicht ${f.destination.country ? `im Zielland (${t.country(f.destination.country)})` : "in Ihrem Land"}, sondern ${f.wrongPlace ? `in ${f.wrongPlace}` : "in einem anderen Land"}.`,
    "wrong-city": (f) =>
      `Laut Sendungsverfolgung befindet sich das Paket nicht in ${f.destination.city ?? "Ihrer Stadt"}, sondern ${f.wrongPlace ? `in ${f.wrongPlace}` : "in einer anderen Stadt"}.`,
    returned: () => "Das Paket wird an den Absender zurückgeschickt.",
    "lost-or-damaged": () =>
      "Der Versanddienstleister meldet das Paket als verloren, beschädigt oder vernichtet.",
    "carrier-problem": (f) =>
      `Der Versanddienstleister meldet ein Problem${f.lastEvent ? `: „${f.lastEvent.text}“` : ""}.`,
    "protection-soon": (f, t) =>
      `Der Käuferschutz endet ${f.protectionEndsOn ? `am ${t.date(f.protectionEndsOn)}` : "bald"}.${leftSentence(f.protectionDaysLeft, t, false)}`,
    "protection-now": (f, t) =>
      `Der Käuferschutz endet ${f.protectionEndsOn ? `am ${t.date(f.protectionEndsOn)}` : "sehr bald"}.${leftSentence(f.protectionDaysLeft, t, true)}`,
    "protection-ended": (f, t) =>
      `Der Käuferschutz ist ${f.protectionEndsOn ? `am ${t.date(f.protectionEndsOn)}` : "bereits"} abgelaufen.`,
    "protection-estimated": () =>
      "Das Enddatum des Käuferschutzes ist von uns geschätzt; prüfen Sie das tatsächliche Datum auf der Bestellseite und tragen Sie es ein.",
    "dispute-open": (f, t) =>
      `Sie haben ${f.disputeOpenedOn ? `am ${t.date(f.disputeOpenedOn)} ` : ""}einen Streitfall eröffnet; reagieren Sie auf alle Rückfragen darin.`,
    "seller-replied": () => "Der Verkäufer hat Ihnen geantwortet.",
    "receipt-confirmed": () => "Sie haben den Erhalt bestätigt; diese Bestellung ist abgeschlossen.",
    "learned-route": (f) =>
      f.learnedParcels === 1
        ? "Die erwarteten Laufzeiten beruhen auf einem früheren Paket, das auf dieser Strecke mit dieser Versandart zugestellt wurde."
        : `Die erwarteten Laufzeiten beruhen auf ${f.learnedParcels === null ? "" : `${f.learnedParcels} `}früheren Paketen, die auf dieser Strecke mit dieser Versandart zugestellt wurden.`,
  },
  playbookTitles: {
    "wait-first-scan": "Warten auf den ersten Scan",
    "invalid-number": "Sendungsnummer nicht gefunden",
    "seller-not-shipped": "Noch nicht an den Versanddienstleister übergeben",
    "normal-transit": "Normal unterwegs",
    "long-silence": "Lange keine Neuigkeiten",
    customs: "Beim Zoll",
    "arrived-check-local": "Angekommen: beim Zustelldienst weiterverfolgen",
    "out-for-delivery": "In Zustellung",
    "delivery-failed": "Zustellversuch fehlgeschlagen",
    "pickup-waiting": "Wartet auf Abholung",
    delivered: "Zugestellt",
    "delivered-not-received": "Zugestellt, aber nicht erhalten",
    "wrong-destination": "Unterwegs an den falschen Ort",
    "returned-to-sender": "Zurück an den Absender",
    "lost-or-damaged": "Verloren oder beschädigt",
    "protection-expiring": "Käuferschutz läuft ab",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Derzeit ist nichts zu tun: Warten Sie noch ${t.days(f.thresholdDays ?? 3)} und prüfen Sie dann erneut.`,
      "Prüfen Sie, ob die Sendungsnummer genau so übernommen wurde, wie der Verkäufer sie angegeben hat.",
    ],
    "invalid-number": (f, t) => [
      `Vergleichen Sie ${theNumbers(f, t)} Zeichen für Zeichen mit den Angaben auf der Bestellseite.`,
      `Geben Sie ${several(f) ? "die Nummern" : "die Nummer"} auf der Website des Versanddienstleisters und in einem Tracking-Portal ein, das mehrere Versanddienstleister abdeckt.`,
      `Bitten Sie den Verkäufer, ${several(f) ? "die Nummern" : "die Nummer"} und den Versanddienstleister zu bestätigen.`,
      `Speichern Sie einen Screenshot der Bestellseite, auf dem ${several(f) ? "die Nummern zu sehen sind" : "die Nummer zu sehen ist"}.`,
    ],
    "seller-not-shipped": () => [
      "Fragen Sie den Verkäufer, wann das Paket an den Versanddienstleister übergeben wird.",
      "Wenn sich die Bestellung noch stornieren lässt und Sie nicht länger warten möchten, stornieren Sie sie.",
      "Bewahren Sie die Antwort des Verkäufers auf.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `Derzeit ist nichts zu tun: Das Paket wird bis zum ${t.date(f.etaTo)} erwartet.`
        : "Derzeit ist nichts zu tun: Das Paket ist ganz normal unterwegs.",
      f.protectionEndsOn
        ? `Behalten Sie den Käuferschutz im Blick (gilt bis zum ${t.date(f.protectionEndsOn)}).`
        : "Notieren Sie sich das Enddatum des Käuferschutzes, das auf der Bestellseite steht.",
    ],
    "long-silence": (f, t) => [
      `Prüfen Sie auf der Website des Versanddienstleisters und bei einem Tracking-Portal, das mehrere Versanddienstleister abdeckt, ob es zu ${numbers(f, t)} neuere Meldungen gibt.`,
      "Fragen Sie den Verkäufer, ob das Paket eine neue Sendungsnummer hat.",
      f.protectionEndsOn
        ? `Wenn es weiterhin keine Neuigkeiten gibt, eröffnen Sie vor dem ${t.date(f.protectionEndsOn)} einen Streitfall.`
        : "Wenn es weiterhin keine Neuigkeiten gibt, eröffnen Sie einen Streitfall, bevor der Käuferschutz endet.",
    ],
    customs: (f, t) => [
      "Sehen Sie in Ihren E-Mails, SMS und auf der Zollseite der Post nach, ob eine Anfrage an Sie vorliegt.",
      "Prüfen Sie, ob Name, Adresse und Telefonnummer in der Bestellung stimmen.",
      `Wenn sich ${t.days(f.thresholdDays ?? 10)} lang nichts bewegt, wenden Sie sich an den Zustelldienst in Ihrem Land.`,
      "Sichern Sie Screenshots des Zollstatus.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Verfolgen Sie das Paket auf der Website des Zustelldienstes in Ihrem Land mit der Nummer ${f.lastMileNumber}.`
        : `Geben Sie ${numbers(f, t)} auf der Website der Post in Ihrem Land ein; dort erscheinen eventuell neuere Meldungen.`,
      "Prüfen Sie, ob Adresse und Telefonnummer in der Bestellung stimmen.",
    ],
    "out-for-delivery": () => [
      "Sorgen Sie dafür, dass jemand an der Adresse ist, oder legen Sie einen Ablageort fest.",
      "Halten Sie Ihr Telefon bereit, falls der Zusteller anruft.",
    ],
    "delivery-failed": (f) => [
      `Vereinbaren Sie mit dem Zustelldienst in Ihrem Land eine neue Zustellung${f.lastMileNumber ? ` (Sendungsnummer ${f.lastMileNumber})` : ""}.`,
      "Prüfen Sie, ob Adresse und Telefonnummer in der Bestellung vollständig sind.",
      "Sehen Sie nach, ob eine Benachrichtigungskarte in Ihrem Briefkasten liegt.",
    ],
    "pickup-waiting": (f) => [
      `Holen Sie das Paket an der Abholstelle ab${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}; nehmen Sie einen Ausweis und die Sendungsnummer mit.`,
      "Pakete, die nicht rechtzeitig abgeholt werden, gehen an den Absender zurück.",
    ],
    delivered: () => [
      "Prüfen Sie das Paket und seinen Inhalt.",
      "Wenn alles in Ordnung ist, bestätigen Sie den Erhalt auf der Bestellseite.",
    ],
    "delivered-not-received": () => [
      "Sehen Sie im Briefkasten, in der Paketstation und am Empfang nach, und fragen Sie Nachbarn und alle, die das Paket angenommen haben könnten.",
      "Fragen Sie den Zustelldienst in Ihrem Land, wo und wie das Paket zugestellt wurde (Foto, Unterschrift, Ablageort).",
      "Schreiben Sie dem Verkäufer.",
      "Wenn das Paket nicht auftaucht, eröffnen Sie einen Streitfall. Bestätigen Sie den Erhalt nicht.",
    ],
    "wrong-destination": (f, t) => [
      "Machen Sie einen Screenshot der Sendungsverfolgung und der Lieferadresse in der Bestellung.",
      `Prüfen Sie ${numbers(f, t)} zusätzlich auf einer anderen Tracking-Website.`,
      "Bitten Sie den Verkäufer um eine Erklärung und um die richtige Sendungsnummer.",
      "Bestätigt sich die Abweichung, eröffnen Sie einen Streitfall mit beiden Screenshots.",
    ],
    "returned-to-sender": () => [
      "Lesen Sie in der Sendungsverfolgung nach, warum das Paket zurückgeht.",
      "Fragen Sie den Verkäufer, ob er das Paket erneut versendet oder Ihnen den Kaufpreis erstattet.",
      "Bezahlen Sie nichts außerhalb der Plattform.",
      "Wenn das Paket nicht zugestellt werden kann, eröffnen Sie einen Streitfall mit den Screenshots der Sendungsverfolgung.",
    ],
    "lost-or-damaged": () => [
      "Speichern Sie die Mitteilung des Versanddienstleisters über den Verlust oder die Beschädigung.",
      "Informieren Sie den Verkäufer und bitten Sie um eine Ersatzlieferung oder eine Rückerstattung.",
      "Eröffnen Sie einen Streitfall mit der Mitteilung des Versanddienstleisters und dem Sendungsverlauf.",
    ],
    "protection-expiring": (f, t) => [
      `Schreiben Sie dem Verkäufer noch heute wegen ${f.orderNumber ? `der Bestellung Nr. ${f.orderNumber}` : "Ihrer Bestellung"}.`,
      f.protectionEndsOn
        ? `Wenn keine klare Antwort kommt, eröffnen Sie vor dem ${t.date(f.protectionEndsOn)} einen Streitfall; warten Sie nicht über dieses Datum hinaus.`
        : "Wenn keine klare Antwort kommt, eröffnen Sie einen Streitfall, bevor der Käuferschutz endet.",
      "Sammeln Sie die unten aufgeführten Nachweise.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length > 0
        ? `Guten Tag, das Paket zu ${myOrderDat(f)} (${numbers(f, t)}) wurde vom Versanddienstleister noch nicht erfasst${f.lastEvent ? `; die letzte Meldung stammt vom ${t.date(f.lastEvent.date)}` : ""}. Könnten Sie mir mitteilen, wann das Paket an den Versanddienstleister übergeben wird? Vielen Dank.`
        : `Guten Tag, zu ${myOrderDat(f)} gibt es noch keine Sendungsnummer. Könnten Sie mir mitteilen, wann das Paket versendet wird? Vielen Dank.`,
    "invalid-number": (f, t) =>
      several(f)
        ? `Guten Tag, die Sendungsnummern ${numbers(f, t)} zu ${myOrderDat(f)} werden auf Tracking-Websites nicht gefunden. Könnten Sie die Nummern bestätigen und mir mitteilen, welcher Versanddienstleister das Paket hat? Vielen Dank.`
        : `Guten Tag, die Sendungsnummer ${numbers(f, t)} zu ${myOrderDat(f)} wird auf Tracking-Websites nicht gefunden. Könnten Sie die Nummer bestätigen und mir mitteilen, welcher Versanddienstleister das Paket hat? Vielen Dank.`,
    "no-update": (f, t) =>
      `Guten Tag, die letzte Änderung in der Sendungsverfolgung zu ${myOrderDat(f)} (${numbers(f, t)}) ist bereits ${t.days(f.daysWithoutUpdate ?? 0)} her. Könnten Sie bei Ihrem Logistikpartner nachfragen, wo sich das Paket befindet, und mir gegebenenfalls eine neue Sendungsnummer schicken? Vielen Dank.`,
    "customs-delay": (f, t) =>
      `Guten Tag, das Paket zu ${myOrderDat(f)} (${numbers(f, t)}) liegt seit ${daysDat(f.daysWithoutUpdate ?? 0, t)} beim Zoll fest. Könnten Sie bei Ihrem Logistikpartner klären, ob der Zoll etwas benötigt? Vielen Dank.`,
    "delivered-not-received": (f, t) =>
      `Guten Tag, laut Sendungsverfolgung wurde das Paket zu ${myOrderDat(f)} (${numbers(f, t)})${f.deliveredOn ? ` am ${t.date(f.deliveredOn)}` : ""} zugestellt, ich habe es jedoch nicht erhalten. Meinen Briefkasten und den Zustellort habe ich bereits geprüft. Bitte senden Sie mir den Zustellnachweis oder helfen Sie mir, das Paket zu finden; andernfalls werde ich einen Streitfall eröffnen.`,
    "carrier-delivery-query": (f, t) =>
      `Guten Tag, laut Sendungsverfolgung wurde meine Sendung ${f.lastMileNumber ? `mit der Nummer ${f.lastMileNumber}` : several(f) ? `mit den Nummern ${numbers(f, t)}` : `mit der Nummer ${numbers(f, t)}`}${f.deliveredOn ? ` am ${t.date(f.deliveredOn)}` : ""} zugestellt, ich habe sie jedoch nicht erhalten. Könnten Sie mir mitteilen, wo und an wen sie zugestellt wurde, und mir – falls vorhanden – ein Foto oder die Unterschrift schicken? Vielen Dank.`,
    "wrong-destination": (f, t) =>
      `Guten Tag, laut Sendungsverfolgung zu ${myOrderDat(f)} (${numbers(f, t)}) befindet sich das Paket ${notAtMyAddress(f, t)}. Bitte prüfen Sie die Sendungsnummer und teilen Sie mir die richtige Nummer für meine Bestellung mit.`,
    returned: (f, t) =>
      `Guten Tag, laut Sendungsverfolgung zu ${myOrderDat(f)} (${numbers(f, t)}) geht das Paket an Sie zurück. Könnten Sie es erneut versenden oder mir den Kaufpreis erstatten? Vielen Dank.`,
    "lost-or-damaged": (f, t) =>
      `Guten Tag, der Versanddienstleister meldet das Paket zu ${myOrderDat(f)} (${numbers(f, t)}) als verloren oder beschädigt. Bitte schicken Sie mir Ersatz oder erstatten Sie mir den Kaufpreis. Vielen Dank.`,
    "protection-ending": (f, t) =>
      `Guten Tag, der Käuferschutz für ${myOrderAcc(f)} endet ${f.protectionEndsOn ? `am ${t.date(f.protectionEndsOn)}` : "bald"}, und das Paket${f.trackingNumbers.length > 0 ? ` (${numbers(f, t)})` : ""} ist noch nicht angekommen. Bitte teilen Sie mir mit, wo es sich befindet. Ohne eine klare Auskunft werde ich einen Streitfall eröffnen, um die Bestellung abzusichern.`,
  },
  disputes: {
    "not-delivered": (f, t) => {
      const days = f.daysWithoutUpdate === null ? null : t.days(f.daysWithoutUpdate);
      const tracking =
        f.trackingNumbers.length > 0
          ? `${several(f) ? "Sendungsnummern" : "Sendungsnummer"}: ${numbers(f, t)}.`
          : "Der Verkäufer hat keine Sendungsnummer angegeben.";
      const history = f.lastEvent
        ? `Die letzte Meldung vom ${t.date(f.lastEvent.date)} lautet: „${f.lastEvent.text}“.${days ? ` Das ist bereits ${days} her.` : ""}`
        : `Die Sendungsverfolgung zeigt keine Meldung eines Versanddienstleisters.${f.daysWithoutUpdate === null ? "" : ` Seit ${daysDat(f.daysWithoutUpdate, t)} gibt es keine Aktualisierung.`}`;
      return `Das Paket zu ${myOrderDat(f)} wurde nicht zugestellt. ${tracking} ${history} Ich beantrage eine Rückerstattung.`;
    },
    "delivered-not-received": (f, t) =>
      `Laut Sendungsverfolgung (${numbers(f, t)}) wurde das Paket${f.deliveredOn ? ` am ${t.date(f.deliveredOn)}` : ""} zugestellt, ich habe es jedoch nicht erhalten. Die Adresse in der Bestellung ist korrekt. Ich habe beim Zustelldienst in meinem Land nachgefragt: Das Paket wurde mir nicht zugestellt. Ich beantrage eine Rückerstattung.`,
    "wrong-destination": (f, t) =>
      `Laut Sendungsverfolgung (${numbers(f, t)}) befindet sich das Paket ${notAtMyAddress(f, t)}. Screenshots der Sendungsverfolgung und der Lieferadresse in meiner Bestellung sind beigefügt. Ich beantrage eine Rückerstattung.`,
    returned: (f, t) =>
      `Das Paket (${numbers(f, t)}) wurde an den Absender zurückgeschickt und mir nie zugestellt. Screenshots der Sendungsverfolgung sind beigefügt. Ich beantrage eine Rückerstattung.`,
    "lost-or-damaged": (f, t) =>
      `Der Versanddienstleister meldet das Paket (${numbers(f, t)}) als verloren oder beschädigt. Die Mitteilung des Versanddienstleisters und der Sendungsverlauf sind beigefügt. Ich beantrage eine Rückerstattung.`,
    "customs-delay": (f, t) =>
      `Das Paket (${numbers(f, t)}) liegt seit ${daysDat(f.daysWithoutUpdate ?? 0, t)} beim Zoll fest${f.lastEvent ? `; seit dem ${t.date(f.lastEvent.date)} gibt es keinen Fortschritt` : ", ohne dass sich etwas bewegt"}. Der Sendungsverlauf ist beigefügt. Ich beantrage eine Rückerstattung.`,
  },
  evidence: {
    "tracking-numbers": "Sendungsnummern und der jeweils zuständige Versanddienstleister",
    "tracking-history": "Der vollständige Sendungsverlauf, wie abgerufen, mit Abrufzeitpunkten",
    "order-details": "Bestelldetails (Bestellnummer, Datum, Artikel)",
    "delivery-address": "Ihre Lieferadresse (Screenshot der Bestellseite)",
    "protection-dates": "Enddatum des Käuferschutzes (Screenshot der Bestellseite)",
    "wrong-place": "Der Eintrag im Sendungsverlauf, der den falschen Ort zeigt",
    "carrier-response": "Die Antwort des Zustelldienstes in Ihrem Land",
    "seller-messages": "Ihr Nachrichtenverlauf mit dem Verkäufer (Screenshots)",
    "proof-not-delivered":
      "Nachweis, dass das Paket Sie nicht erreicht hat (Erklärung des Zustelldienstes, Bestätigung der Hausverwaltung oder Protokoll der Paketstation)",
  },
  words: {
    held: "enthalten",
    toAdd: "noch hinzuzufügen",
    estimated: "geschätzt",
    protectionEnds: "Käuferschutz endet",
    daysLeft: "verbleibende Tage",
    expectedDelivery: "Voraussichtliche Zustellung",
    nextCheck: "Nächste Prüfung",
    checklist: "Was zu tun ist",
    messageToSeller: "Nachricht an den Verkäufer",
    messageToCarrier: "Nachricht an den Zustelldienst",
    disputeText: "Text für den Streitfall",
    evidence: "Nachweise",
    why: "Begründung",
  },
  pack: {
    title: "Beweisunterlagen",
    orderName: (number, id) => (number ? `Bestellung Nr.\u00a0${number}` : `Bestellung #${id}`),
    generated: (time) => `Erstellt am ${time}`,
    asOf: (time) => `Bewertung mit Stand ${time}`,
    version: (version) => `ParcelTrail-Version ${version}`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
    field: (label, value) => `${label}: ${value}`,
    bytes: (count) => `${count}\u00a0B`,
    summary: "Zusammenfassung",
    order: "Bestellung",
    orderNumber: "Bestellnummer",
    marketplace: "Marktplatz",
    itemTitle: "Bezeichnung",
    items: "Artikel",
    seller: "Verkäufer",
    placed: "Bestelldatum",
    shippingMethod: "Versandart",
    destination: "Lieferort",
    notes: "Notizen",
    trackingNumbers: "Sendungsnummern",
    trackingNumber: "Sendungsnummer",
    carrier: "Versanddienst",
    role: "Teilstrecke",
    firstLeg: "erste Teilstrecke",
    lastMile: "letzte Meile",
    handedOffFrom: "Vorherige Nummer",
    numberLinks: "Verknüpfungen zwischen den Sendungsnummern",
    timeline: "Chronologie",
    time: "Zeitpunkt",
    status: "Status",
    event: "Meldung",
    place: "Ort",
    sources: "Quellen",
    source: "Quelle",
    sourceHistories: "Verlauf jeder Quelle, wie abgerufen",
    reads: "Abrufe",
    fetchedAt: "Abrufzeitpunkt",
    outcome: "Ergebnis",
    httpStatus: "HTTP-Status",
    contentType: "Inhaltstyp",
    size: "Größe",
    sha256: "SHA-256",
    rawCopy: "Unveränderte Kopie",
    rawBody: "Originalantwort",
    rawTooLong: "Zu lang für die Anzeige hier; siehe die unveränderte Kopie.",
    rawShownAbove: "Siehe oben.",
    hashMismatch: "Der gespeicherte Inhalt stimmt nicht mehr mit seinem SHA-256 überein.",
    glyphsMissing:
      "Ein Teil des Textes ist in einer Schrift verfasst, die in der Schriftart dieses PDFs fehlt (Chinesisch, Japanisch, Koreanisch oder Thai), und erscheint als leere Kästchen; auf der HTML-Seite ist er vollständig lesbar.",
    reports: "Ihre Angaben",
    reportKinds: {
      not_received: "Nicht erhalten",
      seller_replied: "Antwort des Verkäufers",
      dispute_opened: "Streitfall eröffnet",
      receipt_confirmed: "Erhalt bestätigt",
    },
    noEvents: "Noch keine Meldungen.",
    none: "Keine Einträge",
    unknown: "unbekannt",
    verify: "So prüfen Sie diese Unterlagen",
    verifyText:
      "Jede Originalantwort ist Byte für Byte in den Ordner raw/ neben dieser Datei kopiert. Ihr SHA-256-Wert (sha256sum raw/*) muss mit dem hier angegebenen Wert übereinstimmen, der beim Empfang berechnet wurde.",
  },
};
