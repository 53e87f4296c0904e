/**
 * Capitalised words that are not names. Heuristic "sentence-initial function words": English capitalises the
 * first word of a sentence, headlines and some common nouns; a capital on one of these words says nothing.
 * Lower-case comparison.
 */
export const COMMON_WORDS = new Set(
  `a an the this that these those there here it its it's he she his her hers him they them their theirs we us our
  ours you your yours i me my mine who whom whose which what when where why how whoever whatever whenever wherever
  and or but nor so yet for if then than because although though while since unless until after before as once
  in on at by to from of with without within into onto upon about above below under over between among through
  during against across along around behind beyond near off out up down toward towards per via despite except
  all any both each either every few many more most much neither no none nor not one other several some such
  only also even just still already again ever never always often sometimes usually perhaps maybe however
  therefore thus meanwhile moreover furthermore nevertheless instead otherwise indeed besides likewise hence
  is are was were be been being am do does did done have has had having will would shall should can could may
  might must let lets yes no oh ok okay well now today tomorrow yesterday tonight yes please thanks thank
  new old first second third last next former latter many same own other another good great big small high low
  early late recent major minor main several certain various whole entire total full half
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri
  sat sun spring summer autumn fall winter
  according although following including regarding concerning considering given during despite
  chapter section part page volume figure table note notes see also photo photos video image source sources
  read more click share follow subscribe comment comments update updated related advertisement
  breaking exclusive opinion analysis editorial report reports news live watch listen
  mr mrs ms dr
  god lord
  internet web online email
  north south east west northern southern eastern western central
  senior junior chief deputy acting interim former
  he's she's i'm we're they're you're it's that's there's what's don't doesn't didn't can't won't isn't aren't wasn't
  weren't hasn't haven't hadn't wouldn't couldn't shouldn't i'll we'll you'll they'll i've we've you've they've
  i'd we'd you'd they'd let's
  lol omg rt via cc yeah yeh heh haha hahaha hmm ugh wow yay oops hey hi hello bye ok okay lmao smh tbh idk btw
  fyi pls plz thx ty xoxo
  many most some such`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that name a time, never an entity (CoNLL convention: months and days are not tagged). */
export const TIME_WORDS = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday christmas easter ramadan mondays tuesdays wednesdays thursdays fridays
  saturdays sundays`
    .split(/\s+/)
    .filter(Boolean),
);

/** Pronouns, determiners and conjunctions: never the first word of a name, even mid-sentence. */
export const FUNCTION_WORDS = new Set(
  `a an this that these those there here it its he she his her hers him they them their we us our you your i me my
  who whom whose which what when where why how and or but nor so yet if then than because although though while
  since unless until after before as once in on at by to from of with without into about during all any both each
  either every no not also even just still is are was were be been do does did have has had will would shall should
  can could may might must he's she's i'm it's that's there's let's yes oh`
    .split(/\s+/)
    .filter(Boolean),
);
