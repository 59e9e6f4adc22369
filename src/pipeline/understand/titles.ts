import { wordSet } from './word-set.ts';

/** Titles and honorifics: kept out of the canonical name, recorded in the alias surface form. */
export const TITLES = wordSet(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle herr frau sr sra
  president vice prime minister secretary chancellor premier governor gov senator sen representative
  rep congressman congresswoman councillor councilor cllr coun alderman mayor judge justice magistrate
  king queen prince princess emperor empress sheikh sultan emir pope cardinal bishop archbishop
  rev reverend fr father sister brother rabbi imam ayatollah general gen colonel col captain capt
  lieutenant lt sergeant sgt major admiral commander cmdr marshal officer detective inspector
  chief superintendent constable coach manager chairman chairwoman chairperson chair director
  ambassador envoy commissioner attorney prosecutor sheriff deputy speaker leader founder
  substitute striker goalkeeper defender midfielder forward captain skipper veteran coach
  ceo cfo coo mp mep msp mla mpp mha dj former acting interim outgoing incoming boss majority minority whip
  advocate executive
`);

/**
 * Portfolio words that qualify a title ("Foreign Minister", "Finance Secretary", "Chief Operating
 * Officer"): before a title they belong to it, not to the name that follows.
 */
export const TITLE_QUALIFIERS = wordSet(`
  foreign finance defence defense interior home health justice education culture trade economy
  economic energy environment transport agriculture labour labor treasury digital housing
  communications technology operating financial technical medical creative commercial
  managing editorial sports sport cabinet shadow junior senior assistant associate lead opposition
`);

/** Feminine and masculine titles give a person a grammatical gender for pronoun matching. */
export const FEMALE_TITLES = wordSet(
  'mrs ms miss dame lady madam mme mlle frau sra queen princess empress sister congresswoman chairwoman',
);
export const MALE_TITLES = wordSet(
  'mr sir lord herr sr king prince emperor father brother congressman chairman sheikh sultan emir',
);
