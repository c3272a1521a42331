/** Nederlandse teksten van afgeschermde waarden: wie ze mag zien, toegang vragen, kopiëren naar open tekst. */
export const afschermingNl = {
  'afscherming.buiten': 'Afgeschermd — alleen zichtbaar voor {wie} ({aantal} personen).',
  'afscherming.buiten.een': 'Afgeschermd — alleen zichtbaar voor {wie} ({aantal} persoon).',
  'afscherming.vraagToegang': 'Toegang vragen',
  'afscherming.gevraagd': 'U hebt toegang gevraagd. Iemand die dit mag zien, beslist erover.',
  'afscherming.dicht':
    'Afgeschermd op dit apparaat: de sleutel is nog niet aangekomen. De waarde verschijnt zodra een apparaat van iemand die dit mag zien, online is geweest.',
  'afscherming.verzoek': '{naam} vraagt toegang.',
  'afscherming.geefToegang': 'Toegang geven aan {naam}',
  'afscherming.weiger': 'Verzoek van {naam} weigeren',
  'afscherming.kopie.adres':
    'Dit lijkt op het afgeschermde adres van {naam}. Zet het in het afgeschermde veld, niet in deze tekst: iedereen in de casus leest deze tekst.',
  'afscherming.kopie.veiligContact':
    'Dit lijkt op het afgeschermde veilig contact van {naam}. Zet het in het afgeschermde veld, niet in deze tekst: iedereen in de casus leest deze tekst.',
  'afscherming.kopie.noodcontact':
    'Dit lijkt op een afgeschermd noodcontact. Zet het in het afgeschermde veld, niet in deze tekst: iedereen in de casus leest deze tekst.',
} as const;
