/**
 * The English message catalogue. Typed against the Dutch keys: a missing or extra key is a
 * compile error, so English can never silently fall behind.
 */
import type { Catalogue } from './messages.nl.js';

import { workspaceEn } from './areas/workspace.en.js';
import { gezinEn } from './areas/gezin.en.js';
import { overzichtEn } from './areas/overzicht.en.js';
import { tijdlijnEn } from './areas/tijdlijn.en.js';
import { analyseEn } from './areas/analyse.en.js';
import { gezinsprofielEn } from './areas/gezinsprofiel.en.js';
import { risicoEn } from './areas/risico.en.js';
import { planEn } from './areas/plan.en.js';
import { overleggenEn } from './areas/overleggen.en.js';
import { casusbeheerEn } from './areas/casusbeheer.en.js';
import { beveiligingEn } from './areas/beveiliging.en.js';
import { afschermingEn } from './areas/afscherming.en.js';
import { richtextEn } from './areas/richtext.en.js';
import { fieldsEn } from './areas/fields.en.js';
import { annotatiesEn } from './areas/annotaties.en.js';
import { levensloopEn } from './areas/levensloop.en.js';
import { afsluitenEn } from './areas/afsluiten.en.js';
import { voorstellenEn } from './areas/voorstellen.en.js';
import { tafelEn } from './areas/tafel.en.js';

export const en: Catalogue = {
  ...workspaceEn,
  ...gezinEn,
  ...overzichtEn,
  ...tijdlijnEn,
  ...analyseEn,
  ...gezinsprofielEn,
  ...risicoEn,
  ...planEn,
  ...overleggenEn,
  ...casusbeheerEn,
  ...beveiligingEn,
  ...afschermingEn,
  ...richtextEn,
  ...fieldsEn,
  ...annotatiesEn,
  ...levensloopEn,
  ...afsluitenEn,
  ...voorstellenEn,
  ...tafelEn,

  'app.name': 'Tafel',
  'app.intro':
    'With Tafel, experts from different organisations work together on the explanatory analysis and the safety plan of one family, end-to-end encrypted.',
  'app.skipLink': 'Skip to content',
  'app.footer.desktop': 'Tafel {version} · desktop app',
  'app.footer.web': 'Tafel {version} · browser version',
  'app.startFailed': 'Tafel could not start. Reload the page; if that does not help, contact your administrator.',

  'language.navLabel': 'Language',
  'language.saveFailed': 'The language could not be saved. Please try again.',

  'start.actionsLabel': 'What would you like to do?',
  'start.newCase': 'New case',
  'start.join': 'Join with an invitation',

  'cases.heading': 'Cases on this device',
  'cases.loading': 'Loading the cases…',
  'cases.empty': 'There are no cases on this device yet: start a new case or join with an invitation from the chair or case manager.',
  'cases.loadFailed': 'The cases on this device could not be loaded. Reload the page.',
  'cases.lastChange': 'Last changed {date}',

  'panel.close': 'Close',
  'panel.placeholderNote': 'This feature arrives in a later version: {what}',

  'newCase.heading': 'New case',
  'newCase.placeholder': 'this is where you will start a case, give it a pseudonymised title and invite the other experts.',

  'join.heading': 'Join with an invitation',
  'join.placeholder': 'this is where you will open the invitation link you received from the chair or case manager, and join that case.',
  'join.recognised': 'You opened an invitation link. The link is recognised: it belongs to a case on the server {relay}.',
  'join.secretStaysHere': 'The secret part of the link stays on this device and is never sent anywhere.',
  'join.invalid': 'This invitation link is incomplete or not valid. Ask the sender for a new link.',

  'vault.create.heading': 'Protect the keys on this device',
  'vault.create.intro':
    'Tafel keeps the keys of your cases encrypted in this browser. A passphrase only you know protects them; the passphrase itself is never stored or sent.',
  'vault.create.label': 'Choose a passphrase',
  'vault.create.description': 'At least {min} characters. A sentence of a few words is easy to remember and hard to guess.',
  'vault.create.repeatLabel': 'Repeat the passphrase',
  'vault.create.submit': 'Set passphrase',
  'vault.create.warning': 'If you lose the passphrase, the keys in this browser can no longer be opened. You can then be invited to your cases again.',
  'vault.unlock.heading': 'Unlock your keys',
  'vault.unlock.intro':
    'The keys of your cases are stored encrypted in this browser. Enter your passphrase to use them; Tafel asks for it each time you open the browser version.',
  'vault.unlock.label': 'Passphrase',
  'vault.unlock.submit': 'Unlock',
  'vault.busy': 'One moment, deriving the key…',
  'vault.unlocked': 'Your keys are unlocked.',
  'vault.error.empty': 'Enter your passphrase.',
  'vault.error.tooShort': 'This passphrase is too short: use at least {min} characters.',
  'vault.error.mismatch': 'The two passphrases are not the same.',
  'vault.error.wrongPassphrase': 'This passphrase is not correct. Check it and try again.',
  'vault.error.unavailable': 'This browser cannot keep the keys, for example in a private window. Use a normal window or the desktop app.',
  'vault.error.other': 'Unlocking did not work. Please try again.',
};
