import { wordSet } from './word-set.ts';

/** Gendered role nouns: "her husband, Pedro Ruiz" is a man, "Ana Ruiz, his widow," a woman. */
export const FEMALE_ROLES = wordSet(`
  wife mother daughter sister aunt niece grandmother granddaughter widow girlfriend spokeswoman
  chairwoman businesswoman congresswoman councilwoman alderwoman actress stepmother stepdaughter
`);
export const MALE_ROLES = wordSet(`
  husband father son brother uncle nephew grandfather grandson widower boyfriend spokesman
  chairman businessman congressman councilman alderman stepfather stepson
`);

/** Role nouns in appositions ("Ana Ruiz, a lawyer"; "the chief executive, Mark Lee") mark a person. */
export const PERSON_ROLES = wordSet(`
  neighbour neighbor olympian paralympian villager commuter
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
