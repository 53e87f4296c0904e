/**
 * Common given names across the languages of world news (English, Arabic, Persian, Russian, Spanish, French,
 * German, Italian, Turkish, Chinese, Indian, African). Heuristic "given-name cue": a capitalised pair whose first
 * word is a given name is a person. Hand-kept: permissively licensed name lists on npm drag in large dependency
 * trees.
 */
export const FIRST_NAMES = new Set(
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
  yvonne zoe`
    .split(/\s+/)
    .filter(Boolean),
);
