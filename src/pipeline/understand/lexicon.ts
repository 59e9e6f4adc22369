/**
 * Generic English word lists the name finder and typer rely on. None of them names a person,
 * organisation or place from any article: they are cue words ("Bank", "University", "river"),
 * titles and function words, the kind of resource every rule-based tagger carries.
 */
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Capitalised at the start of a sentence only because of their position: never names. */
export const FUNCTION_WORDS = words(`
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
  should can could may might must let yes ok okay oh well like unlike including speaking asked
  once twice already often sometimes always never soon later earlier today yesterday tomorrow tonight
  there's it's that's here's what's how's who's let's don't didn't can't won't isn't aren't wasn't
  whatever whoever wherever whenever dear please thanks thank sorry hello
  upon via per amid amidst toward towards beside besides inside outside throughout along alongside
  up down out off away back again ever
`);

/** Name particles written in lower case inside names ("de la Fuente", "van der Berg"). */
export const PARTICLES = words(
  'de la le del della da das do dos du di van von der den ter al el bin ibn y zu los las',
);

/** Titles and honorifics: kept out of the canonical name, recorded in the alias surface form. */
export const TITLES = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle herr frau sr sra
  president vice prime minister secretary chancellor premier governor gov senator sen representative
  rep congressman congresswoman councillor councilor alderman mayor judge justice magistrate
  king queen prince princess emperor empress sheikh sultan emir pope cardinal bishop archbishop
  rev reverend father sister brother rabbi imam ayatollah general gen colonel col captain capt
  lieutenant lt sergeant sgt major admiral commander cmdr marshal officer detective inspector
  chief superintendent constable coach manager chairman chairwoman chairperson chair director
  ambassador envoy commissioner attorney prosecutor sheriff deputy speaker leader founder
  substitute striker goalkeeper defender midfielder forward captain skipper veteran coach
  ceo cfo coo mp mep dj former acting interim outgoing incoming boss majority minority whip
  advocate executive
`);

/**
 * Portfolio words that qualify a title ("Foreign Minister", "Finance Secretary", "Chief Operating
 * Officer"): before a title they belong to it, not to the name that follows.
 */
export const TITLE_QUALIFIERS = words(`
  foreign finance defence defense interior home health justice education culture trade economy
  economic energy environment transport agriculture labour labor treasury digital housing
  communications technology operating financial technical medical creative commercial
  managing editorial sports sport cabinet shadow junior senior assistant associate lead
`);

/** Feminine and masculine titles give a person a grammatical gender for pronoun matching. */
export const FEMALE_TITLES = words(
  'mrs ms miss dame lady madam mme mlle frau sra queen princess empress sister congresswoman chairwoman',
);
export const MALE_TITLES = words(
  'mr sir lord herr sr king prince emperor father brother congressman chairman sheikh sultan emir',
);

/** Gendered role nouns: "her husband, Pedro Ruiz" is a man, "Ana Ruiz, his widow," a woman. */
export const FEMALE_ROLES = words(`
  wife mother daughter sister aunt niece grandmother granddaughter widow girlfriend spokeswoman
  chairwoman businesswoman congresswoman councilwoman alderwoman actress stepmother stepdaughter
`);
export const MALE_ROLES = words(`
  husband father son brother uncle nephew grandfather grandson widower boyfriend spokesman
  chairman businessman congressman councilman alderman stepfather stepson
`);

/** Role nouns in appositions ("Ana Ruiz, a lawyer"; "the chief executive, Mark Lee") mark a person. */
export const PERSON_ROLES = words(`
  lawyer attorney prosecutor judge juror witness spokesperson spokesman spokeswoman official
  executive chief director manager chairman chairwoman president minister secretary economist
  analyst researcher scientist professor lecturer teacher student doctor nurse surgeon engineer
  architect ecologist entomologist biologist historian author writer novelist poet playwright journalist
  reporter editor photographer actor actress singer musician artist designer founder owner
  farmer herder trader worker driver pilot soldier officer commander activist campaigner
  councillor councilor mayor governor senator lawmaker legislator mp diplomat ambassador envoy
  coach player striker winger forward fullback full-back glaciologist geologist climatologist
  economist meteorologist captain goalkeeper midfielder defender footballer athlete runner
  resident homeowner victim survivor mother father son daughter wife husband sister brother
  widow partner chef consultant adviser advisor strategist negotiator investigator detective
  inspector officer constable sheriff priest pastor bishop imam rabbi member leader organiser
  organizer volunteer protester veteran expert specialist academic curator director-general
  pensioner retiree entrepreneur investor banker broker accountant contractor builder landlord
  tenant shopkeeper owner-operator boss head deputy commissioner counterpart colleague
  clerk barrister solicitor registrar magistrate coroner auditor treasurer caretaker midwife
  paramedic firefighter principal headteacher headmaster coordinator co-founder cofounder keeper
  alderman alderwoman councilman councilwoman beekeeper grandmother grandfather granddaughter
  grandson niece nephew uncle aunt cousin fan supporter voter candidate nominee challenger
  incumbent opponent manager spokesperson chairs trustee patron donor graduate pupil advocate
  counsel
`);

/** A role noun from the list or by its suffix ("pharmacist", "paediatrician", "epidemiologist"). */
export function isPersonRole(word: string): boolean {
  return (
    PERSON_ROLES.has(word) ||
    (word.length > 6 && /(?:ist|ician|ologist|grapher)$/.test(word) && !/(?:sist|xist)$/.test(word))
  );
}

/** Last words that make a name an organisation. */
export const ORG_HEADS = words(`
  inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc gmbh ag sa nv bv group
  limited llp lp pty spa srl sarl asa oyj bhd pte kk lda ltda kft oy a/s international worldwide
  holdings partners capital ventures investments securities bank banks bancorp fund funds trust
  insurance assurance airlines airways air motors automotive energy power oil gas petroleum
  mining steel foods pharmaceuticals pharma therapeutics biotech labs laboratories systems
  semiconductor semiconductors electronics chemicals robotics aerospace instruments materials
  minerals metals resources textiles biologics devices electricity utilities genomics
  genetics diagnostics
  technologies technology software networks telecom communications media entertainment studios
  pictures records publishing press news times post journal herald tribune gazette telegraph
  guardian observer chronicle courier wire review magazine broadcasting radio television tv
  sentinel inquirer enquirer dispatch examiner bulletin advertiser newsletter digest brief
  laboratory survey observatory agency analytics consulting logistics freight shipping transport railways railway rail loans lending
  finance financial industries manufacturing solutions services retail stores brands
  university college school academy institute institutes institution foundation society association
  alliance federation union league council committee commission authority agency board bureau
  office department ministry directorate directorate-general division administration service
  services police army navy
  force forces guard corps command court tribunal parliament congress senate assembly
  cabinet government treasury party democrats republicans conservatives liberals
  socialists greens labour coalition movement front organisation organization network
  centre center hospital clinic church mosque synagogue museum library orchestra opera ballet
  club fc united rovers rangers athletic athletics wanderers ladies women city-fc sporting
  team cartel gang brigade militia regiment exchange market markets house
  programme program project initiative secretariat observatory registry charity
  group's
  institutet universitet universidad universidade université universität universitat hochschule
  instituto institut fundación fundacion fundação fondation stiftung stichting asociación
  asociacion federación federacion junta ayuntamiento consejo conselho conseil ministerio
  ministère comisión comision comissão
`);

/**
 * Two-word endings that make an organisation where the last word alone does not: "Reserve" is a
 * place's head ("Basin Reserve", "Kruger Game Reserve") and "Cross" a place's ("Southern Cross"),
 * but "Federal Reserve" and "Red Cross" are organisations.
 */
const ORG_ENDINGS = /(?:^|\s)(?:Federal\s+Reserve|Red\s+Cross|Red\s+Crescent)$/;

export function endsInOrgPhrase(name: string): boolean {
  return ORG_ENDINGS.test(name);
}

/** An organisation head, written with or without dots ("S.A.", "B.V.", "Ltd."). */
export function isOrgHead(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_HEADS.has(lower) || ORG_HEADS.has(lower.replace(/\./g, ''));
}

/** Legal forms that a later mention may drop: "Pennine Rail Ltd" is also "Pennine Rail". */
export const LEGAL_FORMS = words(`
  inc corp co ltd llc plc gmbh ag sa nv bv limited llp lp pty spa srl sarl asa oyj bhd pte kk
  lda ltda kft oy a/s
`);

/** Last words that make a name a place (geographic features, admin units, venues). */
export const PLACE_HEADS = words(`
  shelf glacier sheet river lake sea ocean bay gulf strait channel island islands isle peninsula mountain mountains
  mount hills hill valley desert forest coast beach canyon falls glacier plain plains plateau
  delta basin county province state region district territory prefecture canton oblast
  republic kingdom emirates city town village borough parish municipality shire
  street road avenue boulevard lane square plaza park gardens bridge airport station port harbour
  harbor stadium stadion arena theatre theater playhouse hall palace castle cathedral tower
  centre-court prairie mainland wetlands headland cove reef
  steppe highlands lowlands uplands reserve creek brook canal drive highway parkway freeway
  motorway cemetery
`);

/** Names that are works, laws and events rather than actors. */
export const OTHER_HEADS = words(`
  convention treaty accord agreement protocol act bill law charter declaration directive
  award awards prize cup championship championships olympics games festival summit conference
  expo biennale war crisis pandemic plan strategy
`);

/** A prefix word ("Department for Transport", "University of Lodz") that opens a name with "of"/"for". */
export const OF_HEADS = words(`
  university college school institute department ministry office bank court board council
  commission committee authority agency bureau fund trust federation association union league
  society academy museum church house chamber republic kingdom state states province horn gulf
  region county district municipality director
  bay cape isle strait sea duchy city port bureau secretary organization organisation
  intergovernmental federal national international world institutes division directorate
  directorate-general centre center centres centers
`);

/** Acronyms that are common nouns, not named things. */
export const COMMON_ACRONYMS = words(`
  AI CEO CFO COO CTO GDP LED LEDS TV PC DNA RNA HIV AIDS COVID IT PR HR IPO ETF EV EVs SUV VAR NFT API
  URL GPS ID VIP OK UFO UV VAT ATM PHD MBA USB CCTV FAQ PDF DIY NGO NGOS CO2 PM AM BC AD FM GMT UTC
  EST PST BST CET GP GPS Q1 Q2 Q3 Q4 H1 H2 MP MPS MEP MEPS VC A I AGM LNG LPG
  USD EUR GBP CHF JPY CNY RMB AUD CAD NZD SEK NOK DKK PLN CZK HUF INR ZAR BRL MXN KES NGN GHS TRY
  AED SAR HKD SGD KRW
`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
/** Month abbreviations as news styles write them ("Jan.", "Sept."): dates, and not sentence ends. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
export const CALENDAR_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...MONTH_ABBREVIATIONS,
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'christmas',
  'easter',
  'ramadan',
]);
