// A writer in France, Germany or Spain, and a story of their language, for the letters' tests.
export type Lang = 'fr' | 'de' | 'es';

/** Where the writer lives, and the business written to. */
export const PLACE = {
  fr: { country: 'FR', address: '12 rue de la Paix, 69002 Lyon', company: 'Société X' },
  de: { country: 'DE', address: 'Hauptstraße 1, 80331 München', company: 'Firma X' },
  es: { country: 'ES', address: 'Calle Mayor 1, 28013 Madrid', company: 'Empresa X' },
} as const;

/** A story in the writer's language. */
export const STORY = {
  fr: { circumstances: 'Le problème a commencé le 2 mai.', expectations: 'un service conforme', outcome: 'rien de conforme' },
  de: { circumstances: 'Das Problem begann am 2. Mai.', expectations: 'eine ordentliche Leistung', outcome: 'nichts davon' },
  es: { circumstances: 'El problema empezó el 2 de mayo.', expectations: 'un servicio correcto', outcome: 'nada de eso' },
} as const;
