import type { GazetteerEntry } from './gazetteer';

/**
 * The world's busiest and capital-city airports by the names news uses ("Heathrow", "O'Hare", "Pearson
 * International Airport"). No GeoNames file we ship holds airports (cities500 is populated places only), and a
 * bare "Heathrow" otherwise reads as the Florida town. Points are the airports' published reference points,
 * rounded to 0.01°; a single name is listed only where it is no common given name or word ("Logan", "Reagan"
 * and "Dulles" only with "Airport").
 * Format: `names (| separated)=lat,lon,country` per airport.
 */
const AIRPORTS =
  'Heathrow|Heathrow Airport|London Heathrow=51.47,-0.45,GB;Gatwick|Gatwick Airport=51.15,-0.18,GB;' +
  'Stansted|Stansted Airport=51.89,0.24,GB;' +
  'JFK Airport|John F. Kennedy International Airport|Kennedy Airport|JFK International Airport=40.64,-73.78,US;' +
  'LaGuardia|LaGuardia Airport=40.78,-73.87,US;Newark Liberty International Airport|Newark Airport=40.69,-74.17,US;' +
  "O'Hare|O'Hare Airport|O'Hare International Airport=41.97,-87.91,US;" +
  'Dulles Airport|Dulles International Airport|Washington Dulles=38.95,-77.46,US;' +
  'Reagan National Airport|Ronald Reagan Washington National Airport=38.85,-77.04,US;' +
  'Logan Airport|Logan International Airport=42.37,-71.01,US;LAX|Los Angeles International Airport=33.94,-118.41,US;' +
  'Hartsfield-Jackson|Hartsfield-Jackson Atlanta International Airport=33.64,-84.43,US;' +
  'Pearson International Airport|Pearson Airport|Toronto Pearson=43.68,-79.62,CA;' +
  'Macdonald-Cartier International Airport|Ottawa International Airport=45.32,-75.67,CA;' +
  'Trudeau Airport|Montréal-Trudeau|Trudeau International Airport=45.47,-73.74,CA;' +
  'Schiphol|Schiphol Airport=52.31,4.77,NL;Charles de Gaulle Airport|Roissy|Roissy-Charles de Gaulle=49.01,2.55,FR;' +
  'Orly|Orly Airport=48.72,2.38,FR;Frankfurt Airport=50.04,8.56,DE;Tegel|Tegel Airport=52.56,13.29,DE;' +
  'Changi|Changi Airport=1.36,103.99,SG;Narita|Narita Airport=35.77,140.39,JP;Haneda|Haneda Airport=35.55,139.78,JP;' +
  'Ben Gurion Airport|Ben-Gurion Airport=32.01,34.89,IL;Atatürk Airport|Ataturk Airport=40.98,28.81,TR;' +
  'Dubai International Airport=25.25,55.36,AE;Sheremetyevo|Sheremetyevo Airport=55.97,37.41,RU;' +
  'Domodedovo|Domodedovo Airport=55.41,37.91,RU;Vnukovo|Vnukovo Airport=55.6,37.27,RU;' +
  'Zaventem|Brussels Airport=50.9,4.48,BE;Barajas|Barajas Airport=40.47,-3.56,ES;' +
  'Fiumicino|Fiumicino Airport=41.8,12.24,IT;Suvarnabhumi|Suvarnabhumi Airport=13.69,100.75,TH;' +
  'Indira Gandhi International Airport=28.56,77.1,IN;Kingsford Smith Airport|Sydney Airport=-33.95,151.18,AU';

export interface Airport {
  names: string[];
  entry: GazetteerEntry;
}

export function airports(): Airport[] {
  return AIRPORTS.split(';').map((row, i) => {
    const [names, point] = row.split('=');
    const [lat, lon, cc] = point.split(',');
    const list = names.split('|');
    return {
      names: list,
      entry: {
        id: `airport:${cc}:${i}`,
        name: list.find((n) => /Airport$/.test(n)) ?? list[0],
        countryCode: cc,
        lat: Number(lat),
        lon: Number(lon),
        // A hub is known like a big city: it outranks a village of the same name without context.
        kind: 'city',
        population: 1e6,
      },
    };
  });
}
