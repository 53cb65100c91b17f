// The fields a template may use: the case file's own fields, read from the zod case schema
// (so a field added there is known to templates at once), and the fields redress works out
// for a letter (defaults, phrases, rights, the dispute so far), listed here.
import { caseSchema } from '../case/schema.js';

/** What a template sees at a place: one value, a group of fields, a list, or unknown (custom). */
export type Model = 'value' | 'any' | { fields: Record<string, Model> } | { list: Model };

export const v = 'value' as const;
export const obj = (fields: Record<string, Model>): Model => ({ fields });
export const listOf = (item: Model): Model => ({ list: item });

interface SchemaDef {
  type: string;
  innerType?: unknown;
  in?: { _zod: { def: SchemaDef } };
  out?: { _zod: { def: SchemaDef } };
  shape?: Record<string, unknown>;
  element?: unknown;
  options?: unknown[];
}
const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** The model of one schema: what a template sees of a value that passed it. */
export function modelOfSchema(schema: unknown): Model {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return modelOfSchema(def.innerType);
    case 'pipe':
      // A preprocess runs before its schema (`out`); a transform after its input (`in`).
      return def.in!._zod.def.type === 'transform' ? modelOfSchema(def.out) : modelOfSchema(def.in);
    case 'object':
      return obj(Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, modelOfSchema(field)])));
    case 'array':
      return listOf(modelOfSchema(def.element));
    case 'union': {
      // "One text, or a list of points" reaches templates as a list (see resolveCase).
      const options = def.options!.map(modelOfSchema);
      return options.find((option) => typeof option === 'object' && 'list' in option) ?? options[0]!;
    }
    case 'record':
    case 'unknown':
    case 'any':
      return 'any';
    default:
      return v;
  }
}

const reply = obj({ date: v, kind: v, amount: v, text: v, by: v, answer: v, reason: v, notes: v });

/** What redress adds to the case for a letter (src/case/resolve.ts, src/rights/cite.ts, src/letter/render.ts). */
export const DERIVED_FIELDS: Model = obj({
  request: obj({ deadlineChosen: v, total: v }),
  card: obj({ bank: v }),
  letter: obj({ nextStepsDetail: listOf(v), language: v }),
  citedSteps: listOf(obj({ id: v, text: v, when: v, afterWeeks: v, paragraph: v, minDays: v, law: v, source: v, checked: v, terminalNote: v })),
  assumed: listOf(obj({ field: v, value: v, because: v, fromStory: v, fromItem: v })),
  rights: listOf(obj({ id: v, text: v, law: v, source: v, checked: v })),
  rightsLanguage: v,
  cardRoute: obj({ id: v, kind: v, subject: v, text: v, source: v, checked: v, terminalNote: v }),
  history: obj({ letters: listOf(obj({ date: v, stage: v, format: v, replyBy: v })), replies: listOf(reply) }),
  reply: obj({ date: v, kind: v, amount: v, text: v, by: v, answer: v, reason: v, notes: v, after: v, acceptedOn: v, agreedBy: v }),
  replied: obj({ date: v, kind: v, amount: v, text: v, by: v, answer: v, reason: v, notes: v, after: v, answeredOn: v }),
  phrases: obj({
    greeting: v, signOff: v, item: v, itemRef: v, about: v, company: v, purchase: v, purchaseAgain: v, customer: v, customerLine: v, promised: v, contacts: listOf(v), contactsToThirdParty: listOf(v), addressedTo: listOf(v),
    impact: v, impactShort: v, request: v, costsIntro: v, costs: listOf(v), total: v, ask: v, asked: v, charge: v, offered: v, offeredNote: v, offer: v, offerNote: v, replyReason: v, signedName: v, refusal: v, refusalToThirdParty: v, repliedOther: v, repliedOtherToThirdParty: v, correctionOffered: v, correctionOffer: v, refusalAnswer: v, offerAnswer: v, offerNamed: v, cardRequest: v, nextStep: v, complaintQuote: listOf(v), payments: listOf(v), evidence: listOf(v),
    // Letters in French, German and Spanish (language/phrases.ts).
    dateLine: v, recipientBlock: v, subjectLabel: v, askedAgain: v, topic: v, topicItem: v, withYou: v, previous: v, steps: listOf(v), ownSteps: v, cardText: v, cardSubject: v, storyYouMeans: v, companyAcc: v, companyDat: v,
  }),
});

/** Both models in one: groups are merged, a derived field replaces the schema's of the same name. */
export function mergeModels(a: Model, b: Model): Model {
  if (typeof a !== 'object' || typeof b !== 'object' || !('fields' in a) || !('fields' in b)) return b;
  const fields = { ...a.fields };
  for (const [key, model] of Object.entries(b.fields)) fields[key] = key in fields ? mergeModels(fields[key]!, model) : model;
  return obj(fields);
}

let model: Model | undefined;

/** The fields a template can use: the case model with defaults filled in (see ResolvedCase). */
export function templateModel(): Model {
  return (model ??= mergeModels(modelOfSchema(caseSchema), DERIVED_FIELDS));
}
