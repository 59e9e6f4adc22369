/**
 * Signs that a text reports a game, each a different kind of evidence so that one ambiguous word
 * cannot decide alone: "overtime spending" and "two percentage points" turn up in budget stories,
 * a "9-4 vote" in council ones. Two kinds must agree.
 */
const GAME_SIGNS: RegExp[] = [
  // a result with its score: "beat the Kings 118-111", "led 64-45", "won 3-1"
  /\b(?:beat|beats|beating|defeated|defeats|won|wins|lost|loses|edged|routed|downed|topped|outscored|outscoring|led|leads|leading|trailed|trails|trailing|rallied|rallies)\b[^.;:!?]{0,40}?\b\d{1,3}\s?[-–]\s?\d{1,3}\b/i,
  // a player's tally: "scored 31", "11 rebounds", "two touchdowns"
  /\b(?:scored|scores|scoring)\s+(?:\d{1,3}|a|two|three|four|five)\b|\b\d{1,3}\s+(?:rebounds|assists|touchdowns|wickets|strikeouts|birdies|saves)\b/i,
  // the game's own vocabulary
  /\b(?:halftime|half-time|full-time|tip-off|kick-off|buzzer|free throws?|3-pointers?|three-pointers?|field goals?|stoppage time|extra time|penalty shootout|innings)\b/i,
];

/** Money and business words: a quarter next to them is a calendar quarter even in a sports story. */
const BUSINESS =
  /\b(?:revenue|profit|sales|earnings|fiscal|financial|results|quarterly|GDP|economy|economic|inflation|budget|spending|shares|dividend|turnover)\b/i;

/** A year-less ordinal quarter: "the fourth quarter", "third-quarter". */
const BARE_QUARTER =
  /^(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter$/i;

/** Whether the article reads as a game report: at least two kinds of game evidence. */
export function readsAsGameReport(texts: string[]): boolean {
  let kinds = 0;
  for (const sign of GAME_SIGNS) if (texts.some((t) => sign.test(t))) kinds++;
  return kinds >= 2;
}

/**
 * In a game report, "scored 12 in the fourth quarter" and "opened the third quarter on a 21-6
 * run" name a period of play, not a calendar quarter: a bare ordinal quarter (no "of 2024")
 * is a game period unless its sentence is about money.
 */
export function isGamePeriod(phraseText: string, sentence: string): boolean {
  return BARE_QUARTER.test(phraseText) && !BUSINESS.test(sentence);
}
