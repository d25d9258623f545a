/**
 * Spanish (neutral, readable in Spain and Latin America). The app speaks to the buyer with "tú",
 * as AliExpress does; messages to the seller use "usted", the message to the carrier "ustedes".
 * Terms as AliExpress shows them in Spanish: "Protección al comprador", "disputa",
 * "número de seguimiento", "confirmar la recepción", "reembolso".
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

/** "mi pedido 8190…" in a message from the buyer. */
const myOrder = (f: Facts) => (f.orderNumber ? `mi pedido ${f.orderNumber}` : "mi pedido");
/** "el pedido 8190…" / "tu pedido" in a step addressed to the buyer. */
const yourOrder = (f: Facts) => (f.orderNumber ? `el pedido ${f.orderNumber}` : "tu pedido");
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
const several = (f: Facts) => f.trackingNumbers.length > 1;
const since = (f: Facts, t: Tools) => (f.lastEvent ? ` desde el ${t.date(f.lastEvent.date)}` : "");
const on = (day: string | null, t: Tools) => (day ? ` el ${t.date(day)}` : "");
/** "queda 1 día" / "quedan 7 días". */
const left = (count: number, t: Tools) => `${count === 1 ? "queda" : "quedan"} ${t.days(count)}`;
const country = (f: Facts, t: Tools) => (f.destination.country ? t.country(f.destination.country) : null);
/** "Madrid, España", "España", or null when neither is known. */
const destination = (f: Facts, t: Tools) =>
  [f.destination.city, country(f, t)].filter(Boolean).join(", ") || null;
const localNumber = (f: Facts) =>
  f.lastMileNumber ? `el número local ${f.lastMileNumber}` : "el número de seguimiento";

export const es: Catalog = {
  language: "es",
  verdicts: {
    on_track: "En plazo",
    wait: "Esperar",
    watch: "Vigilar",
    act_soon: "Actuar pronto",
    act_now: "Actuar ya",
    delivered: "Entregado",
    closed: "Cerrado",
  },
  stages: {
    pre_transit: "Esperando al transportista",
    origin: "En el país de origen",
    line_haul: "En tránsito internacional",
    destination: "En el país de destino",
    final_mile: "En manos del transportista local",
    done: "Finalizado",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `Todavía no hay número de seguimiento${f.daysWithoutUpdate !== null ? ` (hiciste el pedido hace ${t.days(f.daysWithoutUpdate)})` : ""}; los vendedores suelen enviar los pedidos en un plazo de ${t.days(f.thresholdDays ?? 7)}.`,
    "label-only": (f, t) =>
      `La etiqueta de envío se creó hace ${t.days(f.daysWithoutUpdate ?? 0)}, pero el transportista aún no ha escaneado el paquete.`,
    "first-scan-window": (f, t) =>
      `El primer escaneo suele tardar hasta ${t.days(f.thresholdDays ?? 3)} después del envío; es normal.`,
    "no-events-yet": (f, t) =>
      `Ningún transportista ha registrado movimientos desde hace ${t.days(f.daysWithoutUpdate ?? 0)}.`,
    "number-invalid": (f, t) =>
      several(f)
        ? `Uno de los números de seguimiento (${numbers(f, t)}) no coincide con el formato de ningún transportista conocido; puede que esté mal escrito.`
        : `El número de seguimiento ${numbers(f, t)} no coincide con el formato de ningún transportista conocido; puede que esté mal escrito.`,
    "seller-slow": (f, t) =>
      `La etiqueta de envío se creó hace ${t.days(f.daysWithoutUpdate ?? 0)} y el paquete todavía no se ha entregado al transportista.`,
    moving: (f, t) =>
      `El paquete está en camino: ${f.lastEvent ? `última actualización el ${t.date(f.lastEvent.date)}` : "el seguimiento se actualizó hace poco"}.`,
    "quiet-normal": (f, t) =>
      `No hay actualizaciones desde hace ${t.days(f.daysWithoutUpdate ?? 0)}; en esta etapa es normal que el seguimiento pase hasta ${t.days(f.thresholdDays ?? 0)} sin novedades.`,
    "quiet-long": (f, t) =>
      `No hay actualizaciones desde hace ${t.days(f.daysWithoutUpdate ?? 0)}, más de lo habitual en esta etapa (${t.days(f.thresholdDays ?? 0)}).`,
    "quiet-very-long": (f, t) =>
      `No hay actualizaciones desde hace ${t.days(f.daysWithoutUpdate ?? 0)}: es un silencio muy largo para esta etapa (más de ${t.days(f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      `Ya pasó la fecha límite de entrega estimada${f.etaTo ? ` (${t.date(f.etaTo)})` : ""}.`,
    "in-customs": (f, t) =>
      `El paquete está en aduanas; el despacho de aduanas suele tardar hasta ${t.days(f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `El paquete lleva ${t.days(f.daysWithoutUpdate ?? 0)} en aduanas sin novedades, más de lo habitual.`,
    "customs-needs-you": () =>
      "La aduana o el transportista te piden algo (un pago, un documento o algún dato).",
    "arrived-destination": (f, t) =>
      `El paquete ha llegado al país de destino${country(f, t) ? ` (${country(f, t)})` : ""}.`,
    "local-quiet": (f, t) =>
      `El paquete lleva ${t.days(f.daysWithoutUpdate ?? 0)} sin novedades desde su llegada al país; puede que el transportista local muestre más información con ${localNumber(f)}.`,
    "out-for-delivery": () => "El paquete está en reparto.",
    "delivery-failed": () => "Hubo un intento de entrega fallido.",
    "address-problem": () => "El transportista indica que hay un problema con la dirección.",
    "waiting-pickup": (f) =>
      `El paquete te está esperando en un punto de recogida${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "Este es el último aviso: si no recoges el paquete, se devolverá al remitente.",
    delivered: (f, t) => `Según el transportista, el paquete se entregó${on(f.deliveredOn, t)}.`,
    "delivered-reported-missing": () =>
      "El transportista da el paquete por entregado, pero indicaste que no lo recibiste.",
    "wrong-country": (f, t) =>
      `Según el seguimiento, el paquete está ${f.wrongPlace ? `en ${f.wrongPlace}, y no en tu país` : "en otro país, y no en el tuyo"}${country(f, t) ? ` (${country(f, t)})` : ""}.`,
    "wrong-city": (f) =>
      `Según el seguimiento, el paquete está en ${f.wrongPlace ?? "otra ciudad"}, ${f.destination.city ? `y no en ${f.destination.city}` : "y no en la tuya"}.`,
    returned: () => "El paquete se está devolviendo al remitente.",
    "lost-or-damaged": () =>
      "El transportista indica que el paquete se ha perdido, ha sufrido daños o ha sido destruido.",
    "carrier-problem": (f) =>
      `El transportista señala un problema${f.lastEvent ? `: "${f.lastEvent.text}"` : ""}.`,
    "protection-soon": (f, t) =>
      `La Protección al comprador termina${f.protectionEndsOn ? ` el ${t.date(f.protectionEndsOn)}` : " pronto"}${f.protectionDaysLeft !== null ? `: ${left(f.protectionDaysLeft, t)}` : ""}.`,
    "protection-now": (f, t) =>
      f.protectionDaysLeft !== null && f.protectionDaysLeft <= 0
        ? `La Protección al comprador termina hoy${f.protectionEndsOn ? ` (${t.date(f.protectionEndsOn)})` : ""}.`
        : `La Protección al comprador termina${f.protectionEndsOn ? ` el ${t.date(f.protectionEndsOn)}` : " muy pronto"}${f.protectionDaysLeft !== null ? `: solo ${left(f.protectionDaysLeft, t)}` : ""}.`,
    "protection-ended": (f, t) =>
      `La Protección al comprador ${f.protectionEndsOn ? `terminó el ${t.date(f.protectionEndsOn)}` : "ya terminó"}.`,
    "protection-estimated": () =>
      "La fecha de fin de la Protección al comprador es una estimación nuestra; consulta la fecha real en la página del pedido y anótala.",
    "dispute-open": (f, t) =>
      `Abriste una disputa${on(f.disputeOpenedOn, t)}; responde a cualquier solicitud que recibas en ella.`,
    "seller-replied": () => "El vendedor te ha respondido.",
    "receipt-confirmed": () => "Confirmaste la recepción; este pedido está cerrado.",
    "learned-route": (f) =>
      (f.learnedParcels ?? 0) === 1
        ? "Los plazos previstos se basan en 1 paquete anterior entregado por esta ruta con este método de envío."
        : `Los plazos previstos se basan en ${f.learnedParcels ?? 0} paquetes anteriores entregados por esta ruta con este método de envío.`,
  },
  playbookTitles: {
    "wait-first-scan": "Esperando el primer escaneo",
    "invalid-number": "Número de seguimiento no encontrado",
    "seller-not-shipped": "Aún sin entregar al transportista",
    "normal-transit": "Tránsito normal",
    "long-silence": "Sin novedades desde hace tiempo",
    customs: "En aduanas",
    "arrived-check-local": "En destino: sigue el envío con el transportista local",
    "out-for-delivery": "En reparto",
    "delivery-failed": "Intento de entrega fallido",
    "pickup-waiting": "Pendiente de recogida",
    delivered: "Entregado",
    "delivered-not-received": "Entregado pero no recibido",
    "wrong-destination": "Destino equivocado",
    "returned-to-sender": "Devuelto al remitente",
    "lost-or-damaged": "Perdido o dañado",
    "protection-expiring": "La Protección al comprador termina pronto",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Por ahora no hay nada que hacer: vuelve a consultar el seguimiento dentro de ${t.days(f.thresholdDays ?? 3)}.`,
      "Comprueba que el número de seguimiento esté copiado exactamente como te lo dio el vendedor.",
    ],
    "invalid-number": (f, t) => [
      several(f)
        ? `Compara ${numbers(f, t)} con los números que aparecen en la página del pedido, carácter por carácter.`
        : `Compara ${numbers(f, t)} con el número que aparece en la página del pedido, carácter por carácter.`,
      "Busca el número en el sitio web del propio transportista y en un sitio de seguimiento que reúna varios transportistas.",
      "Pide al vendedor que te confirme el número y el transportista.",
      "Guarda una captura de pantalla de la página del pedido en la que se vea el número.",
    ],
    "seller-not-shipped": () => [
      "Pregunta al vendedor cuándo entregará el paquete al transportista.",
      "Si todavía puedes cancelar el pedido y ya no quieres esperar, cancélalo.",
      "Guarda la respuesta del vendedor.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `No hace falta hacer nada: el paquete debería llegar a más tardar el ${t.date(f.etaTo)}.`
        : "No hace falta hacer nada: el paquete avanza con normalidad.",
      f.protectionEndsOn
        ? `Ten presente el plazo de la Protección al comprador (hasta el ${t.date(f.protectionEndsOn)}).`
        : "Anota la fecha de fin de la Protección al comprador que aparece en la página del pedido.",
    ],
    "long-silence": (f, t) => [
      `Busca ${numbers(f, t)} en el sitio web del transportista y en un sitio de seguimiento que reúna varios transportistas, por si hay eventos más recientes.`,
      "Pregunta al vendedor si el paquete tiene un número de seguimiento nuevo.",
      f.protectionEndsOn
        ? `Si sigue sin haber novedades, abre una disputa antes del ${t.date(f.protectionEndsOn)}.`
        : "Si sigue sin haber novedades, abre una disputa antes de que termine la Protección al comprador.",
    ],
    customs: (f, t) => [
      "Revisa tu correo electrónico, tus mensajes de texto (SMS) y la página de aduanas del servicio postal de tu país, por si hay alguna solicitud dirigida a ti.",
      "Comprueba que el nombre, la dirección y el teléfono del pedido sean correctos.",
      `Si no hay ningún avance en ${t.days(f.thresholdDays ?? 10)}, ponte en contacto con el transportista local.`,
      "Guarda capturas de pantalla del estado en aduanas.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Sigue el paquete en el sitio web del transportista local con el número ${f.lastMileNumber}.`
        : `Busca ${numbers(f, t)} en el sitio web del servicio postal de tu país; puede mostrar eventos más recientes.`,
      "Comprueba que la dirección y el teléfono del pedido sean correctos.",
    ],
    "out-for-delivery": () => [
      "Procura estar en la dirección de entrega o indica un lugar seguro donde dejar el paquete.",
      "Ten el teléfono a mano por si te llama el repartidor.",
    ],
    "delivery-failed": (f) => [
      `Ponte en contacto con el transportista local para programar una nueva entrega${f.lastMileNumber ? ` (número ${f.lastMileNumber})` : ""}.`,
      "Comprueba que la dirección y el teléfono del pedido estén completos.",
      "Mira si te han dejado un aviso en el buzón.",
    ],
    "pickup-waiting": (f) => [
      `Recoge el paquete en el punto de recogida${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}; lleva un documento de identidad y el número de seguimiento.`,
      "Los paquetes que no se recogen a tiempo se devuelven al remitente.",
    ],
    delivered: () => [
      "Revisa el paquete y su contenido.",
      "Si todo está bien, confirma la recepción en la página del pedido.",
    ],
    "delivered-not-received": () => [
      "Revisa el buzón, el locker de paquetes y la recepción o conserjería, y pregunta a los vecinos y a cualquier persona que haya podido recogerlo.",
      "Pregunta al transportista local dónde y cómo se entregó (foto, firma, lugar).",
      "Escribe al vendedor.",
      "Si el paquete no aparece, abre una disputa. No confirmes la recepción.",
    ],
    "wrong-destination": (f, t) => [
      "Haz una captura de pantalla de la página de seguimiento y otra de la dirección del pedido.",
      `Consulta ${numbers(f, t)} en otro sitio de seguimiento.`,
      "Pide al vendedor una explicación y el número de seguimiento correcto.",
      "Si se confirma el error, abre una disputa con las dos capturas.",
    ],
    "returned-to-sender": () => [
      "Lee el motivo de la devolución en el seguimiento.",
      "Pregunta al vendedor si te lo volverá a enviar o te hará un reembolso.",
      "No pagues nada fuera de la plataforma.",
      "Si no se puede entregar, abre una disputa con las capturas del seguimiento.",
    ],
    "lost-or-damaged": () => [
      "Guarda el aviso del transportista sobre la pérdida o los daños.",
      "Informa al vendedor y pídele un nuevo envío o un reembolso.",
      "Abre una disputa con el aviso del transportista y el historial de seguimiento.",
    ],
    "protection-expiring": (f, t) => [
      `Escribe hoy mismo al vendedor sobre ${yourOrder(f)}.`,
      f.protectionEndsOn
        ? `Si no recibes una respuesta clara, abre una disputa antes del ${t.date(f.protectionEndsOn)}; no dejes pasar esa fecha.`
        : "Si no recibes una respuesta clara, abre una disputa antes de que termine la Protección al comprador.",
      "Reúne las pruebas que se indican abajo.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length > 0
        ? `Hola. El seguimiento de ${myOrder(f)} (${numbers(f, t)}) sigue sin mostrar ningún escaneo del transportista${since(f, t)}. ¿Cuándo entregará el paquete al transportista? Gracias.`
        : `Hola. ${f.orderNumber ? `Mi pedido ${f.orderNumber}` : "Mi pedido"} todavía no tiene número de seguimiento. ¿Cuándo enviará el paquete? Gracias.`,
    "invalid-number": (f, t) =>
      several(f)
        ? `Hola. Los números de seguimiento ${numbers(f, t)} de ${myOrder(f)} no aparecen en los sitios de seguimiento. ¿Podría confirmarme los números e indicarme qué transportista lleva el paquete? Gracias.`
        : `Hola. El número de seguimiento ${numbers(f, t)} de ${myOrder(f)} no aparece en los sitios de seguimiento. ¿Podría confirmarme el número e indicarme qué transportista lleva el paquete? Gracias.`,
    "no-update": (f, t) =>
      `Hola. El seguimiento de ${myOrder(f)} (${numbers(f, t)}) lleva ${t.days(f.daysWithoutUpdate ?? 0)} sin actualizarse. ¿Podría preguntar a su empresa de logística dónde está el paquete y enviarme el nuevo número de seguimiento, si lo hay? Gracias.`,
    "customs-delay": (f, t) =>
      `Hola. El paquete de ${myOrder(f)} (${numbers(f, t)}) lleva ${t.days(f.daysWithoutUpdate ?? 0)} retenido en aduanas. ¿Podría consultar con su empresa de logística si la aduana necesita algo? Gracias.`,
    "delivered-not-received": (f, t) =>
      `Hola. Según el seguimiento de ${myOrder(f)} (${numbers(f, t)}), el paquete figura como entregado${on(f.deliveredOn, t)}, pero no lo he recibido. Ya he revisado mi buzón y el lugar de entrega. Por favor, envíeme la prueba de entrega o ayúdeme a localizar el paquete; de lo contrario, abriré una disputa.`,
    "carrier-delivery-query": (f, t) =>
      `Hola. El paquete con ${f.lastMileNumber ? `número de seguimiento ${f.lastMileNumber}` : several(f) ? `números de seguimiento ${numbers(f, t)}` : `número de seguimiento ${numbers(f, t)}`} figura como entregado${on(f.deliveredOn, t)}, pero no lo he recibido. ¿Podrían indicarme dónde y a quién se entregó y, si es posible, enviarme una foto o la firma de la entrega? Gracias.`,
    "wrong-destination": (f, t) =>
      `Hola. Según el seguimiento de ${myOrder(f)} (${numbers(f, t)}), el paquete está en ${f.wrongPlace ?? "otro lugar"}, ${destination(f, t) ? `pero mi dirección de entrega está en ${destination(f, t)}` : "no en mi dirección de entrega"}. Por favor, compruebe el número de seguimiento e indíqueme el correcto para mi pedido.`,
    returned: (f, t) =>
      `Hola. Según el seguimiento de ${myOrder(f)} (${numbers(f, t)}), el paquete se está devolviendo al remitente. ¿Podría enviármelo de nuevo o reembolsarme el pedido? Gracias.`,
    "lost-or-damaged": (f, t) =>
      `Hola. El transportista indica que el paquete de ${myOrder(f)} (${numbers(f, t)}) se ha perdido o ha sufrido daños. Por favor, vuelva a enviarme el pedido o reembólseme el importe. Gracias.`,
    "protection-ending": (f, t) =>
      `Hola. La Protección al comprador de ${myOrder(f)} termina${f.protectionEndsOn ? ` el ${t.date(f.protectionEndsOn)}` : " pronto"} y el paquete${f.trackingNumbers.length > 0 ? ` (${numbers(f, t)})` : ""} todavía no ha llegado. Por favor, indíqueme dónde está. Si no tengo noticias claras, abriré una disputa para proteger mi compra.`,
  },
  disputes: {
    "not-delivered": (f, t) =>
      `El paquete de ${myOrder(f)} no se ha entregado. ${f.trackingNumbers.length === 0 ? "El vendedor no facilitó ningún número de seguimiento." : `${several(f) ? "Números de seguimiento" : "Número de seguimiento"}: ${numbers(f, t)}.`} ${f.lastEvent ? `El último evento fue el ${t.date(f.lastEvent.date)}: "${f.lastEvent.text}". ` : "El seguimiento no muestra ningún evento del transportista. "}${f.daysWithoutUpdate !== null ? `No hay actualizaciones desde hace ${t.days(f.daysWithoutUpdate)}. ` : ""}Solicito el reembolso.`,
    "delivered-not-received": (f, t) =>
      `Según el seguimiento (${numbers(f, t)}), el paquete figura como entregado${on(f.deliveredOn, t)}, pero no lo he recibido. La dirección del pedido es correcta. He consultado con el transportista local y el paquete no llegó a mis manos. Solicito el reembolso.`,
    "wrong-destination": (f, t) =>
      `Según el seguimiento (${numbers(f, t)}), el paquete está en ${f.wrongPlace ?? "otro lugar"}, y no en mi dirección de entrega${destination(f, t) ? ` en ${destination(f, t)}` : ""}. Adjunto capturas de pantalla del seguimiento y de la dirección del pedido. Solicito el reembolso.`,
    returned: (f, t) =>
      `El paquete (${numbers(f, t)}) se devolvió al remitente y nunca llegué a recibirlo. Adjunto capturas de pantalla del seguimiento. Solicito el reembolso.`,
    "lost-or-damaged": (f, t) =>
      `El transportista indica que el paquete (${numbers(f, t)}) se ha perdido o ha sufrido daños. Adjunto el aviso del transportista y el historial de seguimiento. Solicito el reembolso.`,
    "customs-delay": (f, t) =>
      `El paquete (${numbers(f, t)}) lleva ${t.days(f.daysWithoutUpdate ?? 0)} retenido en aduanas sin ningún avance${since(f, t)}. Adjunto el historial de seguimiento. Solicito el reembolso.`,
  },
  evidence: {
    "tracking-numbers": "Números de seguimiento y el transportista de cada uno",
    "tracking-history":
      "Historial de seguimiento completo, tal como se obtuvo, con la fecha y hora de cada consulta",
    "order-details": "Detalles del pedido (número, fecha, artículos)",
    "delivery-address": "Tu dirección de entrega (captura de pantalla de la página del pedido)",
    "protection-dates":
      "Fecha de fin de la Protección al comprador (captura de pantalla de la página del pedido)",
    "wrong-place": "El evento de seguimiento que muestra el lugar equivocado",
    "carrier-response": "La respuesta del transportista local",
    "seller-messages": "Tus mensajes con el vendedor (capturas de pantalla)",
    "proof-not-delivered":
      "Prueba de que el paquete no te llegó (declaración del transportista, registro de la conserjería o del locker)",
  },
  words: {
    held: "incluido",
    toAdd: "por añadir",
    estimated: "estimación",
    protectionEnds: "Fin de la Protección al comprador",
    daysLeft: "días restantes",
    expectedDelivery: "Entrega estimada",
    nextCheck: "Próxima comprobación",
    checklist: "Qué hacer",
    messageToSeller: "Mensaje al vendedor",
    messageToCarrier: "Mensaje al transportista",
    disputeText: "Texto de la disputa",
    evidence: "Pruebas",
    why: "Por qué",
  },
  pack: {
    title: "Expediente de pruebas",
    orderName: (number, id) => `Pedido ${number ?? `#${id}`}`,
    generated: (time) => `Generado el ${time}`,
    asOf: (time) => `Evaluación a fecha de ${time}`,
    version: (version) => `Versión de ParcelTrail: ${version}`,
    page: (page, pages) => `Página ${page} de ${pages}`,
    field: (label, value) => `${label}: ${value}`,
    bytes: (count) => `${count}\u00a0B`,
    summary: "Resumen",
    order: "Pedido",
    orderNumber: "Número de pedido",
    marketplace: "Plataforma",
    itemTitle: "Título",
    items: "Artículos",
    seller: "Vendedor",
    placed: "Fecha del pedido",
    shippingMethod: "Método de envío",
    destination: "Destino",
    notes: "Notas",
    trackingNumbers: "Números de seguimiento",
    trackingNumber: "Número de seguimiento",
    carrier: "Transportista",
    role: "Tramo",
    firstLeg: "primer tramo",
    lastMile: "última milla",
    handedOffFrom: "Número anterior",
    numberLinks: "Relación entre los números",
    timeline: "Cronología",
    time: "Fecha y hora",
    status: "Estado",
    event: "Evento",
    place: "Lugar",
    sources: "Fuentes",
    source: "Fuente",
    sourceHistories: "Historial de cada fuente, tal como se obtuvo",
    reads: "Consultas",
    fetchedAt: "Fecha de consulta",
    outcome: "Resultado",
    httpStatus: "Código HTTP",
    contentType: "Tipo de contenido",
    size: "Tamaño",
    sha256: "SHA-256",
    rawCopy: "Copia exacta",
    rawBody: "Respuesta original",
    rawTooLong: "No se muestra aquí por su tamaño; consulta la copia exacta.",
    rawShownAbove: "Ver más arriba.",
    hashMismatch: "El contenido guardado ya no coincide con su SHA-256.",
    glyphsMissing:
      "Parte del texto está en una escritura que la fuente tipográfica de este PDF no incluye (chino, japonés, coreano o tailandés) y aparece como recuadros vacíos; la página HTML lo muestra correctamente.",
    reports: "Tus registros",
    reportKinds: {
      not_received: "No recibido",
      seller_replied: "Respuesta del vendedor",
      dispute_opened: "Disputa abierta",
      receipt_confirmed: "Recepción confirmada",
    },
    noEvents: "Todavía no hay eventos.",
    none: "Sin datos",
    unknown: "desconocido",
    verify: "Cómo verificar este expediente",
    verifyText:
      "Cada respuesta original se copia byte a byte en la carpeta raw/, junto a este archivo. Su SHA-256 (sha256sum raw/*) debe coincidir con el que figura aquí, calculado en el momento de recibirla.",
  },
};
