/**
 * Cue words around a name that vote for its type (see typeEvidence): the nouns that describe it,
 * the prepositions and verbs before it, the heads that follow it. Generic English, like lexicon.ts.
 */
/** Nouns that describe an organisation in an apposition or before a name ("the firm Keystone"). */
export const ORG_NOUNS = new Set(
  `company firm group association bank lender club team side chipmaker maker agency body bloc
   partnership charity regulator institution operator union party broadcaster newspaper insurer
   airline carrier retailer startup start-up developer manufacturer producer supplier organisation
   organization network outlet publisher holders champions council ministry department court
   university school hospital fund trust nonprofit non-profit conglomerate giant rival provider
   insurer exchange cooperative co-operative coalition alliance watchdog authority consultancy
   daily weekly tabloid broadsheet
   utility
   journal magazine publication website broadcaster station`.split(/\s+/),
);
export const PLACE_NOUNS = new Set(
  'city town village country region state province capital island port district county municipality suburb neighbourhood neighborhood area ward'.split(
    ' ',
  ),
);
export const LOWER_PLACE_HEADS = new Set(
  'river rivers lake sea coast county counties province provinces region regions ward wards district districts state states island islands valley mountains mountain basin delta border village villages town towns city municipality neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs quarter creek'.split(
    ' ',
  ),
);
export const SPEECH = new Set(
  'said says told tells added adds insisted argued warned wrote explained noted announced confirmed'.split(
    ' ',
  ),
);
export const PLACE_PREPS: Record<string, number> = {
  in: 2,
  near: 2.5,
  across: 2,
  outside: 2,
  throughout: 2,
  around: 1,
  into: 1.5,
  from: 0.8,
  to: 0.8,
  at: 0.8,
  via: 1,
  towards: 1.5,
  toward: 1.5,
};
export const SPORT_VERBS = new Set(
  'beat beats defeated face faces faced against host hosts hosted play plays played edged thrashed drew'.split(
    ' ',
  ),
);
/** "The City of Abbotsford issued orders", "Province of North Holland": the authority, not the land. */
export const ADMIN_UNITS =
  /^(?:province|region|county|district|municipality|prefecture|canton|department|city|town|borough|township|village)$/;
export const COMPASS = new Set(
  'North South East West Northern Southern Eastern Western Upper Lower Greater Central Mid Inner Outer'.split(
    ' ',
  ),
);

/** Verbs whose agent is usually an organisation: "run by", "organised by", "funded by". */
export const RUN_BY =
  /^(?:run|organised|organized|operated|owned|funded|sponsored|published|broadcast|hosted|administered|managed)$/;

/** The connector after a head in Romance-language names ("Junta de Andalucía"). */
export const ROMANCE_OF = /^(?:de|del|della|di|des|du|da|do|dos|das)$/;
