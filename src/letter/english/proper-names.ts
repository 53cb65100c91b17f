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
  'toronto vancouver montreal ottawa calgary edmonton winnipeg halifax ' +
  'chicago houston dallas seattle denver boston atlanta miami detroit philadelphia baltimore nashville sacramento brooklyn manhattan honolulu ' +
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
  'ikea=IKEA argos currys amazon ebay=eBay paypal=PayPal netflix spotify airbnb=Airbnb ryanair=Ryanair easyjet=easyJet';

/** Short names typed in small letters: "in the uk", "my gp". */
const INITIALS = 'uk usa eu uae nhs gp hmrc dvla ux hvac diy bbq tv suv usb hdmi gps atm dvd mot sms mms pnr gst hst';

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
  'costa del sol|gran canaria|fuerteventura';

/** Names of several words by their first word ("new" -> ["new york", "new zealand", …]): looked up word by word, as this runs on every answer. */
const LONGER_BY_FIRST = new Map<string, string[]>();
for (const name of LONGER_NAMES.split('|')) {
  const first = name.split(' ')[0]!;
  LONGER_BY_FIRST.set(first, [...(LONGER_BY_FIRST.get(first) ?? []), name]);
}
/** A word that may be a place: small letters, not part of an address, a file or a web name. */
const WORD = /(?<![\w@./\\-])[a-z]+(?![\w@/\\-]|\.\w|['’](?!s\b))/g;

const capitalWords = (name: string) => name.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/ Of /g, ' of ').replace(/ Del /g, ' del ');

/** The text with the places, peoples, languages and brands it names in small letters given their capitals. */
export function withProperNameCapitals(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (at < from) continue;
    // A name of several words ("new york"): the longest that the text goes on with, as a whole word.
    const longer = LONGER_BY_FIRST.get(word)?.filter((name) => text.startsWith(name, at) && !/[\w@/\\-]/.test(text.charAt(at + name.length))).sort((a, b) => b.length - a.length)[0];
    const written = longer ? capitalWords(longer) : PLACES.has(word) ? capitalWords(word) : INITIALS_SET.has(word) ? word.toUpperCase() : BRAND_SPELLING.get(word);
    if (written === undefined) continue;
    out += text.slice(from, at) + written;
    from = at + (longer ?? word).length;
  }
  return from === 0 ? text : out + text.slice(from);
}
