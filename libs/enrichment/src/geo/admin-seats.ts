/**
 * Administrative divisions that news names and the hand table (regions.ts) lacks, each with a town inside it
 * (usually its seat). The town is looked up in GeoNames cities500 (geonames-cities500.ts): its first-level code
 * (level 1) or first- and second-level codes (level 2) say which GeoNames division it is, and the division's point
 * is the centre of the box around its cities500 places (admin-regions.ts). GeoNames' own division points are not
 * in any package we ship; on the US states, whose GeoNames points the hand table holds, this box centre lies a
 * median ~75 km from them, well inside the 161 km a reader's "right place" allows.
 * Format: `Name|alias|alias=Town` per division, `;` between divisions. A division named like a town inside it
 * ("Oaxaca", "Chihuahua", Turkey's and Syria's provinces) is left out: the town's own point is as good.
 */
export interface AdminSeatTable {
  countryCode: string;
  level: 1 | 2;
  rows: string;
}

export const ADMIN_SEATS: AdminSeatTable[] = [
  {
    countryCode: 'CN',
    level: 1,
    rows:
      'Anhui=Hefei;Fujian=Fuzhou;Gansu=Lanzhou;Guangxi=Nanning;Guizhou=Guiyang;Hainan=Haikou;Hebei=Shijiazhuang;' +
      'Heilongjiang=Harbin;Henan=Zhengzhou;Hunan=Changsha;Jiangsu=Nanjing;Jiangxi=Nanchang;Jilin=Changchun;' +
      "Liaoning=Shenyang;Ningxia=Yinchuan;Qinghai=Xining;Shaanxi=Xi'an;Shandong=Jinan;Shanxi=Taiyuan;Zhejiang=Hangzhou",
  },
  {
    // England's counties and Scotland's and Wales' council areas are GeoNames second-level divisions.
    countryCode: 'GB',
    level: 2,
    rows:
      'Kent=Maidstone;Essex=Chelmsford;Surrey=Guildford;Hampshire=Winchester;Norfolk=Norwich;Suffolk=Ipswich;' +
      'Devon=Exeter;Cornwall=Truro;Dorset=Dorchester;Somerset=Taunton;Wiltshire=Trowbridge;' +
      'Gloucestershire=Cheltenham;Oxfordshire=Banbury;Berkshire=Bracknell;Buckinghamshire=Aylesbury;' +
      'Hertfordshire=Hertford;Bedfordshire=Bedford;Cambridgeshire=Huntingdon;Northamptonshire=Kettering;' +
      'Leicestershire=Loughborough;Lincolnshire=Lincoln;Nottinghamshire=Mansfield;Derbyshire=Chesterfield;' +
      'Staffordshire=Stafford;Warwickshire=Warwick;Worcestershire=Worcester;Herefordshire=Hereford;' +
      'Shropshire=Shrewsbury;Cheshire=Crewe;Lancashire=Preston;Cumbria=Carlisle;Northumberland=Morpeth;' +
      'County Durham|Co. Durham=Darlington;North Yorkshire|Yorkshire=Harrogate;West Yorkshire=Wakefield;' +
      'South Yorkshire=Sheffield;West Sussex=Chichester;East Sussex=Lewes;Greater Manchester=Manchester;' +
      'Merseyside=Liverpool;Fife=Glenrothes;Highlands|Highland|Scottish Highlands=Inverness;Aberdeenshire=Inverurie;' +
      'Gwynedd=Caernarfon;Powys=Llandrindod Wells;Pembrokeshire=Haverfordwest;Carmarthenshire=Carmarthen',
  },
  {
    countryCode: 'DE',
    level: 1,
    rows:
      'Saxony=Dresden;Lower Saxony=Hanover;North Rhine-Westphalia=Düsseldorf;Hesse=Wiesbaden;' +
      'Baden-Württemberg|Baden-Wurttemberg=Stuttgart;Rhineland-Palatinate=Mainz;Thuringia=Erfurt;' +
      'Saxony-Anhalt=Magdeburg;Mecklenburg-Western Pomerania=Schwerin;Schleswig-Holstein=Kiel;Saarland=Saarbrücken',
  },
  {
    countryCode: 'FR',
    level: 1,
    rows:
      "Brittany=Rennes;Normandy=Rouen;Provence|Provence-Alpes-Côte d'Azur=Marseille;Corsica=Ajaccio;" +
      'Burgundy=Dijon;Occitanie|Occitania=Toulouse;Île-de-France|Ile-de-France=Paris;Auvergne-Rhône-Alpes=Lyon;' +
      'Hauts-de-France=Lille;Nouvelle-Aquitaine=Bordeaux',
  },
  {
    countryCode: 'IT',
    level: 1,
    rows:
      'Lombardy=Milan;Tuscany=Florence;Veneto=Venice;Piedmont=Turin;Campania=Naples;Lazio=Rome;Calabria=Catanzaro;' +
      'Apulia|Puglia=Bari;Liguria=Genoa;Emilia-Romagna=Bologna;Umbria=Perugia',
  },
  {
    countryCode: 'ES',
    level: 1,
    rows:
      'Aragon=Zaragoza;Castile and León|Castile and Leon=Valladolid;Asturias=Oviedo;Navarre=Pamplona;' +
      'Canary Islands|Canaries=Las Palmas de Gran Canaria;Balearic Islands=Palma',
  },
  {
    countryCode: 'MX',
    level: 1,
    rows:
      'Sonora=Hermosillo;Jalisco=Guadalajara;Michoacán|Michoacan=Morelia;Guerrero=Chilpancingo;' +
      'Tamaulipas=Ciudad Victoria;Sinaloa=Culiacán;Baja California=Mexicali;Nuevo León|Nuevo Leon=Monterrey;' +
      'Chiapas=Tuxtla Gutiérrez;Yucatán|Yucatan=Mérida;Coahuila=Saltillo;Quintana Roo=Chetumal',
  },
  {
    countryCode: 'BR',
    level: 1,
    rows:
      'Minas Gerais=Belo Horizonte;Bahia=Salvador;Paraná|Parana=Curitiba;Rio Grande do Sul=Porto Alegre;' +
      'Pernambuco=Recife;Ceará|Ceara=Fortaleza;Santa Catarina=Florianópolis;Mato Grosso=Cuiabá;Goiás|Goias=Goiânia',
  },
  {
    countryCode: 'AU',
    level: 1,
    rows: 'Northern Territory=Darwin;Australian Capital Territory=Canberra',
  },
  {
    countryCode: 'IN',
    level: 1,
    rows:
      'Punjab=Ludhiana;Jharkhand=Ranchi;Chhattisgarh=Raipur;Uttarakhand=Dehradun;Himachal Pradesh=Shimla;' +
      'Manipur=Imphal;Meghalaya=Shillong;Tripura=Agartala;Nagaland=Kohima;Mizoram=Aizawl;' +
      'Arunachal Pradesh=Itanagar;Sikkim=Gangtok',
  },
  { countryCode: 'PK', level: 1, rows: 'Punjab=Lahore' },
  {
    countryCode: 'IR',
    level: 1,
    rows:
      'Khuzestan=Ahvaz;Sistan and Baluchestan=Zahedan;East Azerbaijan=Tabriz;West Azerbaijan=Urmia;' +
      'Razavi Khorasan|Khorasan=Mashhad;Fars=Shiraz;Gilan=Rasht;Mazandaran=Sari',
  },
  {
    countryCode: 'AF',
    level: 1,
    rows:
      'Helmand=Lashkar Gah;Nangarhar=Jalalabad;Kunar=Asadabad;Paktia=Gardez;Uruzgan=Tarinkot;Zabul=Qalat;' +
      'Badakhshan=Fayzabad',
  },
  {
    countryCode: 'IQ',
    level: 1,
    rows: 'Anbar|Al Anbar=Ramadi;Nineveh=Mosul;Diyala=Baqubah;Salahuddin|Salah al-Din=Tikrit',
  },
  {
    countryCode: 'ID',
    level: 1,
    rows: 'Aceh=Banda Aceh;Papua=Jayapura;West Java=Bandung;Central Java=Semarang;East Java=Surabaya;Bali=Denpasar',
  },
  { countryCode: 'JP', level: 1, rows: 'Hokkaido=Sapporo' },
  {
    countryCode: 'NG',
    level: 1,
    rows: 'Rivers State=Port Harcourt;Delta State=Asaba;Plateau State=Jos;Adamawa=Yola;Yobe=Damaturu;Zamfara=Gusau',
  },
];

export interface AdminSeat {
  names: string[];
  town: string;
  countryCode: string;
  level: 1 | 2;
}

export function adminSeats(tables: AdminSeatTable[] = ADMIN_SEATS): AdminSeat[] {
  const out: AdminSeat[] = [];
  for (const t of tables)
    for (const row of t.rows.split(';')) {
      const [names, town] = row.split('=');
      out.push({ names: names.split('|'), town, countryCode: t.countryCode, level: t.level });
    }
  return out;
}
