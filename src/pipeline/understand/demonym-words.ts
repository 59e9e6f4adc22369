/**
 * Words for a people, a region's people or a creed, as adjectives ("Mexican", "Nordic") and as
 * nouns ("Spaniards", "Danes", "Londoner"): none is an entity mention. Regular forms ("Kenyan",
 * "Icelanders") are derived from the gazetteer in place-gazetteer.ts; these are the rest.
 */
export const DEMONYMS = new Set(
  `american british english scottish welsh irish french german dutch spanish portuguese italian
   greek swiss swedish danish norwegian finnish polish czech slovak hungarian russian ukrainian
   turkish chinese japanese korean thai vietnamese filipino indonesian malaysian indian pakistani
   afghan iranian iraqi syrian israeli palestinian lebanese saudi emirati qatari egyptian libyan
   moroccan algerian tunisian nigerian ghanaian kenyan ethiopian somali sudanese congolese
   mexican canadian brazilian argentine argentinian chilean colombian peruvian venezuelan cuban
   australian european african asian arab latin western eastern northern southern nordic
   scandinavian balkan baltic soviet yemeni omani kuwaiti bahraini jordanian belgian austrian
   romanian bulgarian serbian croatian bosnian albanian estonian latvian lithuanian icelandic
   catalan basque flemish bavarian texan californian new-yorker londoner parisian berliner
   kiwi aussie brit brits yank hispanic muslim christian jewish hindu buddhist sunni shia
   spaniard swede dane danes finn finns turk turks scot scots briton
   frenchman frenchwoman englishman englishwoman irishman irishwoman welshman scotsman dutchman
   filipina
   republican democratic federal national alpine andean himalayan saharan amazonian siberian
   patagonian`.split(/\s+/),
);
