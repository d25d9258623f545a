/**
 * Portuguese: Brazilian Portuguese, as most AliExpress buyers writing Portuguese use, avoiding
 * words unknown in Portugal where an easy alternative exists ("telefone", not "celular";
 * "captura de tela"). Register: "você", polite and factual.
 * Terms as AliExpress shows them in Portuguese: "Proteção ao Comprador", "disputa",
 * "número de rastreamento", "confirmar o recebimento", "pedido".
 *
 * Country names are nominative and Portuguese puts an article before most of them ("na Espanha",
 * "em Portugal"), so a country is never placed after a preposition: it goes in parentheses or
 * after "é".
 */
import type { Facts } from "../assess/types.ts";
import type { Catalog, Tools } from "./catalog.ts";

/** The long date, with the ordinal Brazilians write for the first of the month ("1º de dezembro de 2026"). */
const date = (t: Tools, day: string) => t.date(day).replace(/^1 de /, "1º de ");
/** CLDR gives "0 dia" for Portuguese; written Portuguese says "0 dias". */
const days = (t: Tools, n: number) => (n === 0 ? "0 dias" : t.days(n));
/** "do pedido 8190…" / "do meu pedido". */
const ofOrder = (f: Facts) => (f.orderNumber ? `do pedido ${f.orderNumber}` : "do meu pedido");
const numbers = (f: Facts, t: Tools) => t.list(f.trackingNumbers);
const many = (f: Facts) => f.trackingNumbers.length > 1;
/** "o número de rastreamento X" / "os números de rastreamento X e Y". */
const trackingPhrase = (f: Facts, t: Tools) =>
  many(f) ? `os números de rastreamento ${numbers(f, t)}` : `o número de rastreamento ${numbers(f, t)}`;
const country = (f: Facts, t: Tools) => (f.destination.country ? t.country(f.destination.country) : null);
/** "Madrid, Espanha", or "" when neither is known. */
const destination = (f: Facts, t: Tools) => [f.destination.city, country(f, t)].filter(Boolean).join(", ");
/** ": restam 7 dias" / ": resta 1 dia" / ": hoje é o último dia", or "" when the count is unknown. */
const left = (t: Tools, n: number | null, only: boolean) => {
  if (n === null) return "";
  if (n <= 0) return ": hoje é o último dia";
  const just = only ? "apenas " : "";
  return n === 1 ? `: resta ${just}${t.days(1)}` : `: restam ${just}${days(t, n)}`;
};
const thanks = "Agradeço desde já.";

export const pt: Catalog = {
  language: "pt",
  verdicts: {
    on_track: "Dentro do previsto",
    wait: "Aguardar",
    watch: "Acompanhar de perto",
    act_soon: "Agir em breve",
    act_now: "Agir agora",
    delivered: "Entregue",
    closed: "Encerrado",
  },
  stages: {
    pre_transit: "Aguardando a transportadora",
    origin: "No país de origem",
    line_haul: "Em trânsito internacional",
    destination: "No país de destino",
    final_mile: "Com a transportadora local",
    done: "Concluído",
  },
  reasons: {
    "no-tracking-yet": (f, t) =>
      `Ainda não há número de rastreamento${f.daysWithoutUpdate !== null ? ` (${days(t, f.daysWithoutUpdate)} após o pedido)` : ""}; os vendedores costumam enviar em até ${days(t, f.thresholdDays ?? 7)}.`,
    "label-only": (f, t) => {
      const d = f.daysWithoutUpdate ?? 0;
      return `Por enquanto só existe a etiqueta de envio, criada ${d <= 0 ? "hoje" : `há ${days(t, d)}`}; a transportadora ainda não recebeu o pacote.`;
    },
    "first-scan-window": (f, t) =>
      `A primeira atualização do rastreamento costuma aparecer até ${days(t, f.thresholdDays ?? 3)} após o envio; isso é normal.`,
    "no-events-yet": (f, t) =>
      `Nenhuma transportadora informou nada até agora: sem notícias há ${days(t, f.daysWithoutUpdate ?? 0)}.`,
    "number-invalid": (f, t) =>
      many(f)
        ? `Um dos números de rastreamento (${numbers(f, t)}) não corresponde ao formato de nenhuma transportadora conhecida; pode conter um erro de digitação.`
        : `O número de rastreamento ${numbers(f, t)} não corresponde ao formato de nenhuma transportadora conhecida; pode conter um erro de digitação.`,
    "seller-slow": (f, t) =>
      `A etiqueta de envio foi criada há ${days(t, f.daysWithoutUpdate ?? 0)}, mas o pacote ainda não foi entregue à transportadora.`,
    moving: (f, t) =>
      `O pacote está em movimento${f.lastEvent ? `: última atualização em ${date(t, f.lastEvent.date)}` : ", com atualizações recentes"}.`,
    "quiet-normal": (f, t) =>
      `Sem atualizações há ${days(t, f.daysWithoutUpdate ?? 0)}; nesta etapa, é normal ficar até ${days(t, f.thresholdDays ?? 0)} sem atualizações.`,
    "quiet-long": (f, t) =>
      `Sem atualizações há ${days(t, f.daysWithoutUpdate ?? 0)}, mais do que o habitual nesta etapa (até ${days(t, f.thresholdDays ?? 0)}).`,
    "quiet-very-long": (f, t) =>
      `Sem atualizações há ${days(t, f.daysWithoutUpdate ?? 0)}: é muito tempo sem notícias para esta etapa (mais de ${days(t, f.thresholdDays ?? 0)}).`,
    "eta-passed": (f, t) =>
      `O prazo máximo de entrega previsto${f.etaTo ? ` (${date(t, f.etaTo)})` : ""} já passou.`,
    "in-customs": (f, t) =>
      `O pacote está na alfândega; os trâmites alfandegários costumam levar até ${days(t, f.thresholdDays ?? 7)}.`,
    "customs-long": (f, t) =>
      `O pacote está na alfândega sem novidades há ${days(t, f.daysWithoutUpdate ?? 0)}, mais do que o habitual.`,
    "customs-needs-you": () =>
      "A alfândega ou a transportadora precisa de algo da sua parte (um pagamento, um documento ou dados).",
    "arrived-destination": (f, t) => {
      const c = country(f, t);
      return `O pacote chegou ao país de destino${c ? ` (${c})` : ""}.`;
    },
    "local-quiet": (f, t) =>
      `O pacote chegou ao país e está sem novidades há ${days(t, f.daysWithoutUpdate ?? 0)}; o site da transportadora local pode ter mais informações ${f.lastMileNumber ? `com o número local ${f.lastMileNumber}` : "com o número de rastreamento"}.`,
    "out-for-delivery": () => "O pacote saiu para entrega.",
    "delivery-failed": () => "Houve uma tentativa de entrega sem sucesso.",
    "address-problem": () => "A transportadora informa um problema com o endereço.",
    "waiting-pickup": (f) =>
      `O pacote está aguardando você em um ponto de retirada${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}.`,
    "pickup-final-notice": () =>
      "Este é o último aviso: se não for retirado, o pacote será devolvido ao remetente.",
    delivered: (f, t) =>
      `A transportadora informa que o pacote foi entregue${f.deliveredOn ? ` em ${date(t, f.deliveredOn)}` : ""}.`,
    "delivered-reported-missing": () =>
      "A transportadora indica que o pacote foi entregue, mas você informou que não o recebeu.",
    "wrong-country": (f, t) => {
      const c = country(f, t);
      return `Segundo o rastreamento, o pacote está em outro país${f.wrongPlace ? ` (${f.wrongPlace})` : ""}, e não ${c ? `no país de destino (${c})` : "no seu"}.`;
    },
    "wrong-city": (f) =>
      `Segundo o rastreamento, o pacote está em outra cidade${f.wrongPlace ? ` (${f.wrongPlace})` : ""}, e não ${f.destination.city ? `na cidade de destino (${f.destination.city})` : "na sua"}.`,
    returned: () => "O pacote está sendo devolvido ao remetente.",
    "lost-or-damaged": () => "A transportadora informa que o pacote foi extraviado, danificado ou destruído.",
    "carrier-problem": (f) =>
      `A transportadora informa um problema${f.lastEvent ? `: "${f.lastEvent.text}"` : ""}.`,
    "protection-soon": (f, t) =>
      f.protectionEndsOn
        ? `A Proteção ao Comprador termina em ${date(t, f.protectionEndsOn)}${left(t, f.protectionDaysLeft, false)}.`
        : `A Proteção ao Comprador termina em breve${left(t, f.protectionDaysLeft, false)}.`,
    "protection-now": (f, t) =>
      f.protectionEndsOn
        ? `A Proteção ao Comprador termina em ${date(t, f.protectionEndsOn)}${left(t, f.protectionDaysLeft, true)}.`
        : `A Proteção ao Comprador está prestes a terminar${left(t, f.protectionDaysLeft, true)}.`,
    "protection-ended": (f, t) =>
      f.protectionEndsOn
        ? `A Proteção ao Comprador terminou em ${date(t, f.protectionEndsOn)}.`
        : "A Proteção ao Comprador já terminou.",
    "protection-estimated": () =>
      "A data de fim da Proteção ao Comprador é uma estimativa nossa; consulte a data real na página do pedido e anote-a aqui.",
    "dispute-open": (f, t) =>
      `Você abriu uma disputa${f.disputeOpenedOn ? ` em ${date(t, f.disputeOpenedOn)}` : ""}; responda a todas as solicitações feitas nela.`,
    "seller-replied": () => "O vendedor respondeu à sua mensagem.",
    "receipt-confirmed": () => "Você confirmou o recebimento; este pedido está encerrado.",
    "learned-route": (f) => {
      const n = f.learnedParcels;
      const parcels =
        n === null
          ? "pacotes anteriores entregues"
          : n === 1
            ? "1 pacote anterior entregue"
            : `${n} pacotes anteriores entregues`;
      return `Os prazos previstos são calculados a partir de ${parcels} nesta rota, com este método de envio.`;
    },
  },
  playbookTitles: {
    "wait-first-scan": "Aguardando a primeira atualização",
    "invalid-number": "Número de rastreamento não encontrado",
    "seller-not-shipped": "Ainda não entregue à transportadora",
    "normal-transit": "Trânsito normal",
    "long-silence": "Sem atualizações há muito tempo",
    customs: "Na alfândega",
    "arrived-check-local": "Chegou: acompanhe pela transportadora local",
    "out-for-delivery": "Saiu para entrega",
    "delivery-failed": "Tentativa de entrega sem sucesso",
    "pickup-waiting": "Aguardando retirada",
    delivered: "Entregue",
    "delivered-not-received": "Entregue, mas não recebido",
    "wrong-destination": "A caminho do local errado",
    "returned-to-sender": "Devolvido ao remetente",
    "lost-or-damaged": "Extraviado ou danificado",
    "protection-expiring": "Proteção ao Comprador perto do fim",
  },
  steps: {
    "wait-first-scan": (f, t) => [
      `Nada a fazer por enquanto: volte a verificar daqui a ${days(t, f.thresholdDays ?? 3)}.`,
      "Confira se o número de rastreamento foi copiado exatamente como o vendedor o forneceu.",
    ],
    "invalid-number": (f, t) => [
      many(f)
        ? `Compare ${numbers(f, t)} com os números que aparecem na página do pedido, caractere por caractere.`
        : `Compare ${numbers(f, t)} com o número que aparece na página do pedido, caractere por caractere.`,
      "Pesquise o número no site da própria transportadora e em um site de rastreamento que reúna várias transportadoras.",
      "Peça ao vendedor que confirme o número e a transportadora.",
      "Guarde uma captura de tela da página do pedido em que aparece o número.",
    ],
    "seller-not-shipped": () => [
      "Pergunte ao vendedor quando o pacote será entregue à transportadora.",
      "Se o pedido ainda puder ser cancelado e você não quiser mais esperar, cancele-o.",
      "Guarde a resposta do vendedor.",
    ],
    "normal-transit": (f, t) => [
      f.etaTo
        ? `Nada a fazer: o pacote deve chegar até ${date(t, f.etaTo)}.`
        : "Nada a fazer: o pacote segue normalmente.",
      f.protectionEndsOn
        ? `Acompanhe o prazo da Proteção ao Comprador (até ${date(t, f.protectionEndsOn)}).`
        : "Anote a data de fim da Proteção ao Comprador, que aparece na página do pedido.",
    ],
    "long-silence": (f, t) => [
      `Pesquise ${numbers(f, t)} no site da transportadora e em um site de rastreamento que reúna várias transportadoras, à procura de eventos mais recentes.`,
      "Pergunte ao vendedor se o pacote tem um novo número de rastreamento.",
      f.protectionEndsOn
        ? `Se continuar sem notícias, abra uma disputa antes de ${date(t, f.protectionEndsOn)}.`
        : "Se continuar sem notícias, abra uma disputa antes do fim da Proteção ao Comprador.",
    ],
    customs: (f, t) => [
      "Veja se recebeu alguma solicitação por e-mail, por SMS ou na página de alfândega dos correios.",
      "Confirme que o nome, o endereço e o telefone no pedido estão corretos.",
      `Se nada mudar em ${days(t, f.thresholdDays ?? 10)}, fale com a transportadora local.`,
      "Guarde capturas de tela da situação na alfândega.",
    ],
    "arrived-check-local": (f, t) => [
      f.lastMileNumber
        ? `Acompanhe o pacote no site da transportadora local com o número ${f.lastMileNumber}.`
        : `Pesquise ${numbers(f, t)} no site dos correios do seu país; o site pode mostrar eventos mais recentes.`,
      "Confirme que o endereço e o telefone no pedido estão corretos.",
    ],
    "out-for-delivery": () => [
      "Esteja no endereço ou combine um local seguro para deixar o pacote.",
      "Mantenha o telefone por perto, caso o entregador ligue.",
    ],
    "delivery-failed": (f) => [
      `Fale com a transportadora local para agendar uma nova entrega${f.lastMileNumber ? ` (número ${f.lastMileNumber})` : ""}.`,
      "Verifique se o endereço e o telefone no pedido estão completos.",
      "Veja se há um aviso na sua caixa de correio.",
    ],
    "pickup-waiting": (f) => [
      `Retire o pacote no ponto de retirada${f.lastEvent?.place ? ` (${f.lastEvent.place})` : ""}; leve um documento de identidade e o número de rastreamento.`,
      "Os pacotes não retirados no prazo são devolvidos ao remetente.",
    ],
    delivered: () => [
      "Verifique o pacote e o conteúdo.",
      "Se estiver tudo certo, confirme o recebimento na página do pedido.",
    ],
    "delivered-not-received": () => [
      "Procure na caixa de correio, no armário de encomendas e na portaria, e pergunte aos vizinhos e a quem possa ter recebido o pacote.",
      "Pergunte à transportadora local onde e como o pacote foi entregue (foto, assinatura, local).",
      "Escreva ao vendedor.",
      "Se o pacote não aparecer, abra uma disputa. Não confirme o recebimento.",
    ],
    "wrong-destination": (f, t) => [
      "Faça uma captura de tela da página de rastreamento e outra do endereço no pedido.",
      `Verifique ${numbers(f, t)} em outro site de rastreamento.`,
      "Peça ao vendedor uma explicação e o número de rastreamento correto.",
      "Se a divergência se confirmar, abra uma disputa com as duas capturas de tela.",
    ],
    "returned-to-sender": () => [
      "Leia o motivo da devolução no rastreamento.",
      "Pergunte ao vendedor se vai enviar o pacote de novo ou devolver o seu dinheiro.",
      "Não pague nada fora da plataforma.",
      "Se o pacote não puder ser entregue, abra uma disputa com as capturas de tela do rastreamento.",
    ],
    "lost-or-damaged": () => [
      "Guarde a declaração da transportadora sobre o extravio ou o dano.",
      "Avise o vendedor e peça um novo envio ou o reembolso.",
      "Abra uma disputa com a declaração da transportadora e o histórico de rastreamento.",
    ],
    "protection-expiring": (f, t) => [
      `Escreva hoje mesmo ao vendedor sobre ${f.orderNumber ? `o pedido ${f.orderNumber}` : "este pedido"}.`,
      f.protectionEndsOn
        ? `Se não houver uma resposta clara, abra uma disputa antes de ${date(t, f.protectionEndsOn)}; não deixe passar essa data.`
        : "Se não houver uma resposta clara, abra uma disputa antes do fim da Proteção ao Comprador.",
      "Reúna as provas listadas abaixo.",
    ],
  },
  messages: {
    "not-shipped": (f, t) =>
      f.trackingNumbers.length === 0
        ? `Olá! ${f.orderNumber ? `O pedido ${f.orderNumber}` : "Meu pedido"} ainda não tem número de rastreamento. Quando o pacote será enviado? ${thanks}`
        : `Olá! ${f.lastEvent ? `Desde ${date(t, f.lastEvent.date)}, o rastreamento ${ofOrder(f)} (${numbers(f, t)}) não mostra` : `O rastreamento ${ofOrder(f)} (${numbers(f, t)}) ainda não mostra`} nenhuma movimentação da transportadora. Quando o pacote será entregue à transportadora? ${thanks}`,
    "invalid-number": (f, t) =>
      `Olá! Não encontro ${trackingPhrase(f, t)} ${ofOrder(f)} em nenhum site de rastreamento. Poderia confirmar ${many(f) ? "os números" : "o número"} e informar qual transportadora está com o pacote? ${thanks}`,
    "no-update": (f, t) =>
      `Olá! O rastreamento ${ofOrder(f)} (${numbers(f, t)}) não é atualizado há ${days(t, f.daysWithoutUpdate ?? 0)}. Poderia perguntar ao seu parceiro de logística onde está o pacote e me enviar o novo número de rastreamento, se houver? ${thanks}`,
    "customs-delay": (f, t) =>
      `Olá! O pacote ${ofOrder(f)} (${numbers(f, t)}) está retido na alfândega há ${days(t, f.daysWithoutUpdate ?? 0)}. Poderia verificar com o seu parceiro de logística se a alfândega precisa de alguma coisa? ${thanks}`,
    "delivered-not-received": (f, t) =>
      `Olá! O rastreamento ${ofOrder(f)} (${numbers(f, t)}) indica que o pacote foi entregue${f.deliveredOn ? ` em ${date(t, f.deliveredOn)}` : ""}, mas eu não o recebi. Já verifiquei minha caixa de correio e o local de entrega. Por favor, envie-me a prova de entrega ou ajude-me a encontrar o pacote; caso contrário, vou abrir uma disputa.`,
    "carrier-delivery-query": (f, t) =>
      `Olá! O pacote ${f.lastMileNumber ? `com o número ${f.lastMileNumber}` : `com ${trackingPhrase(f, t)}`} aparece como entregue${f.deliveredOn ? ` em ${date(t, f.deliveredOn)}` : ""}, mas eu não o recebi. Poderiam informar onde e a quem ele foi entregue e, se tiverem, enviar uma foto ou a assinatura? ${thanks}`,
    "wrong-destination": (f, t) => {
      const dest = destination(f, t);
      return `Olá! O rastreamento ${ofOrder(f)} (${numbers(f, t)}) mostra o pacote em ${f.wrongPlace ?? "outro local"}, mas ${dest ? `o destino do pedido é ${dest}` : "meu endereço de entrega é outro"}. Por favor, verifique o rastreamento e envie-me o número correto do meu pedido.`;
    },
    returned: (f, t) =>
      `Olá! O rastreamento ${ofOrder(f)} (${numbers(f, t)}) mostra que o pacote está sendo devolvido a você. Poderia enviá-lo novamente ou reembolsar o pedido? ${thanks}`,
    "lost-or-damaged": (f, t) =>
      `Olá! A transportadora informa que o pacote ${ofOrder(f)} (${numbers(f, t)}) foi extraviado ou danificado. Por favor, envie um novo pacote ou reembolse o pedido. ${thanks}`,
    "protection-ending": (f, t) =>
      `Olá! A Proteção ao Comprador ${ofOrder(f)} termina ${f.protectionEndsOn ? `em ${date(t, f.protectionEndsOn)}` : "em breve"} e o pacote${f.trackingNumbers.length > 0 ? ` (${numbers(f, t)})` : ""} ainda não chegou. Por favor, informe-me onde ele está. Sem notícias claras, vou abrir uma disputa para proteger o pedido.`,
  },
  disputes: {
    "not-delivered": (f, t) =>
      `O pacote ${ofOrder(f)} não foi entregue. ${f.trackingNumbers.length === 0 ? "O vendedor não informou nenhum número de rastreamento." : `${many(f) ? "Números" : "Número"} de rastreamento: ${numbers(f, t)}.`} ${f.lastEvent ? `O último evento foi em ${date(t, f.lastEvent.date)}: "${f.lastEvent.text}". ` : "O rastreamento não mostra nenhum evento da transportadora. "}${f.daysWithoutUpdate !== null ? `Não há atualizações há ${days(t, f.daysWithoutUpdate)}. ` : ""}Solicito o reembolso.`,
    "delivered-not-received": (f, t) =>
      `O rastreamento (${numbers(f, t)}) indica que o pacote foi entregue${f.deliveredOn ? ` em ${date(t, f.deliveredOn)}` : ""}, mas não o recebi. O endereço no pedido está correto. Consultei a transportadora local e o pacote não me foi entregue. Solicito o reembolso.`,
    "wrong-destination": (f, t) => {
      const dest = destination(f, t);
      return `O rastreamento (${numbers(f, t)}) mostra o pacote em ${f.wrongPlace ?? "outro local"}, e não no meu endereço${dest ? ` (${dest})` : ""}. Anexo capturas de tela do rastreamento e do endereço do meu pedido. Solicito o reembolso.`;
    },
    returned: (f, t) =>
      `O pacote (${numbers(f, t)}) foi devolvido ao remetente e nunca me foi entregue. Anexo capturas de tela do rastreamento. Solicito o reembolso.`,
    "lost-or-damaged": (f, t) =>
      `A transportadora informa que o pacote (${numbers(f, t)}) foi extraviado ou danificado. Anexo a declaração da transportadora e o histórico de rastreamento. Solicito o reembolso.`,
    "customs-delay": (f, t) =>
      `O pacote (${numbers(f, t)}) está retido na alfândega há ${days(t, f.daysWithoutUpdate ?? 0)}, sem qualquer avanço${f.lastEvent ? ` desde ${date(t, f.lastEvent.date)}` : ""}. Anexo o histórico de rastreamento. Solicito o reembolso.`,
  },
  evidence: {
    "tracking-numbers": "Números de rastreamento e a transportadora de cada um",
    "tracking-history":
      "Histórico completo de rastreamento, tal como foi obtido, com a data e a hora de cada consulta",
    "order-details": "Detalhes do pedido (número, data, produtos)",
    "delivery-address": "Seu endereço de entrega (captura de tela da página do pedido)",
    "protection-dates": "Data de fim da Proteção ao Comprador (captura de tela da página do pedido)",
    "wrong-place": "O evento de rastreamento que mostra o local errado",
    "carrier-response": "A resposta da transportadora local",
    "seller-messages": "Suas mensagens com o vendedor (capturas de tela)",
    "proof-not-delivered":
      "Prova de que o pacote não chegou às suas mãos (declaração da transportadora, registro da portaria ou do armário de encomendas)",
  },
  words: {
    held: "incluído",
    toAdd: "falta adicionar",
    estimated: "estimativa",
    protectionEnds: "Fim da Proteção ao Comprador",
    daysLeft: "dias restantes",
    expectedDelivery: "Entrega prevista",
    nextCheck: "Próxima verificação",
    checklist: "O que fazer",
    messageToSeller: "Mensagem para o vendedor",
    messageToCarrier: "Mensagem para a transportadora",
    disputeText: "Texto da disputa",
    evidence: "Provas",
    why: "Motivos",
  },
  pack: {
    title: "Dossiê de provas",
    orderName: (number, id) => `Pedido ${number ?? `#${id}`}`,
    generated: (time) => `Gerado em ${time}`,
    asOf: (time) => `Avaliação referente a ${time}`,
    version: (version) => `Versão do ParcelTrail: ${version}`,
    page: (page, pages) => `Página ${page} de ${pages}`,
    field: (label, value) => `${label}: ${value}`,
    bytes: (count) => `${count}\u00a0B`,
    summary: "Resumo",
    order: "Pedido",
    orderNumber: "Número do pedido",
    marketplace: "Plataforma",
    itemTitle: "Título",
    items: "Produtos",
    seller: "Vendedor",
    placed: "Data do pedido",
    shippingMethod: "Método de envio",
    destination: "Destino",
    notes: "Observações",
    trackingNumbers: "Números de rastreamento",
    trackingNumber: "Número de rastreamento",
    carrier: "Transportadora",
    role: "Trecho",
    firstLeg: "primeiro trecho",
    lastMile: "última milha",
    handedOffFrom: "Número anterior",
    numberLinks: "Vínculos entre os números",
    timeline: "Linha do tempo",
    time: "Data e hora",
    status: "Status",
    event: "Evento",
    place: "Local",
    sources: "Fontes",
    source: "Fonte",
    sourceHistories: "Histórico de cada fonte, tal como foi obtido",
    reads: "Consultas",
    fetchedAt: "Data da consulta",
    outcome: "Resultado",
    httpStatus: "Código HTTP",
    contentType: "Tipo de conteúdo",
    size: "Tamanho",
    sha256: "SHA-256",
    rawCopy: "Cópia exata",
    rawBody: "Resposta original",
    rawTooLong: "Conteúdo longo demais para ser exibido aqui; veja a cópia exata.",
    rawShownAbove: "Ver acima.",
    hashMismatch: "O conteúdo armazenado não corresponde mais ao seu SHA-256.",
    glyphsMissing:
      "Parte do texto usa uma escrita que a fonte deste PDF não contém (chinês, japonês, coreano ou tailandês) e aparece como quadrados vazios; a página HTML mostra esse texto corretamente.",
    reports: "Seus registros",
    reportKinds: {
      not_received: "Não recebido",
      seller_replied: "Resposta do vendedor",
      dispute_opened: "Disputa aberta",
      receipt_confirmed: "Recebimento confirmado",
    },
    noEvents: "Ainda não há eventos.",
    none: "Nenhum registro",
    unknown: "não identificada",
    verify: "Como verificar este dossiê",
    verifyText:
      "Cada resposta original é copiada byte a byte na pasta raw/, ao lado deste arquivo. O SHA-256 de cada uma (sha256sum raw/*) deve ser igual ao indicado aqui, calculado no momento em que ela foi recebida.",
  },
};
