/**
 * French: the same facts as `en.ts`, in the register a buyer uses with a seller on AliExpress France
 * (vouvoiement, "Bonjour", short and factual). Terms as AliExpress shows them in French:
 * "Protection acheteur", "litige", "numéro de suivi", "confirmer la réception".
 * Typography: a no-break space before ":", ";", "?" and inside « ».
 * Country names from `t.country` have no article, so they only appear in parentheses or after a
 * colon, never after "en"/"au".
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

/** The long date, with the French ordinal for the first of the month ("1er novembre 2026"). */
const date = (t: Tools, day: string) => t.date(day).replace(/^1 /, "1er ");
const order = (f: Facts) => (f.orderNumber ? `ma commande n° ${f.orderNumber}` : "ma commande");
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
const plural = (f: Facts) => f.trackingNumbers.length > 1;
/** "le numéro de suivi X" or "les numéros de suivi X et Y". */
const tracking = (f: Facts, t: Tools) =>
  plural(f) ? `les numéros de suivi ${numbers(f, t)}` : `le numéro de suivi ${numbers(f, t)}`;
const Tracking = (f: Facts, t: Tools) =>
  plural(f) ? `Les numéros de suivi ${numbers(f, t)}` : `Le numéro de suivi ${numbers(f, t)}`;
/** " (Madrid, Espagne)", or "" when neither is known. */
const address = (f: Facts, t: Tools) => {
  const parts = [f.destination.city, f.destination.country ? t.country(f.destination.country) : null].filter(
    Boolean,
  );
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
};

export const fr: Catalog = {
  language: "fr",
  verdicts: {
    on_track: "Dans les temps",
    wait: "Patienter",
    watch: "À surveiller",
    act_soon: "Agir bientôt",
    act_now: "Agir maintenant",
    delivered: "Livré",
    closed: "Clôturé",
  },
  stages: {
    pre_transit: "En attente du transporteur",
    origin: "Dans le pays d'origine",
    line_haul: "En transit international",
    destination: "Dans le pays de destination",
    final_mile: "Chez le transporteur local",
    done: "Terminé",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `${f.daysWithoutUpdate !== null ? `Toujours pas de numéro de suivi ${t.days(f.daysWithoutUpdate)} après la commande` : "Pas encore de numéro de suivi"} ; les vendeurs expédient généralement sous ${t.days(f.thresholdDays ?? 7)}.`,
    "label-only": (f, t) =>
      `L'étiquette d'expédition a été créée il y a ${t.days(f.daysWithoutUpdate ?? 0)}, mais le transporteur n'a pas encore scanné le colis.`,
    "first-scan-window": (f, t) =>
      `Le premier scan met souvent jusqu'à ${t.days(f.thresholdDays ?? 3)} à apparaître après l'expédition ; c'est normal.`,
    "no-events-yet": (f, t) =>
      `Aucun transporteur n'a transmis d'information depuis ${t.days(f.daysWithoutUpdate ?? 0)}.`,
    "number-invalid": (f, t) =>
      plural(f)
        ? `L'un des numéros de suivi (${numbers(f, t)}) ne correspond au format d'aucun transporteur connu ; il contient peut-être une faute de frappe.`
        : `${Tracking(f, t)} ne correspond au format d'aucun transporteur connu ; il contient peut-être une faute de frappe.`,
    "seller-slow": (f, t) =>
      `Le colis n'a toujours pas été remis au transporteur, ${t.days(f.daysWithoutUpdate ?? 0)} après la création de l'étiquette.`,
    moving: (f, t) =>
      f.lastEvent
        ? `Le colis est en cours d'acheminement : dernière mise à jour le ${date(t, f.lastEvent.date)}.`
        : "Le colis est en cours d'acheminement : le suivi a été mis à jour récemment.",
    "quiet-normal": (f, t) =>
      `Aucune mise à jour depuis ${t.days(f.daysWithoutUpdate ?? 0)} ; à ce stade, un silence de ${t.days(f.thresholdDays ?? 0)} maximum est normal.`,
    "quiet-long": (f, t) =>
      `Aucune mise à jour depuis ${t.days(f.daysWithoutUpdate ?? 0)}, alors qu'à ce stade le silence ne dure habituellement pas plus de ${t.days(f.thresholdDays ?? 0)}.`,
    "quiet-very-long": (f, t) =>
      `Aucune mise à jour depuis ${t.days(f.daysWithoutUpdate ?? 0)} : c'est un silence anormalement long à ce stade (au-delà de ${t.days(f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      f.etaTo
        ? `Le délai de livraison estimé est dépassé : le colis était attendu au plus tard le ${date(t, f.etaTo)}.`
        : "Le délai de livraison estimé est dépassé.",
    "in-customs": (f, t) =>
      `Le colis est en douane ; le dédouanement prend souvent jusqu'à ${t.days(f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `Le colis est en douane, sans nouvelles depuis ${t.days(f.daysWithoutUpdate ?? 0)} : c'est plus long que d'habitude.`,
    "customs-needs-you": () =>
      "La douane ou le transporteur vous demande quelque chose (un paiement, un document ou des informations).",
    "arrived-destination": (f, t) =>
      `Le colis est arrivé dans le pays de destination${f.destination.country ? ` (${t.country(f.destination.country)})` : ""}.`,
    "local-quiet": (f, t) =>
      `Le colis est arrivé dans le pays, mais le suivi n'a pas bougé depuis ${t.days(f.daysWithoutUpdate ?? 0)} ; le site du transporteur local affiche peut-être davantage d'informations avec ${f.lastMileNumber ? `le numéro local ${f.lastMileNumber}` : "le numéro de suivi"}.`,
    "out-for-delivery": () => "Le colis est en cours de livraison.",
    "delivery-failed": () => "Une tentative de livraison a échoué.",
    "address-problem": () => "Le transporteur signale un problème d'adresse.",
    "waiting-pickup": (f) =>
      `Le colis vous attend dans un point de retrait${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "C'est le dernier avis : si le colis n'est pas retiré, il sera renvoyé à l'expéditeur.",
    delivered: (f, t) =>
      `Le transporteur indique que le colis a été livré${f.deliveredOn ? ` le ${date(t, f.deliveredOn)}` : ""}.`,
    "delivered-reported-missing": () =>
      "Le transporteur indique que le colis a été livré, mais vous avez signalé ne pas l'avoir reçu.",
    "wrong-country": (f, t) =>
      `Selon le suivi, le colis se trouve ${f.destination.country ? `hors de votre pays (${t.country(f.destination.country)})` : "hors de votre pays"}${f.wrongPlace ? ` ; lieu indiqué : ${f.wrongPlace}` : ""}.`,
    "wrong-city": (f) =>
      `Selon le suivi, le colis se trouve dans une autre ville que la vôtre${f.destination.city ? ` (${f.destination.city})` : ""}${f.wrongPlace ? ` ; lieu indiqué : ${f.wrongPlace}` : ""}.`,
    returned: () => "Le colis est en cours de retour vers l'expéditeur.",
    "lost-or-damaged": () => "Le transporteur déclare le colis perdu, endommagé ou détruit.",
    "carrier-problem": (f) =>
      `Le transporteur signale un problème${f.lastEvent ? ` : « ${f.lastEvent.text} »` : ""}.`,
    "protection-soon": (f, t) =>
      `La Protection acheteur prend fin ${f.protectionEndsOn ? `le ${date(t, f.protectionEndsOn)}` : "prochainement"}${f.protectionDaysLeft !== null ? ` : il reste ${t.days(f.protectionDaysLeft)}` : ""}.`,
    "protection-now": (f, t) => {
      const ends = `La Protection acheteur prend fin ${f.protectionEndsOn ? `le ${date(t, f.protectionEndsOn)}` : "très prochainement"}`;
      if (f.protectionDaysLeft === null) return `${ends}.`;
      const left = Math.max(0, f.protectionDaysLeft);
      return `${ends} : ${left === 0 ? "c'est le dernier jour" : left === 1 ? "il ne reste plus qu'un jour" : `il ne reste plus que ${t.days(left)}`}.`;
    },
    "protection-ended": (f, t) =>
      f.protectionEndsOn
        ? `La Protection acheteur a pris fin le ${date(t, f.protectionEndsOn)}.`
        : "La Protection acheteur a déjà pris fin.",
    "protection-estimated": () =>
      "La date de fin de la Protection acheteur est une estimation de notre part ; vérifiez la date exacte sur la page de la commande et enregistrez-la.",
    "dispute-open": (f, t) =>
      `Vous avez ouvert un litige${f.disputeOpenedOn ? ` le ${date(t, f.disputeOpenedOn)}` : ""} ; répondez à toute demande qui vous y est adressée.`,
    "seller-replied": () => "Le vendeur vous a répondu.",
    "receipt-confirmed": () => "Vous avez confirmé la réception ; cette commande est clôturée.",
    "learned-route": (f) => {
      const n = f.learnedParcels ?? 0;
      return `Les délais prévus s'appuient sur ${n} colis déjà ${n <= 1 ? "livré" : "livrés"} sur ce trajet avec ce mode d'expédition.`;
    },
  },
  playbookTitles: {
    "wait-first-scan": "En attente du premier scan",
    "invalid-number": "Numéro de suivi introuvable",
    "seller-not-shipped": "Pas encore remis au transporteur",
    "normal-transit": "Acheminement normal",
    "long-silence": "Aucune mise à jour depuis longtemps",
    customs: "En douane",
    "arrived-check-local": "Arrivé : suivi auprès du transporteur local",
    "out-for-delivery": "En cours de livraison",
    "delivery-failed": "Échec de la tentative de livraison",
    "pickup-waiting": "En attente de retrait",
    delivered: "Livré",
    "delivered-not-received": "Livré mais non reçu",
    "wrong-destination": "Acheminé vers le mauvais endroit",
    "returned-to-sender": "Retourné à l'expéditeur",
    "lost-or-damaged": "Perdu ou endommagé",
    "protection-expiring": "Fin imminente de la Protection acheteur",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Rien à faire pour l'instant : vérifiez de nouveau dans ${t.days(f.thresholdDays ?? 3)}.`,
      "Vérifiez que le numéro de suivi a été copié exactement tel que le vendeur l'a fourni.",
    ],
    "invalid-number": (f, t) => [
      plural(f)
        ? `Comparez ${tracking(f, t)}, caractère par caractère, avec ceux indiqués sur la page de la commande.`
        : `Comparez ${tracking(f, t)}, caractère par caractère, avec celui indiqué sur la page de la commande.`,
      "Recherchez le numéro sur le site du transporteur lui-même et sur un site de suivi multi-transporteurs.",
      "Demandez au vendeur de confirmer le numéro et le transporteur.",
      "Conservez une capture d'écran de la page de la commande où figure le numéro.",
    ],
    "seller-not-shipped": () => [
      "Demandez au vendeur quand le colis sera remis au transporteur.",
      "Si la commande peut encore être annulée et que vous ne souhaitez plus attendre, annulez-la.",
      "Conservez la réponse du vendeur.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `Rien à faire : le colis est attendu d'ici le ${date(t, f.etaTo)}.`
        : "Rien à faire : le colis est acheminé normalement.",
      f.protectionEndsOn
        ? `Gardez un œil sur la Protection acheteur (valable jusqu'au ${date(t, f.protectionEndsOn)}).`
        : "Notez la date de fin de la Protection acheteur indiquée sur la page de la commande.",
    ],
    "long-silence": (f, t) => [
      `Recherchez ${tracking(f, t)} sur le site du transporteur et sur un site de suivi multi-transporteurs, pour voir s'il y a des événements plus récents.`,
      "Demandez au vendeur si le colis a reçu un nouveau numéro de suivi.",
      f.protectionEndsOn
        ? `Si vous n'avez toujours pas de nouvelles, ouvrez un litige avant le ${date(t, f.protectionEndsOn)}.`
        : "Si vous n'avez toujours pas de nouvelles, ouvrez un litige avant la fin de la Protection acheteur.",
    ],
    customs: (f, t) => [
      "Vérifiez si une demande vous a été adressée par e-mail, par SMS ou dans la rubrique douane du site de la poste.",
      "Vérifiez que le nom, l'adresse et le numéro de téléphone indiqués sur la commande sont corrects.",
      `Si rien ne bouge pendant ${t.days(f.thresholdDays ?? 10)}, contactez le transporteur local.`,
      "Conservez des captures d'écran du statut en douane.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Suivez le colis sur le site du transporteur local avec le numéro ${f.lastMileNumber}.`
        : `Recherchez ${tracking(f, t)} sur le site de la poste de votre pays : des événements plus récents peuvent y figurer.`,
      "Vérifiez que l'adresse et le numéro de téléphone indiqués sur la commande sont corrects.",
    ],
    "out-for-delivery": () => [
      "Restez disponible à l'adresse de livraison ou prévoyez un endroit sûr où déposer le colis.",
      "Gardez votre téléphone à portée de main au cas où le livreur appellerait.",
    ],
    "delivery-failed": (f) => [
      `Contactez le transporteur local pour convenir d'une nouvelle livraison${f.lastMileNumber ? ` (numéro ${f.lastMileNumber})` : ""}.`,
      "Vérifiez que l'adresse et le numéro de téléphone indiqués sur la commande sont complets.",
      "Regardez s'il y a un avis de passage dans votre boîte aux lettres.",
    ],
    "pickup-waiting": (f) => [
      `Retirez le colis au point de retrait${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""} ; munissez-vous d'une pièce d'identité et du numéro de suivi.`,
      "Un colis qui n'est pas retiré dans les délais est renvoyé à l'expéditeur.",
    ],
    delivered: () => [
      "Vérifiez le colis et son contenu.",
      "Si tout est en ordre, confirmez la réception sur la page de la commande.",
    ],
    "delivered-not-received": () => [
      "Vérifiez votre boîte aux lettres, la consigne à colis et l'accueil ou la loge de votre immeuble, et demandez à vos voisins ou à toute personne qui aurait pu réceptionner le colis.",
      "Demandez au transporteur local où et comment le colis a été livré (photo, signature, lieu).",
      "Écrivez au vendeur.",
      "Si le colis reste introuvable, ouvrez un litige. Ne confirmez pas la réception.",
    ],
    "wrong-destination": (f, t) => [
      "Faites une capture d'écran de la page de suivi et de l'adresse indiquée sur la commande.",
      `Vérifiez ${tracking(f, t)} sur un deuxième site de suivi.`,
      "Demandez au vendeur une explication et le bon numéro de suivi.",
      "Si l'erreur se confirme, ouvrez un litige en joignant les deux captures d'écran.",
    ],
    "returned-to-sender": () => [
      "Lisez le motif du retour dans le suivi.",
      "Demandez au vendeur s'il compte vous réexpédier le colis ou vous rembourser.",
      "Ne payez rien en dehors de la plateforme.",
      "Si le colis ne peut pas être livré, ouvrez un litige en joignant les captures d'écran du suivi.",
    ],
    "lost-or-damaged": () => [
      "Conservez la déclaration du transporteur concernant la perte ou les dommages.",
      "Prévenez le vendeur et demandez-lui un nouvel envoi ou un remboursement.",
      "Ouvrez un litige en joignant la déclaration du transporteur et l'historique de suivi.",
    ],
    "protection-expiring": (f, t) => [
      f.orderNumber
        ? `Écrivez au vendeur dès aujourd'hui au sujet de la commande n° ${f.orderNumber}.`
        : "Écrivez au vendeur dès aujourd'hui au sujet de votre commande.",
      f.protectionEndsOn
        ? `Sans réponse claire, ouvrez un litige avant le ${date(t, f.protectionEndsOn)} ; n'attendez pas au-delà de cette date.`
        : "Sans réponse claire, ouvrez un litige avant la fin de la Protection acheteur.",
      "Rassemblez les preuves listées ci-dessous.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length === 0
        ? `Bonjour, ${order(f)} n'a toujours pas de numéro de suivi. Quand le colis sera-t-il expédié ? Merci.`
        : `Bonjour, le suivi de ${order(f)} (${numbers(f, t)}) n'indique toujours aucune prise en charge par le transporteur${f.lastEvent ? ` depuis le ${date(t, f.lastEvent.date)}` : ""}. Quand le colis sera-t-il remis au transporteur ? Merci.`,
    "invalid-number": (f, t) =>
      plural(f)
        ? `Bonjour, ${tracking(f, t)} de ${order(f)} sont introuvables sur les sites de suivi. Pourriez-vous confirmer ces numéros et m'indiquer quel transporteur a pris en charge le colis ? Merci.`
        : `Bonjour, ${tracking(f, t)} de ${order(f)} est introuvable sur les sites de suivi. Pourriez-vous confirmer ce numéro et m'indiquer quel transporteur a pris en charge le colis ? Merci.`,
    "no-update": (f, t) =>
      `Bonjour, le suivi de ${order(f)} (${numbers(f, t)}) n'a pas évolué depuis ${t.days(f.daysWithoutUpdate ?? 0)}. Pourriez-vous demander à votre partenaire logistique où se trouve le colis, et me communiquer un éventuel nouveau numéro de suivi ? Merci.`,
    "customs-delay": (f, t) =>
      `Bonjour, le colis de ${order(f)} (${numbers(f, t)}) est retenu en douane depuis ${t.days(f.daysWithoutUpdate ?? 0)}. Pourriez-vous vérifier auprès de votre partenaire logistique si la douane attend quelque chose ? Merci.`,
    "delivered-not-received": (f, t) =>
      `Bonjour, d'après le suivi de ${order(f)} (${numbers(f, t)}), le colis a été livré${f.deliveredOn ? ` le ${date(t, f.deliveredOn)}` : ""}, mais je ne l'ai pas reçu. J'ai vérifié ma boîte aux lettres et le lieu de livraison. Merci de m'envoyer la preuve de livraison ou de m'aider à retrouver le colis ; à défaut, j'ouvrirai un litige.`,
    "carrier-delivery-query": (f, t) => {
      const parcel = f.lastMileNumber
        ? `le colis n° ${f.lastMileNumber}`
        : plural(f)
          ? `le colis suivi sous les numéros ${numbers(f, t)}`
          : `le colis n° ${numbers(f, t)}`;
      return `Bonjour, ${parcel} est indiqué comme livré${f.deliveredOn ? ` le ${date(t, f.deliveredOn)}` : ""}, mais je ne l'ai pas reçu. Pourriez-vous m'indiquer où et à qui il a été remis, et me transmettre une photo ou une signature si vous en disposez ? Merci.`;
    },
    "wrong-destination": (f, t) =>
      `Bonjour, ${f.wrongPlace ? `le suivi de ${order(f)} (${numbers(f, t)}) indique comme lieu « ${f.wrongPlace} », ce qui ne correspond pas à mon adresse de livraison${address(f, t)}` : `d'après le suivi de ${order(f)} (${numbers(f, t)}), le colis se trouve ailleurs qu'à mon adresse de livraison${address(f, t)}`}. Merci de vérifier le numéro de suivi et de me communiquer le bon numéro pour ma commande.`,
    returned: (f, t) =>
      `Bonjour, d'après le suivi de ${order(f)} (${numbers(f, t)}), le colis vous est actuellement retourné. Pourriez-vous me le réexpédier ou rembourser la commande ? Merci.`,
    "lost-or-damaged": (f, t) =>
      `Bonjour, le transporteur indique que le colis de ${order(f)} (${numbers(f, t)}) est perdu ou endommagé. Pourriez-vous m'envoyer un nouveau colis ou rembourser la commande ? Merci.`,
    "protection-ending": (f, t) =>
      `Bonjour, la Protection acheteur de ${order(f)} ${f.protectionEndsOn ? `prend fin le ${date(t, f.protectionEndsOn)}` : "prend bientôt fin"} et le colis${f.trackingNumbers.length > 0 ? ` (${numbers(f, t)})` : ""} n'est toujours pas arrivé. Merci de m'indiquer où il se trouve. Sans nouvelles précises, j'ouvrirai un litige pour protéger ma commande.`,
  },
  disputes: {
    "not-delivered": (f, t) =>
      `Le colis de ${order(f)} n'a pas été livré. ${f.trackingNumbers.length === 0 ? "Le vendeur n'a fourni aucun numéro de suivi." : `${plural(f) ? "Numéros" : "Numéro"} de suivi : ${numbers(f, t)}.`} ${f.lastEvent ? `Le dernier événement date du ${date(t, f.lastEvent.date)} : « ${f.lastEvent.text} ». ` : "Le suivi n'affiche aucun événement du transporteur. "}${f.daysWithoutUpdate !== null ? `Il n'y a eu aucune mise à jour depuis ${t.days(f.daysWithoutUpdate)}. ` : ""}Je demande un remboursement.`,
    "delivered-not-received": (f, t) =>
      `D'après le suivi (${numbers(f, t)}), le colis a été livré${f.deliveredOn ? ` le ${date(t, f.deliveredOn)}` : ""}, mais je ne l'ai pas reçu. L'adresse indiquée sur la commande est correcte. J'ai contacté le transporteur local : le colis ne m'a pas été remis. Je demande un remboursement.`,
    "wrong-destination": (f, t) =>
      `${f.wrongPlace ? `Le suivi (${numbers(f, t)}) indique comme lieu « ${f.wrongPlace} », et non mon adresse de livraison${address(f, t)}` : `D'après le suivi (${numbers(f, t)}), le colis se trouve ailleurs qu'à mon adresse de livraison${address(f, t)}`}. Vous trouverez ci-joint des captures d'écran du suivi et de l'adresse de ma commande. Je demande un remboursement.`,
    returned: (f, t) =>
      `Le colis (${numbers(f, t)}) a été renvoyé à l'expéditeur et ne m'a jamais été livré. Les captures d'écran du suivi sont jointes. Je demande un remboursement.`,
    "lost-or-damaged": (f, t) =>
      `Le transporteur indique que le colis (${numbers(f, t)}) est perdu ou endommagé. La déclaration du transporteur et l'historique de suivi sont joints. Je demande un remboursement.`,
    "customs-delay": (f, t) =>
      `Le colis (${numbers(f, t)}) est retenu en douane depuis ${t.days(f.daysWithoutUpdate ?? 0)}${f.lastEvent ? `, sans aucune évolution depuis le ${date(t, f.lastEvent.date)}` : ", sans aucune évolution"}. L'historique de suivi est joint. Je demande un remboursement.`,
  },
  evidence: {
    "tracking-numbers": "Numéros de suivi et transporteur de chacun",
    "tracking-history":
      "Historique de suivi complet, tel qu'il a été récupéré, avec l'heure de chaque consultation",
    "order-details": "Détails de la commande (numéro, date, articles)",
    "delivery-address": "Votre adresse de livraison (capture d'écran de la page de la commande)",
    "protection-dates": "Date de fin de la Protection acheteur (capture d'écran de la page de la commande)",
    "wrong-place": "Événement de suivi qui indique le mauvais lieu",
    "carrier-response": "Réponse du transporteur local",
    "seller-messages": "Vos échanges avec le vendeur (captures d'écran)",
    "proof-not-delivered":
      "Preuve que le colis ne vous est pas parvenu (attestation du transporteur, registre de l'immeuble ou historique de la consigne à colis)",
  },
  words: {
    held: "inclus",
    toAdd: "à ajouter",
    estimated: "estimation",
    protectionEnds: "Fin de la Protection acheteur",
    daysLeft: "jours restants",
    expectedDelivery: "Livraison prévue",
    nextCheck: "Prochaine vérification",
    checklist: "À faire",
    messageToSeller: "Message au vendeur",
    messageToCarrier: "Message au transporteur",
    disputeText: "Texte du litige",
    evidence: "Preuves",
    why: "Pourquoi",
  },
  pack: {
    title: "Dossier de preuves",
    orderName: (number, id) => (number ? `Commande n°\u00a0${number}` : `Commande #${id}`),
    generated: (time) => `Généré le ${time}`,
    asOf: (time) => `Évaluation arrêtée au ${time}`,
    version: (version) => `Version de ParcelTrail\u00a0: ${version}`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
    field: (label, value) => `${label}\u00a0: ${value}`,
    bytes: (count) => `${count}\u00a0o`,
    summary: "Synthèse",
    order: "Commande",
    orderNumber: "Numéro de commande",
    marketplace: "Plateforme",
    itemTitle: "Intitulé",
    items: "Articles",
    seller: "Vendeur",
    placed: "Date de commande",
    shippingMethod: "Mode de livraison",
    destination: "Destination",
    notes: "Notes",
    trackingNumbers: "Numéros de suivi",
    trackingNumber: "Numéro de suivi",
    carrier: "Transporteur",
    role: "Tronçon",
    firstLeg: "premier tronçon",
    lastMile: "dernier kilomètre",
    handedOffFrom: "Numéro précédent",
    numberLinks: "Liens entre les numéros",
    timeline: "Chronologie",
    time: "Date et heure",
    status: "Statut",
    event: "Événement",
    place: "Lieu",
    sources: "Sources",
    source: "Source",
    sourceHistories: "Historique de chaque source, tel que récupéré",
    reads: "Consultations",
    fetchedAt: "Date de consultation",
    outcome: "Résultat",
    httpStatus: "Code HTTP",
    contentType: "Type de contenu",
    size: "Taille",
    sha256: "SHA-256",
    rawCopy: "Copie exacte",
    rawBody: "Réponse brute",
    rawTooLong: "Contenu trop long pour être affiché ici\u00a0; voir la copie exacte.",
    rawShownAbove: "Voir plus haut.",
    hashMismatch: "Le contenu enregistré ne correspond plus à son SHA-256.",
    glyphsMissing:
      "Une partie du texte est écrite dans un système d'écriture absent de la police de ce PDF (chinois, japonais, coréen ou thaï) et s'affiche sous forme de cases vides\u00a0; la page HTML l'affiche correctement.",
    reports: "Vos signalements",
    reportKinds: {
      not_received: "Non reçu",
      seller_replied: "Réponse du vendeur",
      dispute_opened: "Litige ouvert",
      receipt_confirmed: "Réception confirmée",
    },
    noEvents: "Aucun événement pour l'instant.",
    none: "Néant",
    unknown: "inconnu",
    verify: "Comment vérifier ce dossier",
    verifyText:
      "Chaque réponse brute est copiée octet par octet dans le dossier raw/, à côté de ce fichier. Son SHA-256 (sha256sum raw/*) doit être identique à celui indiqué ici, calculé au moment de sa réception.",
  },
};
