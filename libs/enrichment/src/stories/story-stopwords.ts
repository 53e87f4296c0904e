/**
 * Function words per language, mostly written folded (lower case, no diacritics); story-terms.ts folds them once
 * more, as it folds the text's words, before comparing. They carry no story and would dominate a cosine before the
 * system's document frequencies have seen enough articles to push them down. Short lists written for this module;
 * a text of another or unknown language is checked against all of them at once.
 */
const LISTS: Record<string, string> = {
  en: `a about after again against all also an and any are as at be because been before being between both but by
    can could did do does doing down during each few for from further had has have having he her here hers him his how
    i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
    said says same she should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your new one two
    year years told mr ms also like get got just could last first people time`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bisher bist
    da dabei damit dann das dass dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du
    durch ein eine einem einen einer eines er es etwa euch fur gegen gibt hat hatte hatten hier hin hinter ich ihm ihn
    ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jetzt kann kein keine konnen man mehr mit muss nach nicht noch nun
    nur ob oder ohne schon sehr sei seien sein seine seinem seinen seiner seit sich sie sind so soll sollen sondern
    uber um und uns unter vom von vor war waren was weil weiter wenn wer werden wie wieder will wir wird wo wurde
    wurden zu zum zur zwei drei jahr jahren laut sagte heute bereits rund`,
  es: `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en
    entre era es esa esas ese eso esos esta estaba estan estas este esto estos fue fueron ha han hasta hay la las le
    les lo los mas me mi muy nada ni no nos o otra otras otro otros para pero por porque que quien se ser si sin sobre
    su sus tambien tiene todo todos tras un una uno unos y ya dos ano anos segun dijo`,
  fr: `a au aux avec ce ces cette comme dans de des du elle en est et etait il ils je la le les leur leurs lui mais
    me meme ne ni nos notre nous on ou par pas plus pour qu que qui sa sans se ses si son sont sur ta te tes toi ton
    tous tout tres tu un une vos votre vous y ete etre avoir a deux selon ont fait aussi apres`,
  pl: `a aby albo ale am bardzo bez bo byc byl byla byli bylo by co czy dla do gdy gdzie go i ich im innych jak jako
    jego jej jest jeszcze juz kiedy ktora ktore ktorego ktorej ktory ktorych mi mnie na nad nam nas nie nim o od oraz
    po pod przed przez przy sa sie sobie tak takze te tego tej ten to tu tylko w we wiec wszystko z za ze zostal
    zostala roku lat`,
  tr: `acaba ama ancak artik aslinda az bana bazi belki ben beni benim bile bir biri birkac bircok biz bize bizi
    bu buna bunda bundan bunu bunun da daha dahi de defa diye dogru en gibi hem hep hepsi her hic icin ile ise ki kim
    mi mu ne neden nerede nasil o olan olarak oldu olduk olmak olmasi olsa olup on ona ondan onlar onu onun sadece
    sey siz su suna sunu ve veya ya yani yine yok zaten kadar sonra ilk iki yil yili`,
  ar: `في من على الى إلى عن مع هذا هذه ذلك التي الذي الذين كان كانت ان أن إن او أو ثم قد لا ما لم لن هو هي هم بين
    بعد قبل كل حتى عند منذ ايضا أيضا وقد كما حيث له لها فيه فيها به بها وفي ومن وعلى الا إلا`,
  it: `a al alla alle anche che chi ci come con da dal dalla degli dei del della delle di e ed era gli ha hanno i il
    in la le lo ma ne nel nella non o per piu questa questo se si sono su sua suo sul sulla tra un una uno`,
  nl: `aan al als bij dan dat de den der deze die dit door een en er had heeft het hij hoe in is je kan maar me met
    mij na naar niet nog nu of om ook op over te tot u uit van voor was wat we wel werd wie wij zal ze zich zij zijn`,
  pt: `a ao aos as com como da das de do dos e ela ele eles em entre era essa esse esta este foi ha isso ja mais mas
    na nas nao no nos o os ou para pela pelo por que se sem ser seu sua suas sobre tambem um uma`,
  ru: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее ей
    если есть еще же за здесь и из или им их к как ко когда кто ли либо мне может мы на над надо наш не него нее нет
    ни них но ну о об однако он она они оно от очень по под при с со так также такой там те тем то того тоже той
    только том ты у уже хотя чего чей чем что чтобы чье эта эти это я`,
};

/** The lists as written (folded by story-terms.ts when it builds its sets). */
export const STOPWORD_LISTS: Readonly<Record<string, string>> = LISTS;
