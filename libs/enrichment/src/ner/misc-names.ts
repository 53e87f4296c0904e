/**
 * Single words that CoNLL-style NER tags MISC and that neither the demonym table nor the gazetteer knows:
 * languages and scripts ("Sanskrit", "Cyrillic"), peoples, tribes and historical groups ("Visigoths", "Saracens",
 * "Pashtuns"), and named historical periods and events ("Holocaust", "Renaissance"). Heuristic "misc lexicon":
 * such a word is MISC wherever it stands, never a person or a place. General knowledge, hand-kept.
 */
export const MISC_WORDS = new Set(
  `Latin Greek Hebrew Aramaic Sanskrit Pali Cyrillic Yiddish Esperanto Swahili Hindi Urdu Tamil Telugu Kannada
  Malayalam Marathi Gujarati Punjabi Bengali Konkani Sindhi Nepali Sinhala Sinhalese Tagalog Ilocano Cebuano Catalan
  Galician Basque Gaelic Cornish Breton Flemish Walloon Frisian Romansh Occitan Provençal Pashto Dari Farsi Berber
  Amharic Tigrinya Somali Yoruba Igbo Hausa Zulu Xhosa Sesotho Setswana Shona Wolof Maori Hawaiian Samoan Tongan Inuit
  Inuktitut Cherokee Navajo Quechua Aymara Guarani Nahuatl Mayan Tibetan Mongolian Uyghur Uighur Kazakh Uzbek Tatar
  Chechen Ossetian Abkhaz Georgian Armenian Azeri Kurdish Persian Coptic Akkadian Sumerian Phoenician Etruscan
  Mandarin Cantonese Hokkien Hakka Creole Afrikaans Romani Ladino Kashmiri Oriya Assamese Manx Scots
  Visigoths Ostrogoths Vandals Huns Franks Saxons Angles Jutes Normans Vikings Celts Gauls Britons Picts Slavs Balts
  Moors Saracens Berbers Bedouin Bedouins Pashtuns Tajiks Hazaras Baloch Kurds Yazidis Druze Alawites Copts Maronites
  Tamils Sikhs Parsis Rohingya Uyghurs Uighurs Tatars Cossacks Mongols Aztecs Incas Maya Mayans Apache Sioux Cherokee
  Mohawk Iroquois Zulus Maasai Tutsis Hutus Hutu Tutsi Roma Sinti Anglo-Saxons Anglo-Saxon Aborigines Aboriginal
  Palestinians Israelis Hasidic Orthodox Evangelical Evangelicals Anglican Anglicans Lutheran Lutherans Methodist
  Methodists Baptist Baptists Presbyterian Presbyterians Mormon Mormons Quaker Quakers Amish Mennonite Mennonites
  Calvinist Calvinists Jesuit Jesuits Franciscan Franciscans Dominican Benedictine Benedictines Salafi Salafist Wahhabi
  Sufi Sunnis Shiites Shias Zionist Zionists Marxist Marxists Leninist Maoist Maoists Communist Communists Fascist
  Fascists Nazi Nazis Bolshevik Bolsheviks Jacobite Jacobites Royalist Royalists Confederate Confederates Unionist
  Unionists Holocaust Renaissance Reformation
  Enlightenment Crusades Reconquista Inquisition Olympics Paralympics Eurovision Brexit Hanukkah Passover Diwali
  Thanksgiving Halloween Yom Kippur Eid Nowruz`
    .split(/\s+/)
    .filter(Boolean),
);
