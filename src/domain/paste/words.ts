/**
 * The words of carrier pages that are not events: buttons ("Show more"), titles ("Tracking
 * history"), column headers ("Date", "Local", "Статус"), weekdays next to dates, and the status
 * words that keep an event's text from being taken for a place. Compared as `wordKey` makes them:
 * lower case, accents dropped, punctuation as single spaces.
 */

export function wordKey(text: string): string {
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const setOf = (words: string) => new Set(words.split("|").map(wordKey));

/** Buttons, links and titles that pages put around a tracking history. */
const NOISE = setOf(
  [
    "show more|show less|show all|show details|hide details|see more|see all|see all updates|view more|view all",
    "see all tracking history|view tracking history|view details|more|less|more details|load more|expand|collapse|copy|copied|translate|share|hide",
    "track another parcel|track another package|track another item|track another shipment|track",
    "track & trace|tracking|tracking history|travel history|tracking details|tracking information",
    "tracking events|tracking updates|shipment history|shipment progress|package progress|package history",
    "shipping updates|history|details|events|updates|status history",
    "mostrar mais|mostrar menos|ver mais|ver menos|historico|historico do objeto|rastreamento|rastrear",
    "mostrar mas|ver mas|ver todo|historial|historial de seguimiento|seguimiento|detalles del envio",
    "voir plus|voir moins|afficher plus|afficher moins|historique|historique de suivi|suivi|suivre un autre colis",
    "mehr anzeigen|weniger anzeigen|alle anzeigen|sendungsverlauf|sendungsstatus|sendungsverfolgung|mehr|weniger",
    "mostra di piu|mostra altro|mostra meno|cronologia|storico|dettagli spedizione|traccia",
    "meer tonen|minder tonen|toon meer|geschiedenis|track en trace",
    "показать еще|показать ещё|показать все|скрыть|еще|ещё|история|история отправления|история перемещений",
    "отследить|отслеживание",
    "查看更多|展开|收起|更多|物流信息|物流详情|物流轨迹|物流跟踪",
  ].join("|"),
);

/** Column headers, with the role of their column. */
export type ColumnRole = "date" | "time" | "datetime" | "place" | "text";
const HEADERS = new Map<string, ColumnRole>();
const addHeaders = (role: ColumnRole, words: string) => {
  for (const word of words.split("|")) HEADERS.set(wordKey(word), role);
};
addHeaders("date", "date|data|fecha|datum|дата|日期|day|dia|día|jour|tag|giorno");
addHeaders("time", "time|hora|heure|zeit|uhrzeit|ora|время|时间|tijd|local time|hora local");
addHeaders(
  "datetime",
  "date & time|date/time|date and time|date time|data/hora|data e hora|data hora|fecha y hora|fecha/hora|" +
    "date et heure|datum/zeit|datum und uhrzeit|data e ora|дата и время|дата/время|日期时间|时间日期|datum/tijd",
);
addHeaders(
  "place",
  "location|place|city|country|office|branch|postal unit|facility|local|localizacao|localização|lugar|ubicacion|ubicación|oficina|" +
    "lieu|localisation|ort|standort|luogo|località|ufficio|место|место операции|индекс|地点|位置|所在地|plaats|locatie",
);
addHeaders(
  "text",
  "status|event|events|activity|description|details|detail|event description|status description|remarks|" +
    "tracking event|progress|situação|situacao|evento|eventos|descrição|descricao|detalhes|estado|descripción|" +
    "detalle|statut|événement|étape|description de l'événement|ereignis|beschreibung|stato|descrizione|" +
    "статус|операция|атрибут|状态|详情|描述|轨迹|gebeurtenis|omschrijving",
);

/** The role of a column header cell, or null when the cell is not a header. */
export function headerRole(cell: string): ColumnRole | null {
  return HEADERS.get(wordKey(cell)) ?? null;
}

const JOINERS = new Set(["and", "e", "y", "und", "et", "и", "en", "&"]);

/** A line of column headers only: "Date\tTime\tLocation\tStatus", "Data Hora Local Situação". */
export function isHeaderLine(cells: string[]): boolean {
  if (cells.length === 0) return false;
  if (cells.every((cell) => headerRole(cell) !== null)) return true;
  if (cells.length !== 1) return false;
  const words = wordKey(cells[0] ?? "").split(" ");
  return words.length > 1 && words.every((word) => HEADERS.has(word) || JOINERS.has(word));
}

/** A tracking number alone on its line, maybe after a label: "LP00123456789012", "Tracking number: RB…". */
export function isTrackingNumberLine(line: string): boolean {
  // One word, or groups of digits ("9400 1000 0000 0000 0000 00").
  const match = /^(?:[\p{L}#№ .'’-]{0,40}[:#№]\s*)?([A-Z0-9]{10,40}|\d+(?: \d+){1,10})$/iu.exec(line.trim());
  const token = match?.[1]?.replace(/ /g, "") ?? "";
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/i.test(token)) return true;
  return /^[A-Z0-9]{10,40}$/i.test(token) && (token.match(/\d/g)?.length ?? 0) >= 8;
}

export function isNoiseLine(line: string): boolean {
  const key = wordKey(line);
  return key === "" || NOISE.has(key) || isTrackingNumberLine(line);
}

/** Weekdays and "today"-words that pages print beside a date, in the languages of our carriers. */
const DAY_WORDS = setOf(
  [
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun",
    "today|yesterday",
    "segunda feira|terca feira|quarta feira|quinta feira|sexta feira|segunda|terca|quarta|quinta|sexta",
    "sabado|domingo|seg|ter|qua|qui|sex|sab|dom|hoje|ontem",
    "lunes|martes|miercoles|jueves|viernes|lun|mar|mie|jue|vie|hoy|ayer",
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mer|jeu|ven|sam|dim|aujourd hui|aujourd'hui|hier",
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|heute|gestern",
    "lunedi|martedi|mercoledi|giovedi|venerdi|domenica|gio|oggi|ieri",
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|wo|vr|za|zo|vandaag|gisteren",
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|сегодня|вчера",
    "星期一|星期二|星期三|星期四|星期五|星期六|星期日|星期天|周一|周二|周三|周四|周五|周六|周日",
    "週一|週二|週三|週四|週五|週六|週日|今天|昨天",
  ].join("|"),
);

export function isDayWord(word: string): boolean {
  return DAY_WORDS.has(wordKey(word));
}

/**
 * Words of event texts, never of place names: a text line with one of them is not taken for a
 * place even when it names a city ("CHINA POST RECEIVED", "Delivered, In/At Mailbox").
 */
export const STATUS_WORDS = setOf(
  [
    "delivered|delivery|deliver|received|receive|arrived|arrival|arriving|departed|departure|dispatched|dispatch",
    "accepted|acceptance|processed|processing|shipped|shipment|shipping|picked|pickup|collected|collection",
    "handed|handover|left|leave|item|items|parcel|package|order|customs|clearance|attempted|attempt|notice",
    "available|out|transit|label|created|information|info|your|was|has|been|is|are|will|awaiting|waiting",
    "at|in|to|from|by|for|with|into|via|mailbox|door|neighbour|neighbor|reception|locker|sender|recipient",
    "objeto|entregue|postado|recebido|saiu|encaminhado|transferido|aguardando|destinatario|carteiro",
    "fiscalizacao|pagamento|entrega|para|em|por|no|na",
    "entregado|admitido|envio|paquete|recibido|salida|llegada|reparto|clasificado|entregada|oficina",
    "livre|livraison|colis|pris|charge|distribue|arrive|expedie|envoi|votre|cours|acheminement",
    "zugestellt|zustellung|sendung|paket|empfanger|eingetroffen|abgeholt|bearbeitet|erfolgreich|ausgeliefert",
    "wird|wurde|ist|zum|zur|nach|von|bei",
    "consegnato|consegna|spedizione|pacco|partito|arrivato|accettato|lavorazione|presso|della|nel",
    "bezorgd|pakket|zending|ontvangen|afgeleverd|sorteercentrum",
    "вручено|вручение|принято|отправление|посылка|прибыло|покинуло|сортировочный|сортировка|импорт|экспорт",
    "ожидает|передано|доставка|выпущено|таможней|таможенное",
  ].join("|"),
);

/** Lower-case words that may sit inside a place name: "Rio de Janeiro", "Frankfurt am Main". */
export const PLACE_JOINERS = setOf(
  "de|da|do|das|dos|del|della|la|le|les|di|du|des|am|an|der|im|sur|upon|on|y|e|i",
);
