// Families of hostile phrasing found by checking sentences written without looking at the
// rules (the last lines of test/fixtures/tone/**), each next to the calm sentences nearest to
// it, which must stay calm.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTone } from '../../src/tone/index.js';
import { loadToneRules } from '../../src/tone/languages/index.js';

beforeAll(async () => {
  for (const language of ['fr', 'de', 'es']) await loadToneRules(language);
});

const rules = (text: string, language: string) =>
  checkTone(text, language === 'en' ? undefined : { language }).filter((f) => f.severity === 'error').map((f) => f.rule);

/** Per language: [sentence, the rule it must raise], and calm sentences that must raise none. */
const CASES: Record<string, { hostile: Array<[string, string]>; calm: string[] }> = {
  en: {
    hostile: [
      ['Scam artists, the lot of you.', 'accusation'],
      ["You're rip-off merchants.", 'accusation'],
      ['Dont make me come down there.', 'threat'],
      ['Ignore me one more time and you will find out what happens.', 'threat'],
      ["Cross me again and you'll find out what I'm capable of.", 'threat'],
      ['People like you are the problem.', 'sarcasm'],
      ['The likes of you should never be in charge.', 'sarcasm'],
      ["You shouldn't be allowed to run a business.", 'sarcasm'],
      ['Zero stars would be generous.', 'sarcasm'],
      ['One star is far too generous for this mess.', 'sarcasm'],
      ['How can you people look yourselves in the mirror?', 'sarcasm'],
      ['How do they sleep at night?', 'sarcasm'],
      ['Even a child could have sorted this out by now.', 'sarcasm'],
      ['Even a toddler would know a fridge should be cold.', 'sarcasm'],
      ['A trained monkey could do a better job than your support team.', 'sarcasm'],
      ['My 8 year old could run your billing department better.', 'sarcasm'],
      ['What kind of clown show are you running over there?', 'sarcasm'],
      ['I swear to God if this is not fixed by Friday there will be hell to pay.', 'threat'],
      ['Is anyone there awake, or are you all asleep at the wheel?', 'sarcasm'],
      ['Wow. Just wow. Six weeks for a refund.', 'sarcasm'],
      ['Six weeks for a refund. Amazing work.', 'sarcasm'],
      ['Keep your grubby hands off my account.', 'insult'],
      ['What are you, five?', 'sarcasm'],
      ['Who taught you to read?', 'sarcasm'],
      ['Pull your finger out and sort it.', 'sarcasm'],
      ['Get off your backside and answer my emails.', 'sarcasm'],
      ['Are you lot thick or what?', 'insult'],
      ['Call yourselves professionals?', 'sarcasm'],
      ['You call this a service?', 'sarcasm'],
      ['Sort it out before I lose my rag.', 'threat'],
      ["What's your problem?", 'sarcasm'],
      ['Are you paid to do nothing all day?', 'sarcasm'],
      ['Useless does not even begin to describe your team.', 'sarcasm'],
      ['Is there a single competent person in your company?', 'sarcasm'],
      ["Your staff wouldn't know customer service if it hit them in the face.", 'sarcasm'],
      ["Give me a refund or I'll make your life miserable.", 'threat'],
      ['Cheers for nothing, legends.', 'sarcasm'],
      ['Bet you think this is funny.', 'sarcasm'],
      ['You must think I was born yesterday.', 'sarcasm'],
      ['Nice to know you value your customers so highly.', 'sarcasm'],
      ['Do me a favour and actually read my email this time.', 'sarcasm'],
      ['You lot are an absolute shambles.', 'insult'],
      ['Honestly, what a bunch of clueless wonders.', 'insult'],
      ["Don't insult my intelligence.", 'sarcasm'],
      ["I'll drag your name through the mud.", 'threat'],
      ['Grow a brain.', 'sarcasm'],
    ],
    calm: [
      'The box says it is so easy even a child can use it, but the app would not pair.',
      'People like you and me deserve clear pricing.',
      'You will see what happens when the filter is full: the light turns red.',
      'I would give the courier one star, as the parcel was left in the rain.',
      'My 10 year old son was with me when the engineer arrived.',
      'Your staff should not be allowed to work without proper training, according to your own policy.',
      'I have reported the unauthorised transaction to my bank as fraud.',
      'The charge on my statement looks fraudulent; I did not authorise it.',
      'The coach driver was asleep at the wheel, and I have reported it to the operator.',
      'The fitter in your Leeds branch did amazing work on the first kitchen.',
      'What are your opening hours on Sunday?',
      'I had to get off the train at the wrong station.',
      'Did you call it in?',
      'What is your problem-solving process for faulty boilers?',
      'Is there anyone in your company who can help me with this?',
      'Could you do me a favour and resend the invoice?',
      'Words cannot describe how disappointed I am.',
      'I actually read the terms before buying, and they promise a refund.',
      'The charge appears to be fraudulent and I have reported it to my card issuer.',
      'This transaction is fraudulent: I have never shopped with you.',
      'The engineer worked wonders on the first visit, but the fault came back.',
    ],
  },
  fr: {
    hostile: [
      // Typed without accents, or in SMS spelling.
      ['Vs etes vraiment nuls, jamais vu ça', 'insult'],
      ['c tt simplement du vol', 'accusation'],
      ['Arrete de me mentir.', 'accusation'],
      ['Arrêtez de nous mentir.', 'accusation'],
      ['Tabarnak, ça fait trois fois que j’appelle !', 'profanity'],
      ['Câlisse, réglez mon problème.', 'profanity'],
      ['Faites gaffe à vous.', 'threat'],
      ['Continuez à m’ignorer et vous verrez ce qui va se passer.', 'threat'],
      ['Tu vas voir ce qui va t’arriver.', 'threat'],
      ['J’espère que vous serez tous virés.', 'wish-harm'],
      ['Zéro étoile, c’est encore trop généreux.', 'sarcasm'],
      ['Faites votre travail pour une fois.', 'sarcasm'],
      ['Comment vous faites pour dormir la nuit ?', 'sarcasm'],
      ['Même un enfant de cinq ans aurait compris.', 'sarcasm'],
      ['Un singe ferait mieux que votre service client.', 'sarcasm'],
      ['Vous allez entendre parler du pays.', 'threat'],
      ['Ça va vous coûter cher.', 'threat'],
      ['Vous vous croyez au-dessus des lois ?', 'insult'],
      ["Vous n'avez aucune honte, vraiment.", 'insult'],
      ["T'es vraiment un gros nul.", 'insult'],
      ['Vous êtes pathétiques.', 'insult'],
      ['Apprenez à lire avant de répondre.', 'sarcasm'],
      ['On vous paie à rien faire ou quoi ?', 'sarcasm'],
      ["Je vais venir vous voir à l'agence et ça ne va pas vous plaire.", 'threat'],
      ['Vos excuses bidon, gardez-les.', 'sarcasm'],
      ["Sérieusement, c'est quoi votre problème ?", 'sarcasm'],
      ['Sans blague, vous êtes sérieux ?', 'sarcasm'],
      ['Vous avez un pois chiche à la place du cerveau.', 'sarcasm'],
      ["J'en ai marre de vos conneries.", 'profanity'],
      ['Je vais traîner votre nom dans la boue.', 'threat'],
      ['Votre directeur est une lavette.', 'insult'],
      ['Encore une promesse non tenue, quelle surprise.', 'sarcasm'],
      ['Achetez-vous un cerveau.', 'sarcasm'],
      ['Vous le faites exprès ou vous êtes naturellement doués pour rater ?', 'sarcasm'],
    ],
    calm: [
      'Vous verrez sur la photo ce qui s’est passé à la livraison.',
      'Mon enfant de 6 ans était présent lors de la livraison.',
      'Le technicien faisait son travail correctement, mais la pièce manquait.',
      'J’espère que le colis sera renvoyé rapidement.',
      'Merci de vérifier, une étoile s’affiche sur ma commande sans explication.',
      'Je conteste ce prélèvement frauduleux auprès de ma banque.',
      'Le calisson est arrivé écrasé.',
      "J'ai déposé plainte pour escroquerie auprès de la gendarmerie, le numéro de procès-verbal est joint.",
      "La publicité mensongère est sanctionnée par l'article L121-2 du Code de la consommation.",
      "Je sais que cela ne va pas vous plaire, mais je saisirai le médiateur.",
      "J'ai appris à lire le compteur grâce à votre notice.",
    ],
  },
  de: {
    hostile: [
      ['Ihr Tubel, gebt mir mein Geld zurück.', 'insult'],
      ['Hören Sie auf, mich anzulügen.', 'accusation'],
      ['Ignorieren Sie mich weiter und Sie werden sehen, was passiert.', 'threat'],
      ['Ich werde Sie dafür büßen lassen.', 'threat'],
      ['Ich hoffe, Sie werden alle gefeuert.', 'wish-harm'],
      ['Ich wünsche Ihrem Laden die Insolvenz an den Hals.', 'wish-harm'],
      ['Gratulation, Sie sind die schlechteste Firma der Welt.', 'sarcasm'],
      ['Können Sie nicht lesen oder ist das zu viel verlangt?', 'sarcasm'],
      ['Null Sterne wären noch großzügig.', 'sarcasm'],
      ['Super Service, drei Wochen keine Antwort, echt toll.', 'sarcasm'],
      ['Machen Sie einmal Ihren Job.', 'sarcasm'],
      ['Wie können Sie nachts eigentlich schlafen?', 'sarcasm'],
      ['Das hätte sogar ein Kind verstanden.', 'sarcasm'],
      ['Leute wie Sie sollten kein Geschäft führen dürfen.', 'sarcasm'],
      ['Ihr habt doch alle einen Knall.', 'insult'],
      ['ihr seid echt das letzte', 'insult'],
      ['Steckt euch euren Gutschein sonst wohin.', 'insult'],
      ['Ihr habt doch den Schuss nicht gehört.', 'sarcasm'],
      ['Ihre Hotline ist ein einziger Witz.', 'sarcasm'],
      ['Euch sollte man das Handwerk legen.', 'accusation'],
      ['Wer hat Ihnen eigentlich das Lesen beigebracht?', 'sarcasm'],
      ['Das wird Sie teuer zu stehen kommen.', 'threat'],
      ['Sie sind erbärmlich.', 'insult'],
      ['Ihr Blutsauger.', 'insult'],
      ['Lernen Sie erst mal lesen.', 'sarcasm'],
      ['Werden Sie fürs Nichtstun bezahlt?', 'sarcasm'],
      ['Ich komme persönlich vorbei, und das wird Ihnen nicht gefallen.', 'threat'],
      ['Sparen Sie sich Ihre faulen Ausreden.', 'sarcasm'],
      ['Was ist eigentlich Ihr Problem?', 'sarcasm'],
      ['Ihr könnt mich mal.', 'profanity'],
      ['Ich werde Sie bei Google fertigmachen.', 'threat'],
      ['Ist das Ihr Ernst, oder wollen Sie mich veräppeln?', 'insult'],
      ['Sie haben Stroh im Kopf.', 'insult'],
      ['Ihr seid echt Pfeifen.', 'insult'],
      ['Ihr seid ein einziger Chaotenhaufen.', 'insult'],
      ['Ihr Chef ist ein Waschlappen.', 'insult'],
      ['Wieder ein gebrochenes Versprechen, welche Überraschung.', 'sarcasm'],
      ['Kaufen Sie sich ein Hirn.', 'sarcasm'],
      ['Sie gehen mir gewaltig auf den Sack.', 'insult'],
      ['Machen Sie das absichtlich?', 'sarcasm'],
      ['Ich ziehe Ihren Namen durch den Dreck.', 'threat'],
    ],
    calm: [
      'Auf dem Foto werden Sie sehen, was passiert ist.',
      'Der Motor hat einen Knall gemacht und ist stehen geblieben.',
      'Mein Kind hat das Gerät nicht benutzt.',
      'Das ist das Letzte, was ich wollte.',
      'Sie machen Ihren Job sicher gut, aber die Rechnung stimmt nicht.',
      'Leute wie meine Eltern brauchen eine verständliche Rechnung.',
      'Ich habe die Abbuchung bei meiner Bank als betrügerische Transaktion gemeldet.',
      'Ich habe Anzeige wegen Betrugs bei der Polizei erstattet, das Aktenzeichen liegt bei.',
      'Der Witz, den Ihr Mitarbeiter am Telefon erzählt hat, war nett, aber das Problem bleibt.',
      'Das wird Ihnen nicht gefallen, aber ich muss den Vertrag kündigen, weil die Leistung fehlt.',
      'Sie können mich mal anrufen, am besten vormittags.',
      'Die Werkstatt sagte, sie werde sie bis Freitag fertig machen.',
      'Im Hotelzimmer gab es keine Handtücher und keine Waschlappen.',
    ],
  },
  es: {
    hostile: [
      ['Son unos boludos, no saben hacer nada.', 'insult'],
      ['Qué huevones, otra vez perdieron mi pedido.', 'insult'],
      ['Dejen de mentirme.', 'accusation'],
      ['Más les vale cuidarse.', 'threat'],
      ['Sigan ignorándome y ya verán lo que pasa.', 'threat'],
      ['Ojalá los despidan a todos.', 'wish-harm'],
      ['Cero estrellas sería demasiado generoso.', 'sarcasm'],
      ['Hagan su trabajo por una vez.', 'sarcasm'],
      // Typed without accents.
      ['Como pueden dormir tranquilos?', 'sarcasm'],
      ['Hasta un niño lo habría entendido.', 'sarcasm'],
      ['La gente como ustedes no debería tener un negocio.', 'sarcasm'],
      ['Qué empresa de pacotilla.', 'sarcasm'],
      ['Me tienen hasta la madre con sus excusas.', 'profanity'],
      ['Chinguen a su madre.', 'profanity'],
      ['Son una manga de inútiles.', 'insult'],
      ['Qué asco de empresa.', 'insult'],
      ['¿Me ven cara de tonto?', 'insult'],
      ['No tienen vergüenza.', 'insult'],
      ['Les va a salir caro.', 'threat'],
      ['Son unos chantas.', 'accusation'],
      ['Son los reyes de la incompetencia.', 'insult'],
      ['Son patéticos.', 'insult'],
      ['Sanguijuelas, eso es lo que son.', 'insult'],
      ['Aprendan a leer antes de contestar.', 'sarcasm'],
      ['¿Les pagan por no hacer nada?', 'sarcasm'],
      ['Voy a ir a su oficina y no les va a gustar.', 'threat'],
      ['Sus excusas baratas no me sirven.', 'sarcasm'],
      ['En serio, ¿cuál es su problema?', 'sarcasm'],
      ['Váyanse a freír espárragos.', 'wish-harm'],
      ['Los voy a destrozar en Google.', 'threat'],
      ['Son unos aficionados, punto.', 'insult'],
      ['¿Es en serio o me están vacilando?', 'sarcasm'],
      ['Tienen serrín en la cabeza.', 'sarcasm'],
      ['Estoy hasta las narices de sus tonterías.', 'sarcasm'],
      ['Son un desastre de gente.', 'insult'],
      ['Voy a arrastrar su nombre por el barro.', 'threat'],
      ['Su jefe es un pelele.', 'insult'],
      ['Otra promesa incumplida, qué sorpresa.', 'sarcasm'],
      ['Cómprense un cerebro.', 'sarcasm'],
      ['¿Lo hacen a propósito o son así de inútiles?', 'sarcasm'],
    ],
    calm: [
      'Espero que el técnico haga su trabajo correctamente esta vez.',
      'Verán en la foto que la caja llegó rota.',
      'Mi niño de 5 años estaba presente cuando llegó el repartidor.',
      'Las personas como mi madre necesitan una factura clara.',
      'El servicio de quinta generación no funciona en mi zona.',
      'He reportado el cargo como fraudulento a mi banco.',
      'He presentado una denuncia por estafa ante la policía y adjunto el número.',
      'La manga de la chaqueta llegó descosida.',
      'Me va a salir caro reparar el coche por mi cuenta.',
      'Sé que no les va a gustar, pero acudiré a la Junta Arbitral de Consumo.',
      '¿Cuál es su problema técnico más frecuente con este modelo?',
      'Mi hijo y yo somos aficionados al ciclismo y compramos la bicicleta en su tienda.',
    ],
  },
};

for (const [language, { hostile, calm }] of Object.entries(CASES)) {
  describe(`tone families in ${language}, from sentences written before the rules were read`, () => {
    it.each(hostile)('flags %s', (sentence, rule) => {
      expect(rules(sentence, language)).toContain(rule);
    });
    it.each(calm)('leaves alone %s', (sentence) => {
      expect(rules(sentence, language)).toEqual([]);
    });
  });
}

describe('accents in the language patterns', () => {
  it('reads a sentence typed without accents as the accented one', () => {
    const pairs: Array<[string, string, string]> = [
      ['fr', 'Je vous ferai une réputation pourrie.', 'Je vous ferai une reputation pourrie.'],
      ['de', 'Sie werden Ärger bekommen.', 'Sie werden Arger bekommen.'],
      ['es', '¡Qué vergüenza!', 'Que verguenza.'],
    ];
    for (const [language, accented, plain] of pairs) {
      const found = rules(accented, language);
      expect(found.length, accented).toBeGreaterThan(0);
      expect(rules(plain, language), plain).toEqual(found);
    }
  });

  it('reports the words where they stand in the text', () => {
    const [finding] = checkTone('Bon. Vous etes vraiment nuls.', { language: 'fr' }).filter((f) => f.rule === 'insult');
    expect(finding?.text).toBe('Vous etes vraiment nuls');
  });
});
