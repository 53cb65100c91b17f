// Places, peoples, languages, well-known brands and a few initials English always writes with a
// capital, for answers typed in small letters ("flew from dublin to lisbon", "we're irish", "my
// samsung fridge"). Only names that are no everyday word as well: "cork", "reading", "bath",
// "nice", "china", "turkey", "polish", "apple", "golf" and the like stay as the writer typed
// them ("a new jersey", "a whirlpool bath", "cairns on the walk" too), since a letter must never
// turn a wine cork into a city.

const COUNTRIES =
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize ' +
  'bolivia bosnia botswana brazil bulgaria cambodia cameroon canada colombia croatia cuba cyprus czechia denmark ecuador egypt england estonia ' +
  'ethiopia fiji finland france germany ghana greece guatemala honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan ' +
  'kenya kosovo kuwait latvia lebanon lithuania luxembourg malaysia maldives malta mauritius mexico moldova monaco mongolia montenegro morocco nepal ' +
  'netherlands nigeria norway pakistan panama peru philippines portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia ' +
  'slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia uganda ukraine uruguay venezuela vietnam wales yemen zambia zimbabwe ' +
  'europe africa asia antarctica';

const PEOPLES_AND_LANGUAGES =
  'afghan albanian algerian american argentinian armenian australian austrian bangladeshi belgian bolivian bosnian brazilian british bulgarian ' +
  'cambodian canadian chilean chinese colombian croatian cuban cypriot czech danish dutch ecuadorian egyptian english estonian ethiopian european ' +
  'filipino finnish french german ghanaian greek hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese kenyan ' +
  'korean latvian lebanese lithuanian malaysian maltese mexican moroccan nepalese nigerian norwegian pakistani peruvian portuguese romanian russian ' +
  'scottish serbian slovak slovenian somali spanish swedish swiss syrian thai turkish ukrainian vietnamese welsh arabic hindi urdu punjabi bengali ' +
  'cantonese gaelic hebrew african asian caribbean scandinavian mediterranean';

const REGIONS =
  'alberta manitoba saskatchewan ontario quebec california texas florida massachusetts illinois ohio michigan virginia oregon arizona nevada colorado ' +
  'utah idaho montana alaska hawaii vermont iowa kansas missouri kentucky tennessee alabama louisiana mississippi arkansas oklahoma minnesota wisconsin ' +
  'indiana pennsylvania connecticut delaware maryland nebraska wyoming tasmania queensland kent surrey essex sussex devon cornwall dorset somerset ' +
  'yorkshire lancashire cheshire norfolk suffolk hampshire berkshire oxfordshire kerry donegal wicklow wexford tipperary algarve andalusia catalonia ' +
  'tuscany bavaria provence normandy brittany';

const CITIES =
  'london manchester birmingham liverpool leeds sheffield bristol newcastle nottingham leicester coventry glasgow edinburgh aberdeen dundee inverness cardiff ' +
  'swansea belfast derry brighton southampton portsmouth plymouth exeter oxford cambridge york norwich ipswich luton bournemouth blackpool ' +
  'dublin galway limerick waterford kilkenny sligo killarney drogheda dundalk athlone ' +
  'sydney melbourne brisbane perth adelaide hobart canberra darwin auckland wellington christchurch queenstown dunedin rotorua ' +
  'swindon cheltenham gloucester bradford wakefield huddersfield middlesbrough sunderland doncaster rotherham peterborough northampton guildford canterbury ' +
  'carlisle lancaster preston bolton wigan stockport salford warrington lisburn newry armagh tralee letterkenny mullingar westport kenmare ' +
  'geelong ballarat bendigo townsville wollongong toowoomba launceston fremantle tauranga napier invercargill whangarei ' +
  'toronto vancouver montreal ottawa calgary edmonton winnipeg halifax saskatoon kelowna mississauga brampton burnaby ' +
  'chicago houston dallas seattle denver boston atlanta miami detroit philadelphia baltimore nashville sacramento brooklyn manhattan honolulu ' +
  'orlando tampa austin portland minneapolis pittsburgh cleveland cincinnati raleigh memphis tucson albuquerque anchorage milwaukee ' +
  'lisbon porto madrid barcelona malaga seville valencia alicante tenerife lanzarote majorca mallorca ibiza benidorm faro paris lyon marseille bordeaux ' +
  'berlin munich frankfurt hamburg amsterdam rotterdam brussels prague vienna budapest warsaw krakow rome milan venice naples athens crete corfu ' +
  'rhodes istanbul dubai doha cancun bali bangkok phuket tokyo delhi mumbai ' +
  'gatwick heathrow stansted schiphol';

/** Brands and models people name what they bought by, with the brand's own spelling where it has one. */
const BRANDS =
  'toyota honda nissan mazda subaru suzuki mitsubishi hyundai kia volkswagen audi bmw=BMW mercedes porsche volvo peugeot renault citroen citroën fiat skoda škoda vauxhall opel chevrolet chevy gmc=GMC cadillac chrysler lexus tesla landrover ' +
  'corolla camry prius yaris rav4=RAV4 silverado tacoma qashqai ' +
  'samsung sony panasonic philips bosch miele siemens hotpoint beko zanussi indesit smeg dyson kenwood delonghi nespresso sonos lg=LG hp=HP dell lenovo asus ' +
  'iphone=iPhone ipad=iPad macbook=MacBook imac=iMac airpods=AirPods playstation=PlayStation xbox=Xbox nintendo fitbit garmin gopro=GoPro ' +
  'ikea=IKEA argos currys amazon ebay=eBay paypal=PayPal netflix spotify airbnb=Airbnb ryanair=Ryanair easyjet=easyJet ' +
  'upvc=uPVC parcelforce dpd=DPD dhl=DHL fedex=FedEx usps=USPS evri purolator fastway aramex tnt=TNT';

/** Short names typed in small letters: "in the uk", "my gp". */
const INITIALS = 'uk usa eu uae nhs gp hmrc dvla ux hvac diy bbq tv suv usb hdmi gps atm dvd mot sms mms pnr gst hst rcd rcbo mcb gfci ecu ssd hdd cctv';

const PLACES = new Set(`${COUNTRIES} ${PEOPLES_AND_LANGUAGES} ${REGIONS} ${CITIES}`.split(' '));
/** A brand typed in small letters, as the brand writes itself ("iphone" -> "iPhone", "lg" -> "LG", "toyota" -> "Toyota"). */
const BRAND_SPELLING = new Map(
  BRANDS.split(' ').map((entry) => {
    const [typed, written] = entry.split('=') as [string, string | undefined];
    return [typed, written ?? typed.charAt(0).toUpperCase() + typed.slice(1)];
  }),
);
const INITIALS_SET = new Set(INITIALS.split(' '));

/** A brand's own spelling of a word typed in small letters ("ikea" -> "IKEA", "easyjet" -> "easyJet"), if it is one. */
export function brandSpelling(word: string): string | undefined {
  return BRAND_SPELLING.get(word);
}

/** Names of two or three words, by their first word: "new york", "sri lanka", "northern ireland". */
const LONGER_NAMES =
  'new york|new zealand|new mexico|new hampshire|new orleans|new brunswick|new south wales|nova scotia|british columbia|' +
  'south africa|south korea|north korea|northern ireland|sri lanka|costa rica|saudi arabia|united states|united kingdom|united arab emirates|' +
  'czech republic|dominican republic|hong kong|puerto rico|el salvador|great britain|los angeles|san francisco|san diego|san jose|las vegas|' +
  'gold coast|rhode island|north carolina|south carolina|north dakota|south dakota|west virginia|west midlands|isle of man|isle of wight|milton keynes|' +
  'costa del sol|gran canaria|fuerteventura|san antonio|' +
  // Couriers and post offices of more than one word.
  'royal mail|royal mail tracked|royal mail special delivery|an post|canada post|australia post|nz post=NZ Post|new zealand post|' +
  // A phone's features and a maker's services, named with the maker's capitals.
  'face id=Face ID|touch id=Touch ID|true tone=True Tone|apple pay=Apple Pay|apple id=Apple ID|apple store=Apple Store|apple support=Apple Support|' +
  'apple screen=Apple screen|apple screens=Apple screens|apple part=Apple part|apple parts=Apple parts|apple battery=Apple battery|apple charger=Apple charger|genuine apple=genuine Apple|' +
  // Lights and screens by their letters ("led lights"; "led" alone is the verb).
  'led light=LED light|led lights=LED lights|led bulb=LED bulb|led bulbs=LED bulbs|led strip=LED strip|led strips=LED strips|led tv=LED TV|led screen=LED screen|led downlights=LED downlights|led downlight=LED downlight|' +
  'apple watch=Apple Watch|apple tv=Apple TV|apple music=Apple Music|apple care=AppleCare|applecare=AppleCare|google pay=Google Pay|google pixel=Google Pixel|samsung pay=Samsung Pay|galaxy watch=Galaxy Watch';

/** Names of several words by their first word ("new" -> ["new york", "new zealand", …]): looked up word by word, as this runs on every answer. */
const LONGER_BY_FIRST = new Map<string, string[]>();
/** Names of several words with a spelling of their own ("nz post" -> "NZ Post"). */
const LONGER_SPELLING = new Map<string, string>();
for (const entry of LONGER_NAMES.split('|')) {
  const [name, spelling] = entry.split('=') as [string, string | undefined];
  const first = name.split(' ')[0]!;
  LONGER_BY_FIRST.set(first, [...(LONGER_BY_FIRST.get(first) ?? []), name]);
  if (spelling !== undefined) LONGER_SPELLING.set(name, spelling);
}

/**
 * Cars by their maker: a model typed after its maker ("ford escape", "toyota hilux", "vw golf")
 * is the model's name, and takes capitals with the maker; alone, "escape" and "golf" are words.
 * A maker that is an everyday word too ("ford", "mini", "jeep") is the maker only before one of
 * its models or after a model year ("2019 ford").
 */
const MAKERS_AND_MODELS: Readonly<Record<string, string>> = {
  ford: 'fiesta focus escape ranger mustang explorer transit kuga puma mondeo fusion edge bronco expedition maverick galaxy f-150=F-150',
  honda: 'civic accord jazz pilot odyssey fit cr-v=CR-V crv=CR-V hr-v=HR-V',
  toyota: 'corolla camry prius yaris hilux highlander tacoma tundra sienna aygo rav4=RAV4 c-hr=C-HR',
  nissan: 'qashqai juke micra leaf altima rogue sentra navara x-trail=X-Trail',
  hyundai: 'tucson elantra kona ioniq i10 i20 i30',
  kia: 'sportage picanto ceed rio sorento niro soul',
  volkswagen: 'golf polo passat tiguan jetta beetle touran',
  vw: 'golf polo passat tiguan jetta beetle touran',
  vauxhall: 'corsa astra insignia mokka zafira',
  chevrolet: 'silverado malibu equinox cruze tahoe camaro',
  chevy: 'silverado malibu equinox cruze tahoe camaro',
  subaru: 'outback forester impreza',
  mini: 'cooper countryman',
  jeep: 'wrangler cherokee compass',
  dodge: 'charger challenger durango',
  skoda: 'octavia fabia kodiaq',
  renault: 'clio megane captur',
  fiat: 'panda punto',
  mazda: 'cx-5=CX-5 cx5=CX-5',
};
/** Makers that are everyday words as well. */
const MAKER_WORDS = new Set(['ford', 'mini', 'jeep', 'dodge', 'vw']);
const MAKER_SPELLING: Readonly<Record<string, string>> = { vw: 'VW' };
const MODELS = new Map(
  Object.entries(MAKERS_AND_MODELS).map(([maker, models]) => [
    maker,
    new Map(models.split(' ').map((entry) => {
      const [typed, written] = entry.split('=') as [string, string | undefined];
      return [typed, written ?? typed.charAt(0).toUpperCase() + typed.slice(1)];
    })),
  ]),
);
const MODEL_AFTER = /^\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)?)(?![\w@/\\-])/;
const YEAR_BEFORE = /\b(?:19[5-9]\d|20[0-4]\d)\s+$/;

/**
 * Airports by their codes, typed in small letters on a route ("flights syd to mel", "lhr-jfk"):
 * only the codes no English word shares ("man", "mad", "sin", "lax" are left out).
 */
const AIRPORTS = new Set(
  ('syd mel bne adl cbr ool akl wlg chc zqn lhr lgw stn ltn edi gla bhx bfs dub ork snn jfk sfo yyz yvr yul yyc yeg bos mia atl dfw ' +
    'mco ewr iad phx bcn lis cdg ams fra muc dxb hkg nrt hnd bkk dps fco ath ist agp alc pmi tfs lpa fao nce').split(' '),
);
/** A route of two airports: "syd to mel", "lhr-jfk", "dub > lis". */
const ROUTE = /(?<![\w@./\\-])([a-z]{3})(\s*(?:-|–|>|->|to|\/)\s*)([a-z]{3})(?![\w@/\\-])/g;
/** Words that make a route of codes a flight's. */
const FLIGHT_WORDS = /\b(?:fl(?:y|ew|ying|ights?)|airport|airline|plane|return|one[- ]way|layover|connection|depart(?:ed|ure)?|land(?:ed|ing)|boarding|check[- ]in|gate)\b/i;

function withAirportCodes(text: string): string {
  if (!FLIGHT_WORDS.test(text)) return text;
  return text.replace(ROUTE, (found, from: string, between: string, to: string) => (AIRPORTS.has(from) && AIRPORTS.has(to) ? from.toUpperCase() + between + to.toUpperCase() : found));
}
/** A word that may be a place: small letters, not part of an address, a file or a web name. */
const WORD = /(?<![\w@./\\-])[a-z]+(?![\w@/\\-]|\.\w|['’](?!s\b))/g;

const capitalWords = (name: string) => name.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/ Of /g, ' of ').replace(/ Del /g, ' del ');

/** The text with the places, peoples, languages and brands it names in small letters given their capitals. */
export function withProperNameCapitals(typed: string): string {
  const text = typed.includes(' ') || typed.includes('-') ? withAirportCodes(typed) : typed;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (at < from) continue;
    // A name of several words ("new york"): the longest that the text goes on with, as a whole word.
    const longer = LONGER_BY_FIRST.get(word)?.filter((name) => text.startsWith(name, at) && !/[\w@/\\-]/.test(text.charAt(at + name.length))).sort((a, b) => b.length - a.length)[0];
    const models = MODELS.get(word);
    if (models !== undefined && longer === undefined) {
      const next = MODEL_AFTER.exec(text.slice(at + word.length));
      const model = next ? models.get(next[1]!) : undefined;
      if (model !== undefined || !MAKER_WORDS.has(word) || YEAR_BEFORE.test(text.slice(Math.max(0, at - 6), at))) {
        const maker = MAKER_SPELLING[word] ?? BRAND_SPELLING.get(word) ?? capitalWords(word);
        out += text.slice(from, at) + maker + (model !== undefined ? next![0].slice(0, next![0].length - next![1]!.length) + model : '');
        from = at + word.length + (model !== undefined ? next![0].length : 0);
      }
      continue;
    }
    const written = longer ? (LONGER_SPELLING.get(longer) ?? capitalWords(longer)) : PLACES.has(word) ? capitalWords(word) : INITIALS_SET.has(word) ? word.toUpperCase() : BRAND_SPELLING.get(word);
    if (written === undefined) continue;
    out += text.slice(from, at) + written;
    from = at + (longer ?? word).length;
  }
  return from === 0 ? text : out + text.slice(from);
}
