/**
 * The Dutch message catalogue: the source of every UI string and of the message keys. Plain,
 * calm Dutch for professionals ("u", short sentences, the domain's own words). Placeholders are
 * `{name}`; the English catalogue must use the same ones (checked in i18n.test.ts).
 */
import { workspaceNl } from './areas/workspace.nl.js';
import { gezinNl } from './areas/gezin.nl.js';
import { overzichtNl } from './areas/overzicht.nl.js';
import { tijdlijnNl } from './areas/tijdlijn.nl.js';
import { analyseNl } from './areas/analyse.nl.js';
import { gezinsprofielNl } from './areas/gezinsprofiel.nl.js';
import { risicoNl } from './areas/risico.nl.js';
import { planNl } from './areas/plan.nl.js';
import { overleggenNl } from './areas/overleggen.nl.js';
import { casusbeheerNl } from './areas/casusbeheer.nl.js';
import { beveiligingNl } from './areas/beveiliging.nl.js';
import { afschermingNl } from './areas/afscherming.nl.js';
import { richtextNl } from './areas/richtext.nl.js';
import { fieldsNl } from './areas/fields.nl.js';
import { annotatiesNl } from './areas/annotaties.nl.js';
import { levensloopNl } from './areas/levensloop.nl.js';
import { afsluitenNl } from './areas/afsluiten.nl.js';
import { voorstellenNl } from './areas/voorstellen.nl.js';
import { tafelNl } from './areas/tafel.nl.js';

export const nl = {
  ...workspaceNl,
  ...gezinNl,
  ...overzichtNl,
  ...tijdlijnNl,
  ...analyseNl,
  ...gezinsprofielNl,
  ...risicoNl,
  ...planNl,
  ...overleggenNl,
  ...casusbeheerNl,
  ...beveiligingNl,
  ...afschermingNl,
  ...richtextNl,
  ...fieldsNl,
  ...annotatiesNl,
  ...levensloopNl,
  ...afsluitenNl,
  ...voorstellenNl,
  ...tafelNl,

  'app.name': 'Tafel',
  'app.intro':
    'Met Tafel werken deskundigen uit verschillende organisaties samen aan de verklarende analyse en het veiligheidsplan van één gezin, eind-tot-eind versleuteld.',
  'app.skipLink': 'Naar de inhoud',
  'app.footer.desktop': 'Tafel {version} · desktop-app',
  'app.footer.web': 'Tafel {version} · browserversie',
  'app.startFailed': 'Tafel kon niet starten. Laad de pagina opnieuw; lukt het dan nog niet, neem contact op met uw beheerder.',

  'language.navLabel': 'Taal',
  'language.saveFailed': 'De taal kon niet worden bewaard. Probeer het opnieuw.',

  'start.actionsLabel': 'Wat wilt u doen?',
  'start.newCase': 'Nieuwe casus',
  'start.join': 'Deelnemen via uitnodiging',

  'cases.heading': 'Casussen op dit apparaat',
  'cases.loading': 'De casussen worden geladen…',
  'cases.empty': 'Er staan nog geen casussen op dit apparaat: start een nieuwe casus of neem deel via de uitnodiging van de voorzitter of casusregisseur.',
  'cases.loadFailed': 'De casussen op dit apparaat konden niet worden geladen. Laad de pagina opnieuw.',
  'cases.lastChange': 'Laatst gewijzigd {date}',

  'panel.close': 'Sluiten',
  'panel.placeholderNote': 'Deze functie komt in een volgende versie: {what}',

  'newCase.heading': 'Nieuwe casus',
  'newCase.placeholder': 'hier start u straks een casus, geeft u die een gepseudonimiseerde titel en nodigt u de andere deskundigen uit.',

  'join.heading': 'Deelnemen via uitnodiging',
  'join.placeholder': 'hier opent u straks de uitnodigingslink die u van de voorzitter of casusregisseur kreeg, en doet u mee aan die casus.',
  'join.recognised': 'U hebt een uitnodigingslink geopend. De link is herkend: hij hoort bij een casus op de server {relay}.',
  'join.secretStaysHere': 'Het geheime deel van de link blijft op dit apparaat en wordt nergens naartoe gestuurd.',
  'join.invalid': 'Deze uitnodigingslink is niet compleet of niet geldig. Vraag de afzender om een nieuwe link.',

  'vault.create.heading': 'Beveilig de sleutels op dit apparaat',
  'vault.create.intro':
    'Tafel bewaart de sleutels van uw casussen versleuteld in deze browser. Een wachtwoordzin die alleen u kent beschermt ze; de wachtwoordzin zelf wordt nergens bewaard of verstuurd.',
  'vault.create.label': 'Kies een wachtwoordzin',
  'vault.create.description': 'Minstens {min} tekens. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.',
  'vault.create.repeatLabel': 'Herhaal de wachtwoordzin',
  'vault.create.submit': 'Wachtwoordzin instellen',
  'vault.create.warning':
    'Bent u de wachtwoordzin kwijt, dan zijn de sleutels in deze browser niet meer te openen. U kunt dan opnieuw worden uitgenodigd voor uw casussen.',
  'vault.unlock.heading': 'Ontgrendel uw sleutels',
  'vault.unlock.intro':
    'De sleutels van uw casussen staan versleuteld in deze browser. Voer uw wachtwoordzin in om ze te gebruiken; Tafel vraagt erom telkens als u de browserversie opent.',
  'vault.unlock.label': 'Wachtwoordzin',
  'vault.unlock.submit': 'Ontgrendelen',
  'vault.busy': 'Een moment, de sleutel wordt afgeleid…',
  'vault.unlocked': 'Uw sleutels zijn ontgrendeld.',
  'vault.error.empty': 'Vul uw wachtwoordzin in.',
  'vault.error.tooShort': 'Deze wachtwoordzin is te kort: gebruik minstens {min} tekens.',
  'vault.error.mismatch': 'De twee wachtwoordzinnen zijn niet gelijk.',
  'vault.error.wrongPassphrase': 'Deze wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw.',
  'vault.error.unavailable': 'Deze browser kan de sleutels niet bewaren, bijvoorbeeld in een privévenster. Gebruik een gewoon venster of de desktop-app.',
  'vault.error.other': 'Het ontgrendelen is niet gelukt. Probeer het opnieuw.',
} as const;

/** The message keys: every UI string has one. */
export type MessageKey = keyof typeof nl;

/** A complete catalogue: one string per key. */
export type Catalogue = { readonly [K in MessageKey]: string };
