// Tone rules for letters in Spanish. Messages stay English (the CLI is); each suggestion is a
// calmer Spanish wording. Lawful next steps (hoja de reclamaciones, Junta Arbitral de Consumo,
// OMIC, acciones legales, contracargo) and plain words of complaint (defectuoso, inaceptable,
// abusiva, publicidad engañosa) are never in these lists: a firm letter needs them.
import type { LanguageRules } from './types.js';

/** One word of a sentence. */
const W = "[a-zà-ÿ][a-zà-ÿ'’-]*";
/** Names that insult only when aimed at people: "son unos vagos", "es un inútil". */
/** Praise said through the teeth: "qué bien", "genial". */
const PRAISE = '(?:qué bien|genial|estupendo|fantástico|maravilloso|fenomenal|de maravilla|perfecto|bravo|olé)';
/** The same mishap once more: "otra vez", "por tercera vez"; not "gracias otra vez". */
const AGAIN = `(?:otra vez|de nuevo|una vez más|nuevamente|por (?:${W} )?vez)`;
/** What anyone can do: asking whether the reader can is contempt. */
const SKILL = '(?:leer|escribir|contar|sumar)';
/** A life made bitter: "amargar la vida", "complicarles la existencia". */
const EMBITTER = '(?:amargar|complicar|fastidiar|arruinar|destrozar|joder)';
/** Who could do anyone's job: said of the reader's work, contempt ("hasta un niño lo habría entendido"). */
const SIMPLETON = '(?:niño|niña|nene|crío|chico|mono|chimpancé|bebé|escolar)';
const AIMED = '(?:inú[uú]*til(?:es)?|vag[oa]s|payas[oa]s?|tont[oa]s?|ineptos?|ignorantes|mediocres|incapaces|chorizos|aprovechad[oa]s|aficionad[oa]s(?! (?:a|al|del?)\\b)|sinvergüenzas?|desgraciad[oa]s|buitres|sanguijuelas|parásitos|chapuceros?)';

export const rules: LanguageRules = {
  language: 'es',
  words: [
    {
      rule: 'profanity',
      words: [
        'joder*', 'jodid*', 'jodan', 'mierd*', 'cago', 'cagar*', 'cagad*', 'puta', 'putas', 'puto', 'putos', 'putada*', 'coño', 'cojón*',
        'hostia', 'hostias', 'carajo', 'chingad*', 'chingu*', 'chingar*', 'chinga', 'pendejo*', 'fuck*', 'shit',
      ],
      suggestion: 'estoy muy molesto con esta situación',
    },
    {
      rule: 'insult',
      words: [
        'imbécil*', 'idiota*', 'estúpid*', 'incompetent*', 'payaso*', 'sinvergüenza*', 'chapucer*', 'gilipolla*', 'cabron*', 'capullo*',
        'subnormal*', 'mamarracho*', 'cretino*', 'pringad*', 'mequetrefe*', 'zoquete*', 'cenutrio*', 'lerdo*', 'memos', 'tarugo*',
        'inepto*', 'ineptitud', 'jeta', 'jetas', 'caradura*', 'incompetencia', 'patétic*', 'sanguijuela*', 'pelele', 'peleles',
        // Latin America: "boludo", "pelotudo" (Río de la Plata), "huevón", "weón" (Chile, Peru), "menso", "culero" (Mexico).
        'boludo*', 'boluda*', 'pelotud*', 'huevón*', 'huevon*', 'weón*', 'weon*', 'menso', 'mensos', 'mensa', 'mensas', 'culero*', 'tarado*', 'baboso*',
      ],
      suggestion: 'las personas con las que hablé no pudieron resolver el problema',
    },
    {
      rule: 'accusation',
      words: [
        // Not "estafeta" (a post office).
        'estafa', 'estafas', 'estafad*', 'estafador*', 'estafando', 'estafar', 'estafaron', 'estafó', 'estafasteis', 'estafan', 'timo', 'timos', 'timad*', 'timador*', 'timando', 'ladrón*', 'mentiros*', 'mentira*', 'mienten', 'mintieron', 'mintió',
        'mentido', 'mentirme', 'mentirnos', 'mintiéndome', 'mintiéndonos', 'mafia*', 'mafioso*', 'sacacuartos', 'sacadineros', 'defraudad*', 'embaucador*', 'trileros', 'trilero', 'chanta', 'chantas', 'ratero*', 'transa', 'transas',
      ],
      suggestion: 'he pagado por un servicio que no he recibido, y la información que me dieron no era correcta',
    },
  ],
  patterns: [
    {
      // Vulgar idioms of "madre": "me tienen hasta la madre", "la concha de tu madre".
      rule: 'profanity',
      patterns: ['hasta la madre', '(?:concha|chinga|mentada|puta) (?:de )?(?:tu|su|vuestra) madre', '(?:me vale|les vale) madre'],
      suggestion: 'estoy muy molesto con esta situación',
    },
    {
      rule: 'insult',
      patterns: [
        `(?:son|sois|es usted|eres|es|unos|unas|un|una|panda de|banda de) (?:ustedes |usted |unos |unas |un |una |así de |tan )?${AIMED}`,
        '(?:un|una) (?:desastre|vergüenza|asco|chiste|fracaso) de (?:gente|personas|empresa|profesionales|técnicos?)',
        `(?:panda|pandilla|hatajo|atajo|manada|banda|cuadrilla) de (?:${W} )?${W}`,
        '(?:cállese|cállate|callaos|cállense|a callar)', 'que (?:os|les|te) den', '(?:como|por) (?:a )?(?:un )?(?:tont[oa]|idiota|imbécil)',
        '(?<=^|[.!?]\\s{0,8})aprovechad[oa]s',
        // "una manga de inútiles" (Río de la Plata): not a sleeve ("la manga de la camisa").
        `(?:manga|montón|bola|sarta|punta) de (?:${AIMED}|ladrones|estafadores|chantas|idiotas|incompetentes|mentirosos|atorrantes|ineptos)`,
        '(?:qué|menudo|vaya) asco de (?:empresa|servicio|atención|tienda|compañía|gente|negocio)', '(?:me|nos) dan asco',
        '(?:me|nos) (?:ven|ves|veis|vieron|ve) cara de', 'cara de (?:tont[oa]s?|idiotas?|pendej[oa]s?|imbéciles?|estúpid[oa]s?|bobo|boba|gil)(?![a-zà-ÿ])',
        'no (?:tienen|tiene|tenéis|tienes|tiene usted) (?:(?:ni|nada de|ninguna|la menor|ni pizca de|ni una pizca de) )?vergüenza',
      ],
      suggestion: 'las personas con las que hablé no pudieron resolver el problema',
    },
    {
      rule: 'accusation',
      patterns: [
        '(?:es|esto es|eso es|son|un|menudo|vaya) (?:un |una )?(?:fraude|robo|atraco|timo)(?! (?:del|de la|de mi|de su))',
        'atraco a mano armada', 'robo descarado',
        `(?:me|nos|les) (?:han |ha |habéis |has )?(?:${W} )?(?:engañad[oa]s?|robado (?:el|mi|mis|nuestro|nuestros) (?:dinero|ahorros))`,
        '(?:me|nos) (?:engañaron|engañó|engañasteis|engañan|robaron el dinero)', '(?:ustedes|vosotros) (?:me |nos )?(?:han|habéis) robado',
        '(?:ustedes|usted|vosotros) mienten?', 'mentís', '(?:dejen|deje|dejad|deja|paren|para) de (?:mentir|engañar)',
      ],
      suggestion: 'he pagado por un servicio que no he recibido, y la información que me dieron no era correcta',
    },
    {
      // Laughing at the customers: "Se están riendo de sus clientes en su cara." Not a person who laughed at the writer, told as a fact ("se rió de mí").
      rule: 'accusation',
      patterns: [
        `(?:se|os) (?:ríen|reís|ríe|burlan|burláis|burla|cachondean|cachondeáis|(?:están|estáis|está) (?:riendo|burlando|cachondeando)) de (?:mí|nosotros|la gente|(?:sus|los|vuestros|todos (?:sus|los|vuestros)) (?:${W} )?(?:clientes|consumidores|usuarios|compradores))`,
        '(?:ríen|reís|ríe|riendo|reírse|burlan|burláis|burla|burlando|burlarse) (?:de (?:mí|nosotros) )?en (?:mi|nuestra|la|su|vuestra) (?:propia )?cara',
      ],
      suggestion: 'tengo la impresión de que mi reclamación no se está tomando en serio',
    },
    {
      rule: 'threat',
      patterns: [
        `(?:les|os|te|le|la|lo|los|las) (?:voy|vamos) a (?:hundir|destrozar|arruinar|machacar|partir|romper|reventar|hacer (?:pagar|la vida imposible))`,
        '(?:parto|partir|romper|rompo|reviento|reventar) (?:la cara|la boca|las piernas)', '(?:se|os|te|les) (?:va|van|vais|vas) a arrepentir', '(?:os|se|te) arrepentir(?:éis|án|ás)',
        'sé dónde (?:está|están|viven|vive|trabaja|trabajan)', 'tengan cuidado', 'tened cuidado', 'van a saber quién soy',
        // Consequences, unsaid: "... y no les va a gustar."
        '(?:y )?no (?:les|os|te|le) va a gustar(?=\\s*(?:[.!…]|$))',
        'más (?:les|te|le|os) (?:vale|valdría) (?:que )?(?:cuidarse|cuidarte|cuidaros|tener cuidado|andar con cuidado|rezar|se cuiden|os cuidéis)',
        // What will happen, left unsaid: "ya verán lo que pasa". Not "verán en la foto".
        '(?:ya )?(?:verán|veréis|verás|vas a ver|van a ver|vais a ver) (?:lo que (?:pasa|va a pasar|les espera|os espera|te espera|soy capaz)|qué pasa)',
        '(?:destrozar|hundir|arruinar|cerrar) (?:su|sus|vuestra|vuestro|vuestras|vuestros|la|el|tu|este|esta) (?:empresa|reputación|negocio|tienda|chiringuito|local|marca)', '(?:se|os) (?:va|van|vais) a enterar', 'se va a liar', '(?:la )?(?:voy|vamos) a liar', 'se va a armar (?:una )?(?:buena|gorda)',
        'hacer(?:les|os)? la vida imposible', '(?:arrastrar|arrastraré|arrastro) (?:su|tu|vuestro) (?:nombre|reputación|marca) por el (?:barro|fango|lodo)', '(?:su|tu|vuestro) nombre por el (?:barro|fango|lodo)', '(?:voy|vamos) a (?:hundir|destrozar|arruinar|machacar|reventar)(?:les|los|las|os|te|le|la|lo)\\b',
        '(?:me|nos) las (?:vais|van|vas|va) a pagar', '(?:les|os|te|le) (?:va a salir|van a salir|saldrá|va a costar|costará) (?:muy |bien )?caro', 'esto no (?:va a quedar|quedará|se va a quedar) así', '(?:os|les|te|le|la|lo) (?:voy|vamos) a poner a parir',
        // A life made bitter: "Les voy a amargar la vida." Not "este retraso me ha complicado la vida", nor "no les voy a complicar la vida".
        `(?<!no\\s)(?:les|os|le|te) (?:voy|vamos) a ${EMBITTER} la (?:vida|existencia)`, `(?<!no\\s)(?:voy|vamos) a ${EMBITTER}(?:les|os|le|te) la (?:vida|existencia)`,
        '(?<!no\\s)(?:les|os|le|te) (?:amargaré|amargaremos|complicaré|complicaremos|arruinaré|arruinaremos|fastidiaré|fastidiaremos) la (?:vida|existencia)',
        // Trouble announced, and friends in high places: "van a tener problemas", "Tengo contactos en el ayuntamiento".
        '(?<=^|[.!?,;:¡¿]\\s{0,8}|(?:que|y|ustedes|vosotros)\\s)(?:van|vais) a tener (?:(?:muchos|serios|graves|muy serios|un|una|un buen|un gran|muchísimos) )?(?:problemas|problema|líos|lío|disgustos|disgusto|follón)(?: (?:serios|graves|gordos|de verdad|conmigo))?(?=\\s*(?:[.!,;…]|$))',
        '(?:se|os) (?:van|vais) a meter en (?:un )?(?:buen |gran |serio )?(?:lío|líos|problemas)',
        `tengo (?:(?:buenos|muchos|ciertos|mis|algunos) )?(?:contactos|enchufe|influencias|amigos influyentes)(?: ${W})? (?:en|dentro de) (?:(?:el|la|los|las) )?${W}`,
        `conozco (?:a )?(?:gente|personas|alguien) (?:importante |influyente )?(?:en|de|del|de la) (?:el |la |los )?(?:ayuntamiento|policía|prensa|guardia civil|televisión|hacienda|inspección|juzgado|ministerio|consejería|periódico)`,
        // Consequences, unnamed: "Les aviso: esto va a tener consecuencias." Not "consecuencias legales".
        '(?:esto|eso|todo esto|esta situación|su actitud) (?:va a tener|tendrá|traerá|va a traer) (?:(?:sus|graves|serias|muchas) )?consecuencias(?=\\s*(?:[.!;…]|$))',
        '(?:esto|eso) no (?:va a quedar|quedará) sin consecuencias', '(?:quedan|quedáis|queda usted|quedas) avisad[oa]s?(?=\\s*(?:[.!…]|$))', 'avisad[oa]s? (?:quedan|quedáis|están|estáis)(?=\\s*(?:[.!…]|$))',
      ],
      suggestion: 'si el problema no se resuelve en ese plazo, acudiré a la Junta Arbitral de Consumo',
    },
    {
      rule: 'wish-harm',
      patterns: [
        `ojalá (?:${W} ){0,6}?(?:quiebren|quiebre|quebréis|cierren|cierre|cerréis|arruinen|arruine|arruinéis|os arruinéis|pierda|pierdan|perdáis|se hundan|se hunda|os hundáis|revienten|reventéis|se pudran|os pudráis|se mueran|mueran|tengan que cerrar|tengáis que cerrar|despidan|despida|echen a la calle|se queden sin (?:trabajo|empleo))`,
        `espero que (?:${W} ){0,4}?(?:quiebren|se arruinen|se hunda|se hundan|se pudran|pierda (?:su|el) (?:trabajo|empleo)|cierren (?:la tienda|el negocio|todas))`,
        'que se pudra\\w*', 'púdranse', '(?:váyanse|idos|vete|vayan) al (?:infierno|carajo|diablo)',
        // Told where to put it: "Metéos el vale por donde os quepa."
        'por donde (?:os|te|le|les) (?:quepa|quepan)', '(?:váyanse|vayan|vete|idos|id|váyase|vaya) a freír (?:espárragos|monas|churros)',
      ],
      suggestion: 'lo que deseo es que este problema se resuelva pronto',
    },
    {
      rule: 'sarcasm',
      patterns: [
        'gracias por nada', 'todo un detalle', `gracias (?:${W} ){0,2}?por (?:hacerme|hacernos) (?:esperar|perder el tiempo|dar vueltas)`, '(?<=^|[.!?:;¡]\\s{0,8})(?:enhorabuena|felicidades|bravo)(?=\\s*[,!])', '(?:enhorabuena|felicidades) por',
        `(?:qué|menudo|vaya) (?:genio|crack|lumbrera|profesionalidad|eficacia|servicio tan ${W})`, 'seguro que (?:están|estáis|está) muy ocupad[oa]s',
        'sin hacer nada', 'tomadura de pelo', 'tomado el pelo', 'tomando el pelo', 'tomar el pelo', '(?:me|nos) (?:están |estáis |está )?(?:vacilando|vacilan|vaciláis|vacila)',
        '(?:es|esto es|hablan|habláis|habla usted) en serio(?=\\s*\\?| o )',
        '(?:cómprense|cómprate|cómprese|compraos) (?:un cerebro|unas neuronas|un par de neuronas)', '(?:qué|vaya) sorpresa(?=\\s*(?:[.!…]|$))',
        '(?:lo hacen|lo hacéis|lo hace usted|lo haces) (?:a propósito|adrede|aposta)',
        '(?:serrín|aserrín|paja|nada|aire) en la (?:cabeza|mollera|sesera)', 'cerebro de (?:mosquito|pájaro|hormiga|gallina|mosca)',
        '(?:sus|vuestras|tus|estas|esas) (?:${W} )?(?:tonterías|gilipolleces|pendejadas|boludeces|huevadas|estupideces)', `gracias por (?:su|tu|vuestra) ${W}ísim[oa]s? (?:respuesta|atención|ayuda|gestión)`, '(?:debería|deberían|debe) (?:darles|daros|darle) vergüenza',
        '(?:deberían|debería) avergonzarse', 'vaya (?:servicio|empresa|atención)',
        // The lowest rating called too high: "Cero estrellas sería demasiado generoso."
        '(?:cero|0|una|1|una sola|ni una) estrellas?,? (?:(?:sería|serían|es|son|ya|incluso|hasta|aún|todavía|demasiado|muy|mucho) ){1,4}(?:generos[oa]s?|much[oa]s?|demasiado)',
        // Orders that talk down to the reader: "Hagan su trabajo por una vez." Not "para que haga su trabajo".
        '(?<=^|[.!?¡¿,;:]\\s{0,3})(?:(?:por favor|ya|pues|y|simplemente) )?(?:hagan|haga|haz|haced) (?:(?:bien|ya|de una vez|por una vez|al menos) )?(?:su|tu|vuestro) (?:trabajo|chamba|laburo|pega)',
        '(?:su|tu|vuestro) (?:trabajo|chamba|laburo|pega) (?:por|aunque sea|al menos) una vez',
        '(?<=^|[.!?¡¿,;:]\\s{0,3})(?:(?:y|pues|primero) )?(?:aprendan|aprende|aprenda|aprended) (?:(?:primero|de una vez|antes) )?a (?:leer|escribir|contar|sumar)',
        '(?:les|te|os|le) pagan (?:por|para) no hacer nada', '(?:cuál|qué) es (?:su|tu|vuestro) problema(?=\\s*\\?)',
        'excusas (?:baratas|de mierda|de chiste|de risa)',
        // "¿Cómo pueden dormir por las noches?"
        '(?:cómo|como) (?:pueden|puede|podéis|puedes|logran|hacen para|hace para) (?:ustedes |usted )?(?:dormir|mirarse al espejo|vivir con eso)',
        // Anyone could do the reader's job: "Hasta un niño lo habría entendido."
        `(?:hasta|incluso|ni) (?:un|una|mi) (?:${SIMPLETON})(?: de (?:\\d+|${W}) años)? (?:lo |la |los |las |eso )?(?:habría|hubiera|hubiese|podría|sabría|entendería|entiende|sabe|haría|lo hace)`,
        `(?:un|una|mi) (?:${SIMPLETON})(?: de (?:\\d+|${W}) años)?(?: ${W})? (?:lo |la |el trabajo )?(?:haría|habría hecho|podría hacer|hace) (?:(?:el trabajo|esto|eso) )?mejor`,
        // Contempt for the reader as a kind of person: "la gente como ustedes".
        '(?:gente|personas|tipos|sujetos) como (?:ustedes|usted|vosotros|tú|vos)(?![a-zà-ÿ])',
        // Worthless, of the business and its work: "qué empresa de pacotilla".
        '(?:empresa|compañía|servicio|tienda|negocio|atención|gente|técnicos?|personal|profesionales?) de (?:pacotilla|mala muerte|(?:quinta|cuarta|tercera)(?=\\s*(?:[.!,;…]|$)))',
        // "Su atención al cliente es un chiste": the reader's work called a joke, as "ist ein Witz" in German.
        '(?:es|son|era|eran|fue) (?:(?:realmente|sencillamente|simplemente) )?(?:un|una) (?:(?:auténtic[oa]|verdader[oa]|complet[oa]|mal) )?(?:chiste|broma|cachondeo|vacile|risa)(?! (?:del sistema|interna|entre compañeros))',
        // Mock praise for a mishap: "Qué bien, otra cita cancelada, genial, de verdad." Not "gracias otra vez".
        `${PRAISE}\\s*[,!] (?:(?:y|ahora|encima) )?(?:${AGAIN}|otr[oa]s?(?! vez))(?! (?:gracias|cosa|pregunta|tema|duda|consulta))`,
        `${AGAIN}[^.!?¡¿\\n]{1,80}?, (?:(?:qué|muy|simplemente|todo) )?(?:genial|estupendo|fantástico|maravilloso|fenomenal|de maravilla)(?=\\s*(?:[.!…,]|$))`,
        // Asking whether the reader can read: "¿Es que no saben leer?" Not "mis padres no saben leer bien el español".
        `(?:es que|acaso) (?:ustedes |usted |vosotros )?(?:no )?(?:saben|sabéis|sabe usted|sabes) (?:ni )?(?:siquiera )?${SKILL}`,
        `(?<=¿\\s{0,8})(?:ustedes |usted |vosotros )?(?:no )?(?:saben|sabéis|sabe usted|sabes|sabe) (?:ni )?(?:siquiera )?${SKILL}`,
        `(?:saben|sabéis|sabe usted|sabes) (?:siquiera |acaso |al menos )?${SKILL}(?=\\s*\\?)`,
        `(?:no|ni siquiera|ni) (?:sabéis|sabe usted|saben ustedes|sabes) (?:ni )?${SKILL}`, `(?:ustedes|vosotros|usted) (?:no|ni siquiera) (?:saben|sabéis|sabe) (?:ni )?${SKILL}`,
      ],
      suggestion: 'lamento que este problema siga sin resolverse',
    },
    {
      // Indignation ("¡Es una vergüenza!") is a verdict on the reader, as "Disgraceful." is in English: not sarcasm.
      rule: 'insult',
      patterns: ['(?:es|son) una vergüenza', 'qué vergüenza'],
      suggestion: 'esta situación me parece inaceptable',
    },
  ],
  allowed: [
    // A bank or the police looking into fraud or theft is a fact, not an accusation.
    '(?:posible|presunto|presunta|sospecha de) (?:fraude|estafa|robo)',
    `(?:denuncia|denuncias|denunciar|denuncié|denunciado|querella) (?:${W} ){0,3}?por (?:${W} )?(?:fraude|estafa|robo|hurto|timo)`,
    // How the writer felt is theirs to say ("me siento engañada"), as in English.
    `(?:me siento|me sentí|me he sentido|nos sentimos|nos hemos sentido) (?:${W} )?engañad[oa]s?`,
    // What someone called the writer is a fact of the complaint, not the writer's accusation:
    // "el encargado me llamó mentiroso", "me acusaron de robar", "dijo que yo mentía".
    `(?:me|nos) (?:llamó|llamaron|llamaba|llamaban|ha llamado|han llamado|trató de|trataron de|acusó de|acusaron de|ha acusado de|han acusado de|tachó de|tacharon de) (?:${W} ){0,2}${W}`,
    `(?:dijo|dijeron|insinuó|insinuaron|ha dicho|han dicho) que (?:yo |nosotros |nosotras )?(?:mentía|mentíamos|estaba mintiendo|estábamos mintiendo|era una? ${W}|éramos unos? ${W}|había robado|habíamos robado)`,
  ],
  // "negro" is black.
  notEnglishSwearing: ['negro*', 'negra*', 'cumpl*', 'cúmul*', 'retard*', 'fagot*'],
  shouting: {
    acronyms: [
      'IVA', 'OCU', 'OMIC', 'DNI', 'NIF', 'NIE', 'CIF', 'SL', 'SA', 'SAU', 'SLU', 'AEAT', 'FACUA', 'CNMC', 'RENFE', 'AENA', 'ADIF', 'BOE',
      'LGDCU', 'ONG', 'CCAA', 'AESA', 'DGT', 'ITV', 'CP', 'UE', 'CECU', 'ASUFIN', 'ADICAE', 'BBVA', 'ONCE', 'SEUR', 'MRW', 'TRLGDCU',
    ],
    emphasis: ['YA', 'NUNCA', 'NADA', 'SIEMPRE', 'AHORA', 'DINERO', 'INMEDIATAMENTE', 'INACEPTABLE', 'VERGÜENZA', 'ESTAFA', 'ESTAFADORES', 'LADRONES', 'URGENTE', 'BASTA'],
  },
  letter: {
    greeting: '(?:estimad[oa]s?|muy señor(?:es)? mí[oa]s?|distinguid[oa]s?|señores|hola|buenos días)[^\\n]*[,:][ \\t]*$',
    closing: '(?:atentamente|un saludo|saludos cordiales|reciba un cordial saludo|cordialmente|sin otro particular)',
  },
};
