import { DEMONYMS } from './demonym-words.ts';

/**
 * Well-known countries, capitals, large cities and regions, plus the short forms that name them
 * ("U.S.", "UK"). A generic world gazetteer, not a list of any article's places: a name found here
 * is typed as a place with confidence, and its short forms merge into one canonical entity.
 */
const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|
Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|
Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|
Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|
Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|
Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|
Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|
Hong Kong|Macau|Gaza|West Bank|Crimea|Tibet|Kashmir|Catalonia|Flanders|Bavaria|Quebec|Ontario|Alberta|
British Columbia|Siberia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Labrador|
Prince Edward Island|Yukon|Nunavut|Northwest Territories|New South Wales|Queensland|Tasmania|
South Australia|Western Australia|Northern Territory|Australian Capital Territory`;

const CITIES = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Dhaka|Minsk|
Brussels|La Paz|Sarajevo|Brasilia|Brasília|Rio de Janeiro|São Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|
Vancouver|Santiago|Beijing|Shanghai|Shenzhen|Guangzhou|Bogotá|Bogota|Kinshasa|Zagreb|Havana|Nicosia|Prague|
Copenhagen|Cairo|Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|Munich|Frankfurt|Hamburg|
Cologne|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bangalore|Kolkata|Chennai|Jakarta|Tehran|
Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Naples|Tokyo|Osaka|Amman|Astana|Nairobi|Mombasa|Pristina|
Kuwait City|Bishkek|Riga|Beirut|Tripoli|Vilnius|Luxembourg City|Kuala Lumpur|Bamako|Valletta|Mexico City|
Chisinau|Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Yangon|Windhoek|Kathmandu|Amsterdam|Rotterdam|
The Hague|Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|
Lahore|Panama City|Asunción|Lima|Manila|Warsaw|Lisbon|Porto|Doha|Bucharest|Moscow|St Petersburg|Kigali|
Riyadh|Jeddah|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|
Seoul|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Taipei|Dushanbe|
Dar es Salaam|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Manchester|
Birmingham|Liverpool|Edinburgh|Glasgow|Cardiff|Belfast|Washington|New York|New York City|Los Angeles|
Chicago|Houston|Philadelphia|Phoenix|San Francisco|Seattle|Boston|Miami|Atlanta|Dallas|Denver|Detroit|
Las Vegas|New Orleans|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Singapore|
Hong Kong|Silicon Valley|Wall Street|Brooklyn|Manhattan|Gaza City|Ramallah|Kharkiv|Odesa|Lviv`;

const REGIONS = `Europe|Africa|Asia|North America|South America|Latin America|Central America|Middle East|
Oceania|Antarctica|Arctic|Antarctic|Atlantic|Pacific|Indian Ocean|Caribbean|Mediterranean|Balkans|
Scandinavia|Sahel|Sahara|Horn of Africa|Gulf|Persian Gulf|Red Sea|Black Sea|Baltic|Baltic Sea|
North Sea|South China Sea|East Asia|Southeast Asia|South Asia|Central Asia|Eastern Europe|Western Europe|
Sub-Saharan Africa|West Africa|East Africa|Southern Africa|North Africa|Amazon|Himalayas|Alps|Andes|
Balkan|Caucasus|Levant|Korean Peninsula|Thames|Clyde|Seine|Rhine|Danube|Loire|Rhône|Elbe|Vistula|Volga|
Nile|Zambezi|Yangtze|Ganges|Tigris|Euphrates|Liffey|Tyne|Mersey|Potomac`;

/**
 * US cities of about 250,000 people or more, and the largest Canadian and Australian cities,
 * leaving out those that are also common first names or surnames ("Henderson", "Madison",
 * "Lincoln", "Aurora", "Durham", "Hamilton", "Regina", "Adelaide", "Darwin"): a gazetteer hit
 * overrides the text's evidence, so a surname must not be one.
 */
const MORE_CITIES = `San Antonio|San Diego|Jacksonville|Fort Worth|San Jose|Austin|Charlotte|Columbus|
Indianapolis|Oklahoma City|Nashville|El Paso|Louisville|Memphis|Baltimore|Milwaukee|Albuquerque|
Tucson|Fresno|Sacramento|Kansas City|Colorado Springs|Omaha|Raleigh|Virginia Beach|Long Beach|
Oakland|Minneapolis|Bakersfield|Tulsa|Tampa|Wichita|Cleveland|Honolulu|Anaheim|Orlando|Stockton|
Corpus Christi|Newark|Santa Ana|Cincinnati|Pittsburgh|Saint Paul|St. Louis|St Louis|Greensboro|
Anchorage|Jersey City|Chula Vista|Toledo|Fort Wayne|Lubbock|Laredo|Chesapeake|Scottsdale|Boise|
Spokane|Baton Rouge|Des Moines|Salt Lake City|Sioux Falls|Little Rock|Tallahassee|Grand Rapids|
Knoxville|Providence|Calgary|Edmonton|Winnipeg|Saskatoon|Quebec City|Mississauga|Brampton|
Brisbane|Perth|Hobart|Gold Coast|Geelong|Townsville|Wollongong`;

/** Other European cities of about 150,000 people or more, and large cities elsewhere. */
const EUROPEAN_CITIES = `Seville|Sevilla|Valencia|Málaga|Zaragoza|Bilbao|Murcia|Palma|Las Palmas|Alicante|Córdoba|
Valladolid|Vigo|Gijón|Granada|Cádiz|San Sebastián|Pamplona|Santander|Salamanca|Kraków|Krakow|Gdańsk|
Gdansk|Wrocław|Wroclaw|Poznań|Poznan|Łódź|Lodz|Szczecin|Lublin|Katowice|Bergen|Trondheim|Stavanger|
Tromsø|Gothenburg|Göteborg|Malmö|Uppsala|Aarhus|Odense|Aalborg|Tampere|Turku|Espoo|Antwerp|Ghent|Gent|
Bruges|Liège|Charleroi|Utrecht|Eindhoven|Groningen|Tilburg|Haarlem|Leiden|Toulouse|Nantes|
Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Grenoble|Turin|Florence|Venice|Bologna|Genoa|Palermo|
Verona|Bari|Catania|Stuttgart|Düsseldorf|Dortmund|Essen|Leipzig|Bremen|Dresden|Hanover|Hannover|
Nuremberg|Bonn|Salzburg|Graz|Linz|Innsbruck|Basel|Lausanne|Lucerne|Thessaloniki|Coimbra|Braga|
Brno|Ostrava|Košice|Cluj-Napoca|Timișoara|Iași|Plovdiv|Rijeka|Novi Sad|Tartu|Kaunas|
Bristol|Leeds|Sheffield|Newcastle|Nottingham|Leicester|Southampton|Portsmouth|Brighton|Plymouth|
Sunderland|Wolverhampton|Coventry|Bradford|Swansea|Aberdeen|Dundee|Inverness|
Galway|Limerick|Waterford|Derry|Reykjavík|Istanbul|Izmir|Antalya|Marrakesh|Fez|Alexandria|
Giza|Durban|Port Elizabeth|Abidjan|Kano|Ibadan|Kumasi|Arusha|Dodoma|Bulawayo|Osaka|Kyoto|Nagoya|
Yokohama|Sapporo|Fukuoka|Busan|Incheon|Chengdu|Wuhan|Chongqing|Tianjin|Xi'an|Hangzhou|Nanjing|
Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Surat|Da Nang|Haiphong|Cebu|Davao|Surabaya|Bandung|Medan|
Chiang Mai|Penang|Johor Bahru|Guadalajara|Monterrey|Tijuana|Puebla|Cancún|Medellín|
Cartagena|Barranquilla|Quito|Guayaquil|Valparaíso|Córdoba|Rosario|Recife|Fortaleza|
Belo Horizonte|Porto Alegre|Curitiba|Manaus|Belém`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|
North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|
Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming`;

/** Short and alternative forms mapped to the canonical name. */
const ALIASES: [string, string][] = [
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['U.S.A.', 'United States'],
  ['USA', 'United States'],
  ['America', 'United States'],
  ['United States of America', 'United States'],
  ['the States', 'United States'],
  ['U.K.', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['U.A.E.', 'United Arab Emirates'],
  ['DRC', 'Congo'],
  ['Democratic Republic of Congo', 'Congo'],
  ['Democratic Republic of the Congo', 'Congo'],
  ['The Netherlands', 'Netherlands'],
  ['Holland', 'Netherlands'],
  ['Russian Federation', 'Russia'],
  ['Côte d’Ivoire', 'Ivory Coast'],
  ["Côte d'Ivoire", 'Ivory Coast'],
  ['Burma', 'Myanmar'],
  ['Türkiye', 'Turkey'],
  ['Viet Nam', 'Vietnam'],
  ['NYC', 'New York City'],
  ['L.A.', 'Los Angeles'],
  ['Washington, D.C.', 'Washington'],
  ['Washington D.C.', 'Washington'],
  ['D.C.', 'Washington'],
  ['B.C.', 'British Columbia'],
  ['NSW', 'New South Wales'],
  ['Kiev', 'Kyiv'],
  ['Bogota', 'Bogotá'],
  ['Brasilia', 'Brasília'],
  ['Persian Gulf', 'Gulf'],
  // AP-style state abbreviations, as written after a city ("Baton Rouge, La.").
  ...([
    ['Ala.', 'Alabama'],
    ['Ariz.', 'Arizona'],
    ['Ark.', 'Arkansas'],
    ['Calif.', 'California'],
    ['Colo.', 'Colorado'],
    ['Conn.', 'Connecticut'],
    ['Del.', 'Delaware'],
    ['Fla.', 'Florida'],
    ['Ga.', 'Georgia'],
    ['Ill.', 'Illinois'],
    ['Ind.', 'Indiana'],
    ['Kan.', 'Kansas'],
    ['Ky.', 'Kentucky'],
    ['La.', 'Louisiana'],
    ['Md.', 'Maryland'],
    ['Mass.', 'Massachusetts'],
    ['Mich.', 'Michigan'],
    ['Minn.', 'Minnesota'],
    ['Miss.', 'Mississippi'],
    ['Mo.', 'Missouri'],
    ['Mont.', 'Montana'],
    ['Neb.', 'Nebraska'],
    ['Nev.', 'Nevada'],
    ['Okla.', 'Oklahoma'],
    ['Ore.', 'Oregon'],
    ['Pa.', 'Pennsylvania'],
    ['Tenn.', 'Tennessee'],
    ['Tex.', 'Texas'],
    ['Va.', 'Virginia'],
    ['Vt.', 'Vermont'],
    ['Wash.', 'Washington'],
    ['Wis.', 'Wisconsin'],
    ['Wyo.', 'Wyoming'],
  ] as [string, string][]),
];

const split = (list: string) =>
  list
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** Lower-cased surface form (without a leading "the") → canonical place name. */
export const PLACE_NAMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const name of [
    ...split(COUNTRIES),
    ...split(CITIES),
    ...split(REGIONS),
    ...split(US_STATES),
    ...split(MORE_CITIES),
    ...split(EUROPEAN_CITIES),
  ])
    map.set(placeKey(name), name);
  for (const [alias, canonical] of ALIASES) map.set(placeKey(alias), canonical);
  return map;
})();

/** Surface forms that are place acronyms: an all-caps "US" is not an organisation. */
export function placeKey(surface: string): string {
  return (
    surface
      .replace(/^the\s+/i, '')
      .replace(/[’]/g, "'")
      .toLowerCase()
      // "Cádiz" and "Cadiz", "Reykjavík" and "Reykjavik" are one place.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
  );
}

export function lookupPlace(surface: string): string | null {
  return PLACE_NAMES.get(placeKey(surface)) ?? null;
}

/**
 * Demonyms and other adjectives of place ("Mexican", "European"): by the fixtures' convention they
 * are not mentions of the place, and they must not be mistaken for names either.
 */
const DEMONYM_SUFFIX = /(?:an|ean|ian|ese|ish|i|ic|ch)$/;
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  if (DEMONYMS.has(lower)) return true;
  // Plurals and people-nouns: "Icelanders", "Londoners", "Kenyans", "Brazilians".
  const person = /^(.{4,})ers?$/.exec(lower);
  if (person && PLACE_NAMES.has(placeKey(person[1]!))) return true;
  if (/s$/.test(lower) && lower.length > 5 && isDemonym(lower.slice(0, -1))) return true;
  if (!DEMONYM_SUFFIX.test(lower) || PLACE_NAMES.has(lower)) return false;
  // "Kenyan" ← Kenya, "Norwegian" ← Norway: the word starts with the place name less its last letter.
  for (let n = 4; n < lower.length; n++) if (DEMONYM_STEMS.has(lower.slice(0, n))) return true;
  return false;
}

const DEMONYM_STEMS = new Set(
  [...PLACE_NAMES.values()]
    .filter((n) => !/\s/.test(n) && n.length >= 5)
    .map((n) => n.toLowerCase().slice(0, -1)),
);
