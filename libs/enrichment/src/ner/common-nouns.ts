/**
 * English nouns and adjectives that often appear capitalised in names of works, bands, companies and places but
 * are not given names or surnames. Heuristic "noun cue": a title-case pair containing one of these ("Weather
 * Report", "Dark Room Notes", "Light Music Contest") is not a person's name. Lower-case comparison.
 */
export const COMMON_NOUNS = new Set(
  `report room notes light music contest type word words cable star stars blue red black white green yellow orange
  purple pink grey gray brown day days night nights love heart hearts dream dreams life live lives world house home
  road street park club bar cafe hotel tower towers hall center centre castle temple bridge river lake mountain
  mountains sea island islands sky sun moon fire water ice stone stones rock rocks metal gold golden silver iron
  steel glass paper book books song songs album record records show shows game games war wars battle army police
  force forces team group band crew boys girls men women kids children brothers sisters family king kings queen
  queens prince princess lord lady angel angels devil ghost ghosts dead new old big little great grand high low good
  bad dark bright wild free happy sweet hot cold fast slow last first final total super ultra mega power energy
  system systems network media news times post journal magazine radio tv channel station studio studios pictures
  films film movie theatre theater museum library school college academy institute university hospital airport
  port harbor harbour bay beach coast valley hill hills field fields garden gardens forest wood woods farm village
  town city county state country nation national international royal federal central united association society
  company corporation industries foundation council committee union league party government ministry department
  office bank trust fund market markets exchange trade capital group holdings services service solutions
  technologies technology software data digital online net web computer computers machine machines engine engines
  motor motors car cars auto air airlines airways rail railway railways line lines express transport shipping
  oil gas petroleum chemical chemicals pharmaceuticals health care medical food foods drink drinks wine beer coffee
  tea water fashion design art arts gallery theatre dance ballet opera orchestra choir symphony jazz blues soul
  funk punk pop folk country rap hip hop techno house trance metal core project projects program programme series
  episode season chapter volume part edition version mark model class division brigade regiment battalion squadron
  corps fleet navy marine marines guard guards rangers warriors knights lions tigers bears eagles hawks wolves
  bulls giants kings saints pirates raiders chiefs patriots jets dolphins sharks heat thunder lightning storm
  wind rain snow summer winter spring autumn fall north south east west northern southern eastern western upper
  lower middle inner outer grand greater little junction crossing cross gate gates square plaza avenue lane drive
  way place court terrace row hill heights point view vista ridge creek falls springs well wells mill mills works
  ocean gulf strait canal channel peninsula desert plain plains prairie canyon cave caves volcano glacier reef
  church cathedral chapel abbey mosque synagogue shrine monastery convent palace fort fortress castle manor hall
  prize award awards cup trophy medal championship championships tournament open festival fair expo conference
  summit act law bill treaty accord agreement plan doctrine code rules constitution declaration charter
  revolution rebellion uprising massacre crisis affair scandal incident war campaign operation mission
  age era period dynasty empire kingdom republic federation confederation commonwealth colony province territory
  district region zone area sector quarter ward parish borough township municipality
  tour tours trail trails route highway freeway motorway expressway boulevard
  phantom razor dream machine ultimatum independence freedom liberty justice peace unity victory glory honor honour
  spirit soul mind body blood bone bones skin eye eyes hand hands head face voice voices sound sounds noise silence
  time times year years history story stories tale tales legend legends myth myths secret secrets mystery
  actor actress producer director writer author editor singer dancer painter poet player coach manager owner
  founder member members fellow fellows chairman president minister officer captain leader leaders chief head
  student students teacher teachers professor doctor nurse engineer scientist artist artists musician musicians
  composer drummer guitarist bassist vocalist designer developer model models host guest guests fan fans friend
  friends father mother son daughter brother sister wife husband child baby boy girl man woman people person
  youth adult adults senior seniors junior juniors birthday anniversary holiday holidays weekend morning evening
  medicine laboratory science research physics chemistry biology mathematics economics engineering law
  wheat rice corn maize cotton sugar salt milk bread meat fish fruit vegetables grain crops
  large small huge top bottom side front back left right center middle end start beginning
  launch rocket name names hey hello yes no ok please thanks welcome sorry
  nationally internationally locally globally recently finally originally
  printer computer phone camera engine motor laser radar sensor robot
  index list table chart map page site website blog forum channel video videos photo photos picture image
  race races match matches round rounds stage stages leg legs lap laps goal goals point points score scores
  title titles award awards medal medals trophy cup cups prize prizes
  company companies business businesses firm firms brand brands product products store stores shop shops
  city cities town towns village villages country countries state states county counties region regions
  army armies navy police court courts church churches school schools university universities college colleges
  government governments party parties council councils committee committees board boards union unions
  interchange fill yard milepost siding depot terminal platform track tracks
  holy sacred divine royal imperial federal civil military naval national local regional global
  god gods goddess lord saint saints angel prophet king queen emperor empress pope bishop priest monk nun`
    .split(/\s+/)
    .filter(Boolean),
);
