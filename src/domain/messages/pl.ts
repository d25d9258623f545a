/**
 * Polish. Polite register: messages start with "Dzień dobry", requests use "Proszę o...", and the
 * buyer never speaks in a gendered past tense ("otrzymałem/otrzymałam"), so every text fits anyone.
 * Checklists address the user with the informal imperative, as AliExpress does ("Otwórz spór").
 * Terms as AliExpress Poland shows them: "Ochrona Kupującego", "spór", "numer śledzenia",
 * "potwierdź odbiór", "zwrot pieniędzy".
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

/** Genitive of a day count ("od 1 dnia", "od 12 dni"): only 1 differs from `t.days`. */
const daysGen = (count: number, t: Tools) =>
  count === 1 ? t.days(1).replace("dzień", "dnia") : t.days(count);
/** "zamówienia nr 123" / "mojego zamówienia". */
const orderGen = (f: Facts) => (f.orderNumber ? `zamówienia nr ${f.orderNumber}` : "mojego zamówienia");
/** "zamówienie nr 123" / "moje zamówienie" (nominative). */
const orderNom = (f: Facts) => (f.orderNumber ? `zamówienie nr ${f.orderNumber}` : "moje zamówienie");
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
const several = (f: Facts) => f.trackingNumbers.length > 1;
/** "numer śledzenia: X" / "numery śledzenia: X i Y", for a parenthesis. */
const trackRef = (f: Facts, t: Tools) => `${several(f) ? "numery" : "numer"} śledzenia: ${numbers(f, t)}`;
/** "numer X" / "numery X i Y", as an object ("Sprawdź numer X"). */
const numRef = (f: Facts, t: Tools) => `${several(f) ? "numery" : "numer"} ${numbers(f, t)}`;
/** "nr X" / "o numerach X i Y", after "przesyłka". */
const parcelNo = (f: Facts, t: Tools) => `${several(f) ? "o numerach" : "nr"} ${numbers(f, t)}`;
/** "za 7 dni (28 listopada 2026)", "jutro (...)", "dziś (...)", the bare date when the count is unusable, or `vague`. */
const protectionWhen = (f: Facts, t: Tools, vague: string) => {
  const left = f.protectionDaysLeft;
  const date = f.protectionEndsOn ? t.date(f.protectionEndsOn) : null;
  if (left === null || left < 0) return date ?? vague;
  const when = left === 0 ? "dziś" : left === 1 ? "jutro" : `za ${t.days(left)}`;
  return date ? `${when} (${date})` : when;
};
/** "Madrid, Hiszpania", or "" when neither is known. */
const destination = (f: Facts, t: Tools) =>
  [f.destination.city, f.destination.country ? t.country(f.destination.country) : null]
    .filter(Boolean)
    .join(", ");

export const pl: Catalog = {
  language: "pl",
  verdicts: {
    on_track: "Zgodnie z planem",
    wait: "Czekaj",
    watch: "Obserwuj",
    act_soon: "Zareaguj wkrótce",
    act_now: "Zareaguj teraz",
    delivered: "Dostarczono",
    closed: "Zamknięte",
  },
  stages: {
    pre_transit: "Oczekiwanie na przewoźnika",
    origin: "W kraju nadania",
    line_haul: "W drodze między krajami",
    destination: "W kraju docelowym",
    final_mile: "U lokalnego przewoźnika",
    done: "Zakończono",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `Nie ma jeszcze numeru śledzenia${f.daysWithoutUpdate !== null ? ` (${t.days(f.daysWithoutUpdate)} od złożenia zamówienia)` : ""}; sprzedawcy zwykle wysyłają zamówienia w ciągu ${daysGen(f.thresholdDays ?? 7, t)}.`,
    "label-only": (f, t) =>
      `Na razie istnieje tylko etykieta nadawcza (utworzona ${t.days(f.daysWithoutUpdate ?? 0)} temu); przewoźnik jeszcze nie zeskanował przesyłki.`,
    "first-scan-window": (f, t) =>
      `Na pierwszy skan często trzeba poczekać nawet ${t.days(f.thresholdDays ?? 3)} od nadania; to normalne.`,
    "no-events-yet": (f, t) =>
      `Od ${daysGen(f.daysWithoutUpdate ?? 0, t)} żaden przewoźnik nie przekazał żadnych informacji o przesyłce.`,
    "number-invalid": (f, t) =>
      several(f)
        ? `Numery śledzenia ${numbers(f, t)} nie pasują do formatu żadnego znanego przewoźnika; mogą zawierać literówkę.`
        : `Numer śledzenia ${numbers(f, t)} nie pasuje do formatu żadnego znanego przewoźnika; może zawierać literówkę.`,
    "seller-slow": (f, t) =>
      `Przesyłka nadal nie została przekazana przewoźnikowi, choć etykietę utworzono ${t.days(f.daysWithoutUpdate ?? 0)} temu.`,
    moving: (f, t) =>
      f.lastEvent
        ? `Przesyłka jest w drodze; ostatnia aktualizacja: ${t.date(f.lastEvent.date)}.`
        : "Przesyłka jest w drodze; ostatnia aktualizacja była niedawno.",
    "quiet-normal": (f, t) =>
      `Brak aktualizacji od ${daysGen(f.daysWithoutUpdate ?? 0, t)}; na tym etapie przerwy do ${daysGen(f.thresholdDays ?? 0, t)} są normalne.`,
    "quiet-long": (f, t) =>
      `Brak aktualizacji od ${daysGen(f.daysWithoutUpdate ?? 0, t)}. To dłużej niż zazwyczaj: na tym etapie przerwy trwają zwykle najwyżej ${t.days(f.thresholdDays ?? 0)}.`,
    "quiet-very-long": (f, t) =>
      `Brak aktualizacji od ${daysGen(f.daysWithoutUpdate ?? 0, t)}: to bardzo długa przerwa jak na ten etap (ponad ${t.days(f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      `Minął już najpóźniejszy przewidywany termin dostawy${f.etaTo ? ` (${t.date(f.etaTo)})` : ""}.`,
    "in-customs": (f, t) =>
      `Przesyłka przechodzi odprawę celną; często trwa to nawet ${t.days(f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `Od ${daysGen(f.daysWithoutUpdate ?? 0, t)} przesyłka czeka na odprawę celną i nie ma nowych informacji; to dłużej niż zwykle.`,
    "customs-needs-you": () =>
      "Urząd celny lub przewoźnik prosi Cię o coś (opłatę, dokument lub dodatkowe dane).",
    "arrived-destination": (f, t) =>
      `Przesyłka dotarła do kraju docelowego${f.destination.country ? ` (${t.country(f.destination.country)})` : ""}.`,
    "local-quiet": (f, t) =>
      `Przesyłka jest już w kraju docelowym, ale od ${daysGen(f.daysWithoutUpdate ?? 0, t)} nie ma nowych informacji; więcej może pokazać strona lokalnego przewoźnika ${f.lastMileNumber ? `(numer lokalny: ${f.lastMileNumber})` : "(po wpisaniu numeru śledzenia)"}.`,
    "out-for-delivery": () => "Przesyłka została wydana do doręczenia.",
    "delivery-failed": () => "Próba doręczenia nie powiodła się.",
    "address-problem": () => "Przewoźnik zgłasza problem z adresem.",
    "waiting-pickup": (f) =>
      `Przesyłka czeka na Ciebie w punkcie odbioru${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "To ostatnie powiadomienie: jeśli przesyłka nie zostanie odebrana, wróci do nadawcy.",
    delivered: (f, t) =>
      `Przewoźnik podaje, że przesyłka została doręczona${f.deliveredOn ? ` ${t.date(f.deliveredOn)}` : ""}.`,
    "delivered-reported-missing": () =>
      "Przewoźnik podaje, że przesyłka została doręczona, ale według Twojego zgłoszenia do Ciebie nie dotarła.",
    "wrong-country": (f, t) =>
      `Według danych śledzenia przesyłka jest w innym kraju${f.wrongPlace ? ` (${f.wrongPlace})` : ""}, a nie w kraju docelowym${f.destination.country ? ` (${t.country(f.destination.country)})` : ""}.`,
    "wrong-city": (f) =>
      `Według danych śledzenia przesyłka jest w innej miejscowości${f.wrongPlace ? ` (${f.wrongPlace})` : ""}, a nie w ${f.destination.city ? `miejscowości docelowej (${f.destination.city})` : "Twojej miejscowości"}.`,
    returned: () => "Przesyłka wraca do nadawcy.",
    "lost-or-damaged": () => "Przewoźnik zgłasza, że przesyłka zaginęła, została uszkodzona lub zniszczona.",
    "carrier-problem": (f) => `Przewoźnik zgłasza problem${f.lastEvent ? `: „${f.lastEvent.text}”` : ""}.`,
    "protection-soon": (f, t) => `Ochrona Kupującego kończy się ${protectionWhen(f, t, "wkrótce")}.`,
    "protection-now": (f, t) =>
      `Ochrona Kupującego kończy się już ${protectionWhen(f, t, "bardzo niedługo")}.`,
    "protection-ended": (f, t) =>
      f.protectionEndsOn
        ? `Ochrona Kupującego zakończyła się ${t.date(f.protectionEndsOn)}.`
        : "Ochrona Kupującego już się zakończyła.",
    "protection-estimated": () =>
      "Data końca Ochrony Kupującego jest tylko szacunkowa; sprawdź rzeczywistą datę na stronie zamówienia i zapisz ją.",
    "dispute-open": (f, t) =>
      `Spór został otwarty${f.disputeOpenedOn ? ` ${t.date(f.disputeOpenedOn)}` : ""}; odpowiadaj na wszystkie prośby, które się w nim pojawią.`,
    "seller-replied": () => "Sprzedawca Ci odpowiedział.",
    "receipt-confirmed": () => "Odbiór został potwierdzony; to zamówienie jest zamknięte.",
    "learned-route": (f) => {
      const parcels =
        f.learnedParcels === null
          ? "wcześniejszych przesyłek doręczonych"
          : f.learnedParcels === 1
            ? "1 wcześniejszej przesyłki doręczonej"
            : `${f.learnedParcels} wcześniejszych przesyłek doręczonych`;
      return `Przewidywane terminy wyliczono na podstawie ${parcels} na tej trasie tą samą metodą wysyłki.`;
    },
  },
  playbookTitles: {
    "wait-first-scan": "Oczekiwanie na pierwszy skan",
    "invalid-number": "Nie znaleziono numeru śledzenia",
    "seller-not-shipped": "Nie przekazano przewoźnikowi",
    "normal-transit": "Przesyłka w drodze",
    "long-silence": "Długo brak aktualizacji",
    customs: "Odprawa celna",
    "arrived-check-local": "W kraju docelowym: śledź u lokalnego przewoźnika",
    "out-for-delivery": "Wydana do doręczenia",
    "delivery-failed": "Nieudana próba doręczenia",
    "pickup-waiting": "Czeka na odbiór",
    delivered: "Dostarczono",
    "delivered-not-received": "Oznaczona jako doręczona, ale nie dotarła",
    "wrong-destination": "Przesyłka zmierza w złe miejsce",
    "returned-to-sender": "Zwrot do nadawcy",
    "lost-or-damaged": "Zaginiona lub uszkodzona",
    "protection-expiring": "Kończy się Ochrona Kupującego",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Na razie nic nie trzeba robić: sprawdź ponownie za ${t.days(f.thresholdDays ?? 3)}.`,
      "Upewnij się, że numer śledzenia jest skopiowany dokładnie tak, jak podał go sprzedawca.",
    ],
    "invalid-number": (f, t) => [
      `Porównaj ${numRef(f, t)} znak po znaku z ${several(f) ? "numerami" : "numerem"} na stronie zamówienia.`,
      `Wyszukaj ${several(f) ? "numery" : "numer"} na stronie przewoźnika oraz w serwisie śledzącym przesyłki różnych przewoźników.`,
      "Poproś sprzedawcę o potwierdzenie numeru i przewoźnika.",
      "Zachowaj zrzut ekranu strony zamówienia z widocznym numerem.",
    ],
    "seller-not-shipped": () => [
      "Zapytaj sprzedawcę, kiedy przesyłka zostanie przekazana przewoźnikowi.",
      "Jeśli zamówienie można jeszcze anulować, a nie chcesz dłużej czekać, anuluj je.",
      "Zachowaj odpowiedź sprzedawcy.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `Nic nie trzeba robić: przesyłka powinna dotrzeć do ${t.date(f.etaTo)}.`
        : "Nic nie trzeba robić: przesyłka przemieszcza się normalnie.",
      f.protectionEndsOn
        ? `Pilnuj terminu Ochrony Kupującego (trwa do ${t.date(f.protectionEndsOn)}).`
        : "Zapisz datę końca Ochrony Kupującego podaną na stronie zamówienia.",
    ],
    "long-silence": (f, t) => [
      `Sprawdź ${numRef(f, t)} na stronie przewoźnika i w serwisie śledzącym przesyłki różnych przewoźników; mogą tam być nowsze zdarzenia.`,
      "Zapytaj sprzedawcę, czy przesyłka ma nowy numer śledzenia.",
      f.protectionEndsOn
        ? `Jeśli nadal nie będzie nowych informacji, otwórz spór przed ${t.date(f.protectionEndsOn)}.`
        : "Jeśli nadal nie będzie nowych informacji, otwórz spór, zanim skończy się Ochrona Kupującego.",
    ],
    customs: (f, t) => [
      "Sprawdź e-maile, SMS-y i stronę poczty poświęconą odprawie celnej: może tam czekać prośba skierowana do Ciebie.",
      "Upewnij się, że imię i nazwisko, adres i numer telefonu w zamówieniu są poprawne.",
      `Jeśli przez ${t.days(f.thresholdDays ?? 10)} nic się nie zmieni, skontaktuj się z lokalnym przewoźnikiem.`,
      "Zachowaj zrzuty ekranu ze statusem odprawy celnej.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Śledź przesyłkę na stronie lokalnego przewoźnika pod numerem ${f.lastMileNumber}.`
        : `Sprawdź ${numRef(f, t)} na stronie poczty w Twoim kraju; mogą tam być późniejsze zdarzenia.`,
      "Upewnij się, że adres i numer telefonu w zamówieniu są poprawne.",
    ],
    "out-for-delivery": () => [
      "Bądź pod adresem dostawy albo ustal bezpieczne miejsce, w którym można zostawić przesyłkę.",
      "Miej telefon pod ręką na wypadek, gdyby kurier dzwonił.",
    ],
    "delivery-failed": (f) => [
      `Skontaktuj się z lokalnym przewoźnikiem i umów nowy termin doręczenia${f.lastMileNumber ? ` (numer ${f.lastMileNumber})` : ""}.`,
      "Sprawdź, czy adres i numer telefonu w zamówieniu są kompletne.",
      "Sprawdź, czy w skrzynce pocztowej nie ma awiza.",
    ],
    "pickup-waiting": (f) => [
      `Odbierz przesyłkę w punkcie odbioru${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}; weź ze sobą dokument tożsamości i numer śledzenia.`,
      "Przesyłki nieodebrane w terminie wracają do nadawcy.",
    ],
    delivered: () => [
      "Sprawdź przesyłkę i jej zawartość.",
      "Jeśli wszystko się zgadza, potwierdź odbiór na stronie zamówienia.",
    ],
    "delivered-not-received": () => [
      "Zajrzyj do skrzynki pocztowej i paczkomatu, zapytaj w recepcji, a także sąsiadów i inne osoby, które mogły odebrać przesyłkę.",
      "Zapytaj lokalnego przewoźnika, gdzie i jak przesyłka została doręczona (zdjęcie, podpis, miejsce).",
      "Napisz do sprzedawcy.",
      "Jeśli przesyłka się nie znajdzie, otwórz spór. Nie potwierdzaj odbioru.",
    ],
    "wrong-destination": (f, t) => [
      "Zrób zrzut ekranu strony śledzenia oraz adresu w zamówieniu.",
      `Sprawdź ${numRef(f, t)} w drugim serwisie do śledzenia przesyłek.`,
      "Poproś sprzedawcę o wyjaśnienie i podanie właściwego numeru śledzenia.",
      "Jeśli rozbieżność się potwierdzi, otwórz spór i dołącz oba zrzuty ekranu.",
    ],
    "returned-to-sender": () => [
      "Sprawdź w historii śledzenia powód zwrotu.",
      "Zapytaj sprzedawcę, czy wyśle przesyłkę ponownie, czy zwróci Ci pieniądze.",
      "Nie płać niczego poza platformą.",
      "Jeśli przesyłki nie da się doręczyć, otwórz spór i dołącz zrzuty ekranu historii śledzenia.",
    ],
    "lost-or-damaged": () => [
      "Zachowaj oświadczenie przewoźnika o zaginięciu lub uszkodzeniu przesyłki.",
      "Poinformuj sprzedawcę i poproś o ponowną wysyłkę lub zwrot pieniędzy.",
      "Otwórz spór i dołącz oświadczenie przewoźnika oraz historię śledzenia.",
    ],
    "protection-expiring": (f, t) => [
      `Jeszcze dziś napisz do sprzedawcy w sprawie ${f.orderNumber ? `zamówienia nr ${f.orderNumber}` : "tego zamówienia"}.`,
      f.protectionEndsOn
        ? `Jeśli nie dostaniesz jasnej odpowiedzi, otwórz spór przed ${t.date(f.protectionEndsOn)}; nie przekraczaj tego terminu.`
        : "Jeśli nie dostaniesz jasnej odpowiedzi, otwórz spór, zanim skończy się Ochrona Kupującego.",
      "Zbierz dowody wymienione poniżej.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length > 0
        ? `Dzień dobry, piszę w sprawie ${orderGen(f)} (${trackRef(f, t)}). Przewoźnik nadal nie zeskanował przesyłki${f.lastEvent ? ` (ostatnia aktualizacja: ${t.date(f.lastEvent.date)})` : ""}. Proszę o informację, kiedy przesyłka zostanie przekazana przewoźnikowi. Z góry dziękuję.`
        : `Dzień dobry, ${orderNom(f)} nie ma jeszcze numeru śledzenia. Proszę o informację, kiedy przesyłka zostanie wysłana. Z góry dziękuję.`,
    "invalid-number": (f, t) =>
      `Dzień dobry, piszę w sprawie ${orderGen(f)}. ${several(f) ? `Numery śledzenia ${numbers(f, t)} nie są rozpoznawane` : `Numer śledzenia ${numbers(f, t)} nie jest rozpoznawany`} przez serwisy do śledzenia przesyłek. Proszę o potwierdzenie ${several(f) ? "numerów" : "numeru"} i informację, który przewoźnik obsługuje przesyłkę. Z góry dziękuję.`,
    "no-update": (f, t) =>
      `Dzień dobry, piszę w sprawie ${orderGen(f)} (${trackRef(f, t)}). Od ${daysGen(f.daysWithoutUpdate ?? 0, t)} status przesyłki się nie zmienia. Proszę o sprawdzenie u partnera logistycznego, gdzie jest przesyłka, i o przesłanie ewentualnego nowego numeru śledzenia. Z góry dziękuję.`,
    "customs-delay": (f, t) =>
      `Dzień dobry, piszę w sprawie ${orderGen(f)} (${trackRef(f, t)}). Przesyłka od ${daysGen(f.daysWithoutUpdate ?? 0, t)} czeka na odprawę celną. Proszę o sprawdzenie u partnera logistycznego, czy urząd celny czegoś potrzebuje. Z góry dziękuję.`,
    "delivered-not-received": (f, t) =>
      `Dzień dobry, według śledzenia ${orderGen(f)} (${trackRef(f, t)}) przesyłka została doręczona${f.deliveredOn ? ` ${t.date(f.deliveredOn)}` : ""}, ale do mnie nie dotarła. Nie ma jej ani w skrzynce pocztowej, ani w miejscu doręczenia. Proszę o przesłanie potwierdzenia doręczenia lub pomoc w odnalezieniu przesyłki; w przeciwnym razie otworzę spór.`,
    "carrier-delivery-query": (f, t) =>
      `Dzień dobry, według systemu śledzenia przesyłka ${f.lastMileNumber ? `nr ${f.lastMileNumber}` : parcelNo(f, t)} została doręczona${f.deliveredOn ? ` ${t.date(f.deliveredOn)}` : ""}, ale do mnie nie dotarła. Proszę o informację, gdzie i komu została wydana, oraz o przesłanie zdjęcia lub podpisu, jeśli są dostępne. Z góry dziękuję.`,
    "wrong-destination": (f, t) => {
      const home = destination(f, t);
      return `Dzień dobry, według śledzenia ${orderGen(f)} (${trackRef(f, t)}) przesyłka jest w innym miejscu${f.wrongPlace ? ` (${f.wrongPlace})` : ""}${home ? `, niż wskazuje mój adres dostawy (${home})` : ", niż wskazuje mój adres dostawy"}. Proszę o sprawdzenie numeru śledzenia i podanie właściwego numeru dla mojego zamówienia. Z góry dziękuję.`;
    },
    returned: (f, t) =>
      `Dzień dobry, według śledzenia ${orderGen(f)} (${trackRef(f, t)}) przesyłka wraca do nadawcy. Proszę o ponowną wysyłkę albo zwrot pieniędzy za zamówienie. Z góry dziękuję.`,
    "lost-or-damaged": (f, t) =>
      `Dzień dobry, przewoźnik zgłasza, że przesyłka z ${orderGen(f)} (${trackRef(f, t)}) zaginęła lub została uszkodzona. Proszę o wysłanie nowej przesyłki albo zwrot pieniędzy za zamówienie. Z góry dziękuję.`,
    "protection-ending": (f, t) =>
      `Dzień dobry, Ochrona Kupującego dla ${orderGen(f)} kończy się ${f.protectionEndsOn ? t.date(f.protectionEndsOn) : "wkrótce"}, a przesyłka${f.trackingNumbers.length > 0 ? ` (${trackRef(f, t)})` : ""} jeszcze nie dotarła. Proszę o informację, gdzie się teraz znajduje. Jeśli nie otrzymam jasnej odpowiedzi, otworzę spór, aby zabezpieczyć zamówienie.`,
  },
  disputes: {
    "not-delivered": (f, t) =>
      `Przesyłka z ${orderGen(f)} nie została doręczona. ${f.trackingNumbers.length > 0 ? `${several(f) ? "Numery" : "Numer"} śledzenia: ${numbers(f, t)}. ` : "Sprzedawca nie podał numeru śledzenia. "}${f.lastEvent ? `Ostatnie zdarzenie z ${t.date(f.lastEvent.date)}: „${f.lastEvent.text}”. ` : "Historia śledzenia nie zawiera żadnego zdarzenia od przewoźnika. "}${f.daysWithoutUpdate !== null ? `Od ${daysGen(f.daysWithoutUpdate, t)} brak aktualizacji. ` : ""}Proszę o zwrot pieniędzy.`,
    "delivered-not-received": (f, t) =>
      `Według danych śledzenia przesyłka ${parcelNo(f, t)} została doręczona${f.deliveredOn ? ` ${t.date(f.deliveredOn)}` : ""}, ale do mnie nie dotarła. Adres w zamówieniu jest poprawny. Po kontakcie z lokalnym przewoźnikiem potwierdzam, że przesyłka nie została mi doręczona. Proszę o zwrot pieniędzy.`,
    "wrong-destination": (f, t) => {
      const home = destination(f, t);
      return `Według danych śledzenia przesyłka ${parcelNo(f, t)} jest w innym miejscu${f.wrongPlace ? ` (${f.wrongPlace})` : ""}, a nie pod moim adresem dostawy${home ? ` (${home})` : ""}. Załączam zrzuty ekranu historii śledzenia i adresu w zamówieniu. Proszę o zwrot pieniędzy.`;
    },
    returned: (f, t) =>
      `Przesyłka ${parcelNo(f, t)} została zwrócona do nadawcy i nigdy do mnie nie dotarła. Załączam zrzuty ekranu historii śledzenia. Proszę o zwrot pieniędzy.`,
    "lost-or-damaged": (f, t) =>
      `Przewoźnik zgłosił, że przesyłka ${parcelNo(f, t)} zaginęła lub została uszkodzona. Załączam oświadczenie przewoźnika i historię śledzenia. Proszę o zwrot pieniędzy.`,
    "customs-delay": (f, t) =>
      `Przesyłka ${parcelNo(f, t)} od ${daysGen(f.daysWithoutUpdate ?? 0, t)} czeka na odprawę celną${f.lastEvent ? ` i od ${t.date(f.lastEvent.date)} nie ma żadnego postępu` : " bez żadnego postępu"}. Załączam historię śledzenia. Proszę o zwrot pieniędzy.`,
  },
  evidence: {
    "tracking-numbers": "Numery śledzenia i przewoźnik obsługujący każdy z nich",
    "tracking-history": "Pełna historia śledzenia w pobranej postaci, z datą i godziną pobrania",
    "order-details": "Szczegóły zamówienia (numer, data, produkty)",
    "delivery-address": "Adres dostawy (zrzut ekranu strony zamówienia)",
    "protection-dates": "Data końca Ochrony Kupującego (zrzut ekranu strony zamówienia)",
    "wrong-place": "Zdarzenie w historii śledzenia, które wskazuje niewłaściwe miejsce",
    "carrier-response": "Odpowiedź lokalnego przewoźnika",
    "seller-messages": "Korespondencja ze sprzedawcą (zrzuty ekranu)",
    "proof-not-delivered":
      "Dowód, że przesyłka do Ciebie nie dotarła (oświadczenie przewoźnika, informacja od zarządcy budynku lub z paczkomatu)",
  },
  words: {
    held: "dołączone",
    toAdd: "do dodania",
    estimated: "szacunkowo",
    protectionEnds: "Koniec Ochrony Kupującego",
    daysLeft: "pozostało dni",
    expectedDelivery: "Przewidywana dostawa",
    nextCheck: "Następne sprawdzenie",
    checklist: "Co zrobić",
    messageToSeller: "Wiadomość do sprzedawcy",
    messageToCarrier: "Wiadomość do przewoźnika",
    disputeText: "Treść sporu",
    evidence: "Dowody",
    why: "Dlaczego",
  },
  pack: {
    title: "Pakiet dowodów",
    orderName: (number, id) => (number ? `Zamówienie nr\u00a0${number}` : `Zamówienie #${id}`),
    generated: (time) => `Wygenerowano ${time}`,
    asOf: (time) => `Ocena według stanu na ${time}`,
    version: (version) => `Wersja ParcelTrail: ${version}`,
    page: (page, pages) => `Strona ${page} z ${pages}`,
    field: (label, value) => `${label}: ${value}`,
    bytes: (count) => `${count}\u00a0B`,
    summary: "Podsumowanie",
    order: "Zamówienie",
    orderNumber: "Numer zamówienia",
    marketplace: "Platforma zakupowa",
    itemTitle: "Nazwa",
    items: "Produkty",
    seller: "Sprzedawca",
    placed: "Data zamówienia",
    shippingMethod: "Sposób dostawy",
    destination: "Miejsce dostawy",
    notes: "Notatki",
    trackingNumbers: "Numery śledzenia",
    trackingNumber: "Numer śledzenia",
    carrier: "Przewoźnik",
    role: "Odcinek",
    firstLeg: "pierwszy odcinek",
    lastMile: "ostatnia mila",
    handedOffFrom: "Poprzedni numer",
    numberLinks: "Powiązania między numerami",
    timeline: "Chronologia",
    time: "Data i godzina",
    status: "Status",
    event: "Zdarzenie",
    place: "Miejsce",
    sources: "Źródła",
    source: "Źródło",
    sourceHistories: "Historia z każdego źródła w pobranej postaci",
    reads: "Pobrania",
    fetchedAt: "Czas pobrania",
    outcome: "Wynik",
    httpStatus: "Kod HTTP",
    contentType: "Typ zawartości",
    size: "Rozmiar",
    sha256: "SHA-256",
    rawCopy: "Wierna kopia",
    rawBody: "Oryginalna odpowiedź",
    rawTooLong: "Treść jest zbyt długa, by ją tu pokazać; zob. wierną kopię.",
    rawShownAbove: "Zob. wyżej.",
    hashMismatch: "Zapisana treść nie zgadza się już ze swoim skrótem SHA-256.",
    glyphsMissing:
      "Część tekstu jest zapisana pismem, którego brakuje w czcionce tego pliku PDF (chińskim, japońskim, koreańskim lub tajskim), i wyświetla się jako puste prostokąty; strona HTML pokazuje ten tekst poprawnie.",
    reports: "Twoje zgłoszenia",
    reportKinds: {
      not_received: "Nie otrzymano",
      seller_replied: "Odpowiedź sprzedawcy",
      dispute_opened: "Otwarto spór",
      receipt_confirmed: "Potwierdzono odbiór",
    },
    noEvents: "Na razie brak zdarzeń.",
    none: "Brak",
    unknown: "nieznany",
    verify: "Jak sprawdzić ten pakiet",
    verifyText:
      "Każda oryginalna odpowiedź jest skopiowana bajt po bajcie do folderu raw/ obok tego pliku. Jej skrót SHA-256 (sha256sum raw/*) musi być identyczny z podanym tutaj, obliczonym w chwili jej otrzymania.",
  },
};
