// What was bought, told in French, German and Spanish: an order only where the case shows one
// was placed; what was paid for a service or a deposit told as what it was.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

export function letter46(language: Lang, over: Record<string, any> = {}, stage: 'first' | 'reminder' | 'final' = 'first'): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company, ...over.recipient },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100, ...over.purchase },
    story: { ...STORY[language], ...over.story },
    request: { remedy: 'refund', ...over.request },
    letter: { date: '2026-11-16', language, ...over.letter },
    ...(over.contacts && { contacts: over.contacts }),
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('no kind given', () => {
  it('is told in words true of anything paid for, never as a purchase', () => {
    const de = letter46('de', { purchase: { kind: undefined, item: 'Sicherungskasten', reference: 'Rechnung 4471' } });
    expect(de).toContain('wegen folgender Angelegenheit: Sicherungskasten (Rechnung 4471).');
    expect(de).not.toMatch(/Kaufs|Bestellung|Auftrags/);
    const es = letter46('es', { purchase: { kind: undefined, item: 'gimnasio Atlas', period: 'month' } });
    expect(es).toContain('en relación con el siguiente asunto: el gimnasio Atlas.');
    expect(es).not.toMatch(/compra|pedido/);
    const fr = letter46('fr', { purchase: { kind: undefined, item: 'cuisine équipée' } });
    expect(fr).toContain("au sujet de l'affaire suivante : la cuisine équipée.");
    expect(fr).not.toMatch(/achat|commande|prestation suivante/);
  });

  it('is work or a booking where what was bought names it so, in each language', () => {
    expect(letter46('de', { purchase: { kind: undefined, item: 'Austausch des Sicherungskastens', reference: 'Rechnung 4471' } })).toContain('wegen folgenden Auftrags: Austausch des Sicherungskastens (Rechnung 4471).');
    expect(letter46('fr', { purchase: { kind: undefined, item: "pose d'une cuisine équipée" } })).toContain("au sujet de la prestation suivante : la pose d'une cuisine équipée.");
    expect(letter46('es', { purchase: { kind: undefined, item: 'vuelo Madrid-Tenerife' } })).toContain('la siguiente reserva: un vuelo Madrid-Tenerife');
  });
});

describe('goods', () => {
  it('bought in a shop, or with nothing that tells, are a purchase, not an order', () => {
    const de = letter46('de', { purchase: { item: 'Waschmaschine Lavomat', reference: 'Kassenbon 0042-118820', date: '2026-03-14', amount: 649 }, story: { circumstances: 'Ich habe sie im Laden gekauft.' } });
    expect(de).not.toMatch(/Bestellung/);
    expect(de).toContain('Am 14. März 2026 habe ich dafür 649,00 € bezahlt.');
    const es = letter46('es', { purchase: { item: 'teléfono móvil Nexa', reference: 'Ticket 0103-445512' }, story: { circumstances: 'Compré el móvil en la tienda.' } });
    expect(es).not.toMatch(/pedido/);
    expect(es).toContain('Realicé la compra el 1 de abril de 2026 y pagué 100,00 €.');
    const fr = letter46('fr', { purchase: { item: 'canapé Oslo' } });
    expect(fr).not.toMatch(/commande/);
    expect(fr).toContain("J'ai effectué cet achat le 1er avril 2026 et réglé 100,00 €.");
  });

  it('ordered (an order number, online) are an order', () => {
    expect(letter46('de', { purchase: { item: 'Kopfhörer', reference: 'Bestellnr. 4471' } })).toContain('wegen folgender Bestellung');
    expect(letter46('fr', { purchase: { item: 'aspirateur' }, story: { circumstances: "J'ai commandé l'aspirateur sur votre site." } })).toContain('la commande suivante');
    expect(letter46('es', { purchase: { item: 'vestido' }, story: { circumstances: 'Lo compré en la tienda online.' } })).toContain('el siguiente pedido');
  });
});

describe("a service's date", () => {
  const service = (language: Lang, circumstances: string, item = 'travaux') => letter46(language, { purchase: { kind: 'service', item, date: '2026-09-02', amount: 800 }, story: { circumstances } });
  it('is when it was commissioned, where the story does not say the service was that day', () => {
    expect(service('fr', "J'ai signé le devis le 2 septembre, les travaux devaient commencer le 21/09.")).toContain("J'ai commandé cette prestation le 2 septembre 2026 et réglé 800,00 €.");
    expect(service('es', 'Firmé el presupuesto el 2 de septiembre.', 'reforma')).toContain('Contraté el servicio el 2 de septiembre de 2026 y pagué 800,00 €.');
    expect(service('de', 'Die Arbeiten begannen später.', 'Dachreparatur')).toContain('Ich habe Sie am 2. September 2026 beauftragt und 800,00 € bezahlt.');
  });
  it('is the service’s own where the story says it took place that day', () => {
    expect(service('fr', 'Le déménagement a eu lieu le 2 et 3 septembre.', 'déménagement')).toContain("J'ai réglé 800,00 € pour la prestation du 2 septembre 2026.");
    expect(service('de', 'Beim Umzug am 2.9. ist der Schrank gefallen.', 'Umzug')).toContain('Für die Leistung vom 2. September 2026 habe ich 800,00 € bezahlt.');
    expect(service('es', 'La mudanza se hizo el 2 de septiembre.', 'mudanza')).toContain('Pagué 800,00 € por el servicio del 2 de septiembre de 2026.');
  });
});

describe('a monthly fee', () => {
  const fee = (language: Lang, circumstances: string) => letter46(language, { purchase: { kind: 'subscription', item: 'contrat', date: undefined, amount: 96, period: 'month' }, story: { circumstances } });
  it('is told in the past once the writer switched provider or the contract ended', () => {
    expect(fee('de', 'Ich bin zum 30.06.2026 zu einem anderen Anbieter gewechselt.')).toContain('Ich habe dafür 96,00 € im Monat gezahlt.');
    expect(fee('de', 'Trotzdem wurde abgebucht, obwohl der Vertrag beendet ist.')).toContain('Ich habe dafür 96,00 € im Monat gezahlt.');
    expect(fee('de', 'Der Strom fällt oft aus.')).toContain('Ich zahle dafür 96,00 € im Monat.');
  });
});

describe("a deposit's subject", () => {
  const subject = (language: Lang, item: string) =>
    letter46(language, { purchase: { kind: 'deposit', item }, recipient: { sector: 'property' }, story: { problem: 'deposit-not-returned' } })
      .split('\n')
      .find((line) => /–|:/.test(line) && /Demande|Bitte|Solicitud/.test(line));
  it('names the deposit once', () => {
    expect(subject('fr', "dépôt de garantie de l'appartement du 12 rue Montesquieu")).toBe("Objet : Demande de restitution – dépôt de garantie de l'appartement du 12 rue Montesquieu (1er avril 2026)");
    expect(subject('de', 'Kaution')).toBe('Bitte um Rückzahlung: Kaution (1. April 2026)');
    expect(subject('es', 'fianza del piso de Verdi 22')).toBe('Asunto: Solicitud de devolución – fianza del piso de Verdi 22 (1 de abril de 2026)');
    expect(subject('fr', "appartement du 12 rue Montesquieu")).toBe("Objet : Demande de restitution du dépôt de garantie – appartement du 12 rue Montesquieu (1er avril 2026)");
  });
});

describe('what was bought after a colon', () => {
  const about = (text: string) => text.split('\n').find((line) => /^(?:Je vous écris|Me pongo)/.test(line))!;
  it('has its article, of the gender of its first noun, as a native writer puts it', () => {
    expect(about(letter46('fr', { purchase: { item: 'lampadaire en laiton', reference: 'commande 1002' } }))).toContain('au sujet de la commande suivante : un lampadaire en laiton (commande 1002).');
    expect(about(letter46('fr', { purchase: { item: 'forfait mobile 100 Go', kind: 'subscription', period: 'month' } }))).toContain("au sujet de l'abonnement suivant : un forfait mobile 100 Go.");
    // An insurance is not called a subscription: it is the writer's own.
    expect(about(letter46('fr', { purchase: { item: 'assurance habitation', kind: 'subscription', period: 'year' } }))).toContain('au sujet de mon assurance habitation.');
    expect(about(letter46('fr', { purchase: { item: 'remplacement du chauffe-eau', kind: 'service' } }))).toContain('au sujet de la prestation suivante : le remplacement du chauffe-eau.');
    expect(about(letter46('fr', { purchase: { item: 'installation de la pompe à chaleur', kind: 'service' } }))).toContain("au sujet de la prestation suivante : l'installation de la pompe à chaleur.");
    expect(about(letter46('fr', { purchase: { item: 'lunettes de vue', kind: 'goods' } }))).toContain('suivant : des lunettes de vue.');
    expect(about(letter46('es', { purchase: { item: 'lavadora LX 900', reference: 'pedido 88' } }))).toContain('en relación con el siguiente pedido: una lavadora LX 900 (pedido 88).');
    expect(about(letter46('es', { purchase: { item: 'gafas graduadas' } }))).toContain('la siguiente compra: unas gafas graduadas.');
    expect(about(letter46('es', { purchase: { item: 'reparacion del embrague', kind: 'service' } }))).toContain('el siguiente servicio contratado: la reparacion del embrague.');
  });

  it('is as typed where it has a determiner, a number or a name of its own, or its gender is not known', () => {
    expect(about(letter46('fr', { purchase: { item: 'mon canapé trois places' } }))).toContain("l'achat suivant : mon canapé trois places.");
    expect(about(letter46('fr', { purchase: { item: '2 billets Lyon-Paris', kind: 'booking' } }))).toContain('la réservation suivante : 2 billets Lyon-Paris.');
    expect(about(letter46('fr', { purchase: { item: 'iPhone 15', kind: 'goods' } }))).toContain("l'achat suivant : iPhone 15.");
    // "h" may or may not take "l'": as typed.
    expect(about(letter46('fr', { purchase: { item: 'hébergement du site', kind: 'service' } }))).toContain('la prestation suivante : hébergement du site.');
    // What a sum held as security was for is not a thing bought.
    expect(about(letter46('fr', { purchase: { item: 'appartement du 3 rue Neuve', kind: 'deposit' }, recipient: { sector: 'property' } }))).toContain('dépôt de garantie : appartement du 3 rue Neuve.');
  });
});

describe('a reminder or final letter says each amount once', () => {
  // What was paid comes first; the refund asked before is "that sum", and the request alone gives it again.
  const paidThenAsked: Record<Lang, [string, string]> = {
    fr: ["J'ai commandé cette prestation le 1er septembre 2026 et réglé 12 450,00 €.", 'de me rembourser cette somme ; à ce jour'],
    de: ['Ich habe Sie am 1. September 2026 beauftragt und 12.450,00 € bezahlt.', 'Ich habe Sie bereits gebeten, mir diesen Betrag zu erstatten.'],
    es: ['Contraté el servicio el 1 de septiembre de 2026 y pagué 12.450,00 €.', 'Ya solicité el reembolso de dicho importe.'],
  };
  it.each(['fr', 'de', 'es'] as const)('%s: the full refund asked before is the sum just named', (language) => {
    for (const stage of ['reminder', 'final'] as const) {
      const text = letter46(language, { purchase: { kind: 'service', item: 'cuisine', date: '2026-09-01', amount: 12450 } }, stage);
      const [paid, asked] = paidThenAsked[language];
      expect(text).toContain(`${paid} `);
      expect(text.indexOf(asked)).toBeGreaterThan(text.indexOf(paid));
      // Said where it is paid and where it is asked for now, nowhere else.
      expect(text.split(language === 'fr' ? '12 450,00' : '12.450,00').length - 1).toBe(2);
    }
  });

  it('a part of what was paid is asked for by its own amount', () => {
    const text = letter46('fr', { purchase: { kind: 'service', item: 'cuisine', date: '2026-09-01', amount: 12450 }, request: { remedy: 'partial-refund', amount: 450, reason: 'le plan de travail fissuré' } }, 'final');
    expect(text).toContain('Je vous ai déjà demandé de me rembourser 450,00 €');
    expect(text).not.toContain('cette somme');
  });
});
