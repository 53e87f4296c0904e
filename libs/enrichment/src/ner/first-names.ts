import { COMMON_WORDS } from './common-words';
import { MORE_GIVEN_NAMES } from './more-given-names';

/**
 * Common given names across the languages of world news (English, Arabic, Persian, Russian, Spanish, French,
 * German, Italian, Turkish, Chinese, Indian, African). Heuristic "given-name cue": a capitalised pair whose first
 * word is a given name is a person. GIVEN_NAMES joins the
 * hand-kept list with the given names of compromise's lexicon (more-given-names.ts, generated), less common
 * English words ("will", "may", "bill" are words first).
 */
const HAND_KEPT_GIVEN_NAMES =
  `aaron abdul abdullah abu adam adrian ahmad ahmed aisha alan albert alberto alex alexander alexandra alexei alexey
  alfred ali alice alicia allen amanda amir amy ana anastasia andre andrea andreas andrei andrew andrzej andy angela
  angelo ann anna anne annie anthony antoine anton antonio arnold arthur ashley barack barbara barry bashar ben
  benjamin bernard bernie beth betty bill billy bob bobby boris brad brandon brenda brian bruce bruno bryan carl carla
  carlos carmen carol caroline catherine cesar charles charlie charlotte chris christian christina christine
  christopher cindy claire clara claude claudia colin craig cristina dan daniel daniela danny dave david dean deborah
  dennis diana diane diego dmitri dmitry dominic donald donna doris dorothy doug douglas ed eddie edward elena elijah
  elizabeth ellen emily emma emmanuel enrique eric erik ernest ethan eugene eva evan fatima felix fernando francesco
  francis francisco frank franz fred frederick gabriel gary george georg gerald gerard gilbert giovanni giuseppe
  gloria gordon grace greg gregory gustav hamid hans harold harry hassan heather heinrich helen helena henri henry
  herbert hillary howard hugh hugo hussein ian igor imran irene isaac isabel ivan jack jackie jacob jacques james jan
  jane janet janice jason javier jean jeff jeffrey jennifer jeremy jerry jessica jesus jim jimmy joan joe joel johan
  johann john johnny jon jonathan jorge jose josef joseph joshua juan judith julia julian julie justin karen karl
  kate katherine kathleen kathryn keith kelly ken kenneth kevin kim kimberly kirk klaus kurt larry laura lauren
  lawrence lee leo leon leonard lewis lin linda lisa liu louis louise lucas lucy luis luke lynn manuel marc marco
  margaret maria marie mario mark martha martin mary mathieu matt matthew maurice max maria mehmet melissa michael
  michel michelle miguel mike mikhail mohamed mohammad mohammed muhammad nancy naomi natalia natalie nathan
  nicholas nick nicola nicolas nikolai nina noah norman olga oliver omar oscar otto pablo pamela paolo patricia
  patrick paul paula pedro peter philip philippe phillip pierre rachel rafael ralph ramon randy raul ray raymond
  rebecca recep reza richard rick rita rob robert roberto robin roger roland ron ronald rose ruth ryan sadiq sally
  sam samantha samuel sandra sara sarah scott sean sebastian sergei sergey sharon shawn sophie stanley stefan
  stephanie stephen steve steven susan sylvia tamara ted teresa terry thomas tim timothy tina todd tom tommy tony
  tyler valentina valerie vanessa victor victoria vincent vladimir walter wang wayne wendy william willie xi yuri
  yusuf zhang hojat hadi hossein hosseini javad jalal kamal karim khalid mahmoud majid masoud mehdi mohsen morteza
  mostafa mustafa nasser qassem rashid saeed said salman sami sayyid shahid tariq yousef youssef ebrahim ebrahim
  abbas akbar ali hamad hamza ibrahim ismail jamal khaled latifa layla leila maryam nabil nadia naser rania reem
  salim samir sultan walid yasmin zainab ahmet emine kemal mustafa recep hakan fidel raul hugo evo luiz lula jair
  dilma nicolas emmanuel francois jacques angela olaf gerhard helmut friedrich boris theresa keir rishi liz tony
  gordon margaret winston narendra rahul sonia indira jawaharlal manmohan amit arvind priya rajesh sanjay sunil vijay
  shinzo fumio yoshihide junichiro naoto kim moon park yoon jae xi li hu wen deng mao jiang zhou chen yang huang
  nelson jacob cyril thabo kofi kwame olusegun muhammadu bola goodluck uhuru william paul yoweri abiy
  volodymyr petro viktor vitali dmytro yulia oleksandr alexei navalny mikhail nikita leonid yevgeny gennady
  taylor kanye beyonce elvis madonna oprah serena lionel cristiano neymar kylian usain roger rafael novak
  donald joe kamala mike nancy chuck mitch ted marco bernie elizabeth hunter melania ivanka jared barron hillary chelsea
  elon jeff mark bill warren sundar tim satya jensen sam larry sergey steve
  bobbie earl eli floyd glen glenn harvey jesse joey kyle leslie marvin mitchell neil nelson phil russell shane
  stuart troy vince wesley zachary abigail alexis amber andrea april brittany carrie cheryl courtney crystal dana
  danielle dawn denise erica erin evelyn frances gail hannah heidi holly jacqueline jasmine jean jenny jill joanne
  jodi joyce julia kara katie kay kristen kristin leah lori marilyn megan melanie meredith molly monica nicole olivia
  paige peggy phyllis regina robyn rosa ruby shannon sheila shirley stacy tammy tanya tara tracy vera virginia wanda
  yvonne zoe
  aaliyah abby abe ada addison adele adriana agnes aidan aiden alana albert alec alejandro alessandro alexa alfie
  alfonso ali alison allison alma alvin amelia andy angel angelina angie anita annabelle annette antonia archie
  ariana ariel arlene arturo ashton aubrey audrey austin ava avery bailey beatrice becky belinda bella benedict
  bennett bernadette bert bethany beverly bianca blake bonnie boyd bradley brady brenda brent brett bridget
  brooke bryce buddy byron caleb calvin cameron camila candace carey carlo carmen carole carolyn carson casey
  cassandra cecil cecilia cedric celia chad chandler charlene chase chester chloe christy clarence clark claudio
  clay clayton cliff clifford clint clinton clyde cody cole connie connor conrad constance cooper corey cory
  curtis cynthia daisy dakota dale dallas damian damon dan darlene darrell darren darryl daryl dave dawson delia
  della derek derrick desmond devin dexter dianne dixie dolores dominique don donovan dora dorian doug drew duane
  dustin dwayne dwight dylan earl edgar edith edmund edna eduardo edwin eileen elaine eleanor eli elias elisa
  ella ellie elliot elliott eloise elsa elsie elton emilio emma enzo ernesto esther ethel eugenia eunice everett
  faith fay felicia fernanda finn fiona flora florence forrest francesca francine freddie freddy gabriela gabrielle
  gail garrett gavin gemma gene geneva genevieve georgia gerald geraldine gertrude gianna gideon gina ginger
  giorgio gladys glenda gordon grant gregg greta gretchen guy gwen hailey hal haley hank harper harriet harrison
  hattie hayden hazel heath hector henrietta herman hilda hope horace howard hubert ida ignacio ines ingrid iris
  irma isaiah isabella isla ivy jackson jade jaime jake jamie jan janelle janie jared jasper javier jay jayden
  jeanette jeannie jed jenna jesse jillian jo joan jocelyn johanna jolene jonah jordan josie josh joy juanita
  jude judy julio june justine kai karla kathy katrina kay kayla keegan kelvin kendall kendra kenny kent kerry
  kirsten kristina kristy kurt lacey lana lance lara larry laurie lawson leigh lena leroy lester levi liam lila
  lillian lily lincoln lindsay lindsey lionel lois lola lonnie lorena lorenzo loretta lorraine lottie lowell luca
  lucia luciana lucille luigi luna lydia lyle mabel mack mackenzie madeline madison mae maggie malcolm mandy
  marcel marcia marcus margarita margie marian marianne marion marisa marjorie marlene marshall marty marvin mason
  mateo matilda mattie maureen mavis maxine maxwell maya mckenzie mia micah mildred miles millie milton minnie
  miranda misty mitchell mona morgan moses muriel myra myrtle nadine nathaniel neal ned nell nellie nettie nicky
  nikki noel nora noreen norma olive ollie opal orlando oscar owen pat patsy patty pearl penelope percy perry
  pete phoebe piper polly preston priscilla quentin quincy rae ralph ramona randall reed reggie reginald rex
  rhonda ricardo ricky riley roberta rocco rodney rodrigo rogelio roman ronnie rory rosalie rosemary ross roxanne
  roy rudy rufus russ ruben rudolph sabrina sadie salvador sammy sandy santiago sasha saul savannah scarlett selena
  seth shane shaun shelby shelly sherman sherry sheryl sidney sierra silas simon skylar sofia sonia sonny spencer
  stacey stella stuart sue summer susie sydney sylvester tabitha tasha ted terrence thelma theo theodore tia
  tiffany timmy toby tom tommie toni tonya tracey travis trevor trisha troy trudy ty tyrone ursula valentin
  vera vern vernon veronica vicki vickie vince viola violet virgil vivian wade wallace walt warren wendell wes
  wilbur wilfred willard wilma winifred wyatt xavier yolanda yvette zach zachary zane zelda
  abdel abdelaziz abdulaziz abdulrahman adnan ahmadi aleksandr aleksandar alexandre ali anatoly andrei anil anjali
  arjun arun ashok bilal bogdan chaim daniela darius dmitriy emre erdogan faisal farah farid farouk fatemeh
  ghulam gustavo hakim hamed haruki hideo hiroshi hyun ilya ismail jacek jae jaroslav javad jin jiro joao jun
  kamala kenji khalil kiril kofi krzysztof kumar lars lei li ling lukas magnus mahmood malik manoj marek mariusz
  masaki min ming mohan muhammed murat nikolai nikos nils nour olusegun omer oleg pavel piotr prakash qasim rafael
  rahul raj rajiv ramesh rashad ravi reza riccardo rustam ryo sanjay santosh sato sergio shahid sheikh shiro
  shu sven takashi taro tomas tomasz uday umar vasily viktor vlad wei xiao yan yasser yong yoshi yuki yusuf
  zeynep zoltan`
    .split(/\s+/)
    .filter(Boolean);

/** The hand-kept list alone (the geotagger's "given name, not a place" guard uses it). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(HAND_KEPT_GIVEN_NAMES);

/** Hand-kept and generated given names together: the recogniser's given-name cue. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...HAND_KEPT_GIVEN_NAMES,
  ...MORE_GIVEN_NAMES.filter((name) => !COMMON_WORDS.has(name)),
]);
