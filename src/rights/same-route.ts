// Whether a next step the writer wrote names the same route as one from the rights pack:
// "bring a claim in the small-claims court" and "start a small claim in the County Court" are
// one step, and a letter should say it once. The comparison knows kinds of route (a court,
// an ombudsman, a card dispute, a public office, a review) by their words in the letters'
// languages; it knows no country's bodies: those are in the packs.

type RouteKind = 'court' | 'ombudsman' | 'card' | 'office' | 'review' | 'notice';

/** Words that say what kind of route a step is (without accents, lower case, singular). */
const ROUTE_WORDS: Record<string, RouteKind> = {
  // courts and tribunals
  court: 'court', tribunal: 'court', sheriff: 'court', judge: 'court', small: 'court', claim: 'court', procedure: 'court',
  gericht: 'court', amtsgericht: 'court', klage: 'court', juzgado: 'court', demanda: 'court', justice: 'court', juge: 'court', tribunale: 'court',
  // ombudsmen, ADR, mediation and arbitration
  ombudsman: 'ombudsman', ombudsmen: 'ombudsman', adr: 'ombudsman', mediation: 'ombudsman', mediator: 'ombudsman', arbitration: 'ombudsman', conciliation: 'ombudsman',
  mediateur: 'ombudsman', schlichtungsstelle: 'ombudsman', universalschlichtungsstelle: 'ombudsman', schlichtung: 'ombudsman', arbitraje: 'ombudsman', mediacion: 'ombudsman', arbitral: 'ombudsman',
  // card disputes
  card: 'card', chargeback: 'card', issuer: 'card', carte: 'card', banque: 'card', karte: 'card', kreditkarte: 'card', tarjeta: 'card', banco: 'card', bank: 'card', 75: 'card',
  // public offices that help consumers
  office: 'office', affairs: 'office', trading: 'office', authority: 'office', agency: 'office', regulator: 'office', commission: 'office', standards: 'office', omic: 'office', dgccrf: 'office', signalconso: 'office', oficina: 'office', verbraucherzentrale: 'office',
  attorney: 'office', division: 'office', department: 'office', bureau: 'office', ministry: 'office',
  // a formal notice before going further: a demand letter, a letter before claim, a mise en demeure
  demand: 'notice', demeure: 'notice', mahnung: 'notice', requerimiento: 'notice', burofax: 'notice',
  // public reviews
  review: 'review', avis: 'review', bewertung: 'review', resena: 'review', opinion: 'review',
};

/** Words that say nothing about which route it is: verbs, articles, pronouns, prepositions. */
const FILLER = new Set(
  (
    'a an the my me i you your our their them it its this that of to in on at for with by from under into about as and or if then will would shall be can ' +
    'ask make file bring start refer apply take submit lodge raise send report complain contact go seek use open pursue escalate tell write request get ' +
    'complaint matter case dispute charge payment reverse refund help resolve resolution consumer protection credit debit provider rule scheme whose which relevant appropriate competent ' +
    'le la les l un une des du de d a au aux mon ma mes votre vos leur et ou en par pour sur aupres saisir deposer porter faire contester demander signaler plainte reclamation paiement competent consommation ' +
    'der die das den dem des ein eine einen einem einer mein meine meinen ihr ihre und oder an bei zu zur zum mit fur uber anrufen einreichen erheben beschwerde zahlung zustandige zustandigen ' +
    'el los las del un una unos mi mis su sus y o en por para con ante presentar acudir solicitar reclamar reclamacion hoja pago consumo competente correspondiente'
  ).split(' '),
);

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // "General's" leaves an "s" of its own: a single letter names nothing.
    .filter((w) => w.length > 1 || /\d/.test(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

interface Route {
  kinds: Set<RouteKind>;
  /** Words that name the particular body or place ("energy", "county", "tenancy"). */
  names: Set<string>;
  all: Set<string>;
}

function route(text: string): Route {
  const all = words(text);
  const kinds = new Set<RouteKind>();
  const names = new Set<string>();
  for (const w of all) {
    const kind = ROUTE_WORDS[w];
    if (kind) kinds.add(kind);
    else if (!FILLER.has(w)) names.add(w);
  }
  return { kinds, names, all: new Set(all) };
}

/**
 * Whether the writer's step names the same route as the pack's (`kinds`: only routes of these kinds): both are the same kind of
 * route, and every word the writer used to name it is in the pack's step too. "the Furniture
 * Ombudsman" is not "the Energy Ombudsman"; "the ombudsman" is.
 */
export function sameRoute(own: string, fromPack: string, kinds?: readonly RouteKind[]): boolean {
  const a = route(own);
  const b = route(fromPack);
  // "the RTB" for "the Residential Tenancies Board": a body by its initials is the body.
  const initials = initialsOf(fromPack);
  const named = (name: string) => b.all.has(name) || initials.has(name);
  // "complain to the CCTS": a body named only by its name, which the pack's step names too ("… (CCTS)").
  if (a.kinds.size === 0) return a.names.size > 0 && (!kinds || [...b.kinds].some((kind) => kinds.includes(kind))) && [...a.names].every(named);
  if (![...a.kinds].some((kind) => b.kinds.has(kind) && (!kinds || kinds.includes(kind)))) return false;
  // The same section of a law ("under section 75"), whatever else either says, is the same route.
  const sections = lawSections(fromPack);
  if (sections.size > 0 && [...lawSections(own)].some((section) => sections.has(section))) return true;
  return [...a.names].every(named);
}

/** The initials of each name of capitalised words in `text` ("Residential Tenancies Board" -> "rtb"), small words inside skipped. */
function initialsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const run of text.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|del|für|und)\s+)*\p{Lu}[\p{L}'’-]*)+/gu) ?? []) {
    const letters = run.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0).toLowerCase()).join('');
    if (letters.length >= 2) found.add(letters);
  }
  return found;
}

/** "section 75", "chapter 93A", "§ 1782", "article L. 612-1": a law's part by its number. */
function lawSections(text: string): Set<string> {
  return new Set([...text.matchAll(/(?:\bsection|\bs\.|§|\bchapter|\bch\.|\barticle|\bart\.|\bartículo|\bartikel)\s*((?:L\.\s*)?\d+[a-z]?(?:-\d+)?)/gi)].map((m) => m[1]!.replace(/\s+/g, '').toLowerCase()));
}
