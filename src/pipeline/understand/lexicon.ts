/**
 * Generic English word lists the name finder and typer rely on. None of them names a person,
 * organisation or place from any article: they are cue words ("Bank", "University", "river"),
 * titles and function words, the kind of resource every rule-based tagger carries. Titles,
 * role nouns, organisation heads and calendar words, under the same rule, have files of their own
 * (titles.ts, person-roles.ts, org-heads.ts, calendar-words.ts).
 */
import { wordSet } from './word-set.ts';

/** Capitalised at the start of a sentence only because of their position: never names. */
export const FUNCTION_WORDS = wordSet(`
  a an the this that these those it its he she they we i you his her hers their theirs our ours my your
  him them us me who whom whose what which where when why how whether while whilst if unless though
  although because since until till as so but and or nor yet for of in on at by to from with without
  into onto over under after before during between among against about above below across through
  around near beyond within despite according also even only still just then now here there thus
  however meanwhile instead moreover furthermore nevertheless nonetheless otherwise indeed perhaps
  probably possibly maybe certainly clearly finally first second third last next another other
  such some any many most much more less few several both each every all no not none nobody nothing
  everyone everybody everything someone something anyone anything one two three four five six seven
  eight nine ten is are was were be been being am do does did done has have had will would shall
  should can could may might must let yes ok okay well like unlike including speaking asked
  once twice already often sometimes always never soon later earlier today yesterday tomorrow tonight
  there's it's that's here's what's how's who's let's don't didn't can't won't isn't aren't wasn't
  i'm i've i'll i'd i’m i’ve i’ll i’d
  whatever whoever wherever whenever dear please thanks thank sorry hello
  upon via per amid amidst toward towards beside besides inside outside throughout along alongside
  up down out off away back again ever
`);

/** Name particles written in lower case inside names ("de la Fuente", "van der Berg"). */
export const PARTICLES = wordSet(
  'de la le les des del della da das do dos du di van von der den ter al el bin binti bint anak ibn y zu los las für und voor het zur zum og och ap',
);

/** Last words that make a name a place (geographic features, admin units, venues). */
export const PLACE_HEADS = wordSet(`
  shelf glacier sheet river lake sea ocean bay gulf strait channel island islands isle peninsula mountain mountains
  mount hills hill valley desert forest coast beach canyon falls glacier plain plains plateau
  delta basin county province state region district territory prefecture canton oblast
  republic kingdom emirates city town village borough parish municipality shire
  street road avenue boulevard lane square plaza park gardens bridge airport station port harbour
  harbor stadium stadion arena theatre theater playhouse hall palace castle cathedral tower
  centre-court prairie mainland wetlands headland cove reef
  steppe highlands lowlands uplands reserve creek brook canal drive highway parkway freeway
  motorway cemetery springs heights sands flats meadows narrows dam reservoir weir levee fields
  himal
`);

/** Names that are works, laws and events rather than actors. */
export const OTHER_HEADS = wordSet(`
  convention treaty accord agreement protocol act bill law charter declaration directive
  award awards prize cup championship championships olympics games festival summit conference
  expo biennale war crisis pandemic plan strategy fire wildfire blaze marathon triathlon regatta
  payment allowance scheme benefit
  tournament open
`);

/** A prefix word ("Department for Transport", "University of Lodz") that opens a name with "of"/"for". */
export const OF_HEADS = wordSet(`
  university college school institute department ministry office bank court board council
  commission committee authority agency bureau fund trust federation association union league
  society academy museum church house chamber republic kingdom state states province horn gulf
  region county district municipality director
  bay cape isle strait sea duchy city port bureau secretary organization organisation
  intergovernmental federal national international world institutes division directorate
  directorate-general centre center centres centers corps journal annals proceedings diocese archdiocese
  friends
`);

/** Acronyms that are common nouns, not named things. */
export const COMMON_ACRONYMS = wordSet(`
  AI CEO CFO COO CTO GDP LED LEDS TV PC DNA RNA HIV AIDS COVID IT PR HR IPO ETF EV EVs SUV VAR NFT API
  URL GPS ID VIP OK UFO UV VAT ATM PHD MBA USB CCTV FAQ PDF DIY NGO NGOS CO2 PM AM BC AD FM GMT UTC
  EST PST BST CET CEST EDT CDT MDT PDT IST JST KST WIB WITA AEST AEDT SAST EAT WAT HKT SGT GP GPS Q1 Q2 Q3 Q4 H1 H2 MP MPS MEP MEPS VC A I AGM LNG LPG EP LP PET SME SMES
  USD EUR GBP CHF JPY CNY RMB AUD CAD NZD SEK NOK DKK PLN CZK HUF INR ZAR BRL MXN KES NGN GHS TRY
  AED SAR HKD SGD KRW
`);
