import { foldAccents } from './fold-accents.ts';
import { wordSet } from './word-set.ts';

/** Last words that make a name an organisation. */
const ORG_HEADS = wordSet(`
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
  engineering construction contractors developers architects
  university college school academy institute institutes institution foundation society association
  alliance federation union league council committee commission authority agency board bureau
  chamber friends
  forum fm partnership gallery galleries elementary rfc diocese archdiocese marine lab
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
  ministère comisión comision comissão banco banque museo musée freres fils hermanos irmaos
  fratelli bruder
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

/**
 * "Junta de Andalucía", "Universidad de Chile": Romance and other languages open a name with its
 * head; some heads open a name without "de" ("Domaine Ferrand", "Radio Cóndor", "Grupo Alba",
 * "Universiti Malaya").
 */
const OPENING_HEADS =
  /^(?:Partido|Observatorio|Instituto|Consejo|Movimiento|Frente|Alianza|Unión|Borussia|Sporting|Atlético|Atletico|Dynamo|Dinamo|Olympique|Deportivo|Racing|Lokomotiv|Spartak|Kanal|Canal|Domaine|Château|Chateau|Bodega|Bodegas|Maison|Grupo|Groupe|Gruppo|Radio|Rádio|Banco|Banque|Fundación|Fondation|Fundação|Federación|Fédération|Editorial|Éditions|Ediciones|Cantina|Azienda|Tenuta|Cooperativa|Coopérative|Empresa|Empresas|Compañía|Companhia|Compagnie|Sociedad|Sociedade|Société|Società|Comité|Comitê|Comitato|Comisión|Comissão|Sindicato|Syndicat|Sindacato|Universiti|Universitas|Uniwersytet|Univerzita|Kementerian|Syarikat|Yayasan|Persatuan|Koperasi|Cámara|Câmara|Chambre|Stichting|Vereniging|Verein|Klub|Klinikum|Krankenhaus|Universiteit|Hogeschool|Gemeente|Ministerie|Ministerium|Daily|Weekly)$/;
/** "Schaakclub De Pion", "Turnverein Eiche": Dutch and German write the club's kind as one word. */
const CLUB_COMPOUND =
  /^\p{Lu}\p{Ll}{2,}(?:club|klub|verein|verband|amt|ministerium|dienst|gericht|anstalt|kammer)$/u;

/** A first word that makes the name an organisation's. */
export function opensOrgName(word: string): boolean {
  return OPENING_HEADS.test(word) || CLUB_COMPOUND.test(word);
}

/** An organisation head, written with or without dots ("S.A.", "B.V.", "Ltd."). */
export function isOrgHead(word: string): boolean {
  const lower = word.toLowerCase();
  const undotted = lower.replace(/\./g, '');
  // "Fédération", "Federación": accents folded, so one entry serves every spelling; but a legal
  // form is never written with an accent ("Sá Carneiro" has no "S.A." in it).
  const folded = foldAccents(undotted);
  return (
    ORG_HEADS.has(lower) ||
    ORG_HEADS.has(undotted) ||
    (ORG_HEADS.has(folded) && !LEGAL_FORMS.has(folded)) ||
    CLUB_SUFFIXES.has(word)
  );
}

/**
 * Sports-club forms written in capitals without dots ("Kartal SK", "Partizan FK", "Velez CF"):
 * with dots they are a person's initials ("Justice S.K. Menon").
 */
const CLUB_SUFFIXES = new Set([
  'SK',
  'FK',
  'SC',
  'CF',
  'BK',
  'IF',
  'AC',
  'AFC',
  'SV',
  'VfB',
  'VfL',
]);

/** Legal forms that a later mention may drop: "Pennine Rail Ltd" is also "Pennine Rail". */
export const LEGAL_FORMS = wordSet(`
  inc corp co ltd llc plc gmbh ag sa nv bv limited llp lp pty spa srl sarl asa oyj bhd pte kk
  lda ltda kft oy a/s
`);
