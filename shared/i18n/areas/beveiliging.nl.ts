/**
 * Dutch messages of security alarms and unprotected connections (keys start with 'beveiliging.').
 * Each alarm says what happened, that nothing of it was used, and what to do. "Server", not
 * "relay": these are read by social workers. Merged into messages.nl.ts.
 */
export const beveiligingNl = {
  'beveiliging.alarm.heading': 'Beveiligingsmelding',
  'beveiliging.alarm.count': '{count} beveiligingsmeldingen',
  'beveiliging.alarm.nothingUsed': 'Tafel heeft dit geweigerd: er is niets van overgenomen. Uw eigen werk en dat van de anderen is veilig.',
  'beveiliging.alarm.whatToDo':
    'Wat u doet: laat het de voorzitter (casusregisseur) weten en bel de beheerder van de server. Werk gewoon verder; Tafel blijft alles controleren.',
  'beveiliging.alarm.from': 'Afkomstig van: {name}',
  'beveiliging.alarm.fromUnknown': 'Afkomstig van: een apparaat dat geen deelnemer van deze casus is',
  'beveiliging.alarm.at': 'Gemeld op {moment}',
  'beveiliging.alarm.dismiss': 'Gezien',
  'beveiliging.alarm.more': 'Alle meldingen van deze casus',
  'beveiliging.alarm.startScreen': 'Beveiligingsmelding in deze casus: er is iets geweigerd. Open de casus voor uitleg.',
  'beveiliging.alarm.kind.forged-frame':
    'Er kwam een wijziging binnen die niet is ondertekend door een deelnemer van deze casus, of die zich voordeed als iemand anders.',
  'beveiliging.alarm.kind.tampered': 'Er kwamen gegevens binnen die onderweg zijn veranderd of beschadigd.',
  'beveiliging.alarm.kind.not-a-writer': 'Er kwam een wijziging binnen van iemand die in deze casus alleen mag meelezen (of nog niet is toegelaten).',
  'beveiliging.alarm.kind.removed-device': 'Er kwam een wijziging binnen van een apparaat dat uit deze casus is verwijderd, geschreven na die verwijdering.',
  'beveiliging.alarm.kind.key-refused': 'De server bood een sleutel aan die niet door de voorzitter is vastgelegd.',
  'beveiliging.alarm.kind.epoch-downgrade': 'De server probeerde terug te gaan naar een oude sleutel van deze casus.',
  'beveiliging.alarm.kind.log-refused': 'Er kwam een wijziging in de deelnemerslijst binnen die niet klopt (niet of verkeerd ondertekend).',
  'beveiliging.alarm.kind.fork': 'De server laat verschillende deelnemers een verschillende versie zien (van de deelnemerslijst of van iemands wijzigingen).',
  'beveiliging.alarm.kind.withheld': 'Wijzigingen die anderen al hebben, kwamen hier niet aan: de server lijkt ze achter te houden.',
  'beveiliging.alarm.kind.wrong-genesis': 'De server gaf de geschiedenis van een andere casus dan waarvoor u bent uitgenodigd.',
  'beveiliging.alarm.kind.erase-unproven':
    'De server zei dat deze casus is gewist, zonder het ondertekende besluit van de voorzitter. Er is niets verwijderd: de casus blijft op dit apparaat.',
  'beveiliging.transport.unprotected':
    'Onbeveiligde verbinding: deze server gebruikt geen versleutelde verbinding (https/wss). Dat mag alleen in een gesloten netwerk dat de beheerder daarvoor heeft ingericht.',
  'beveiliging.transport.refused':
    'Deze server is niet beveiligd (geen https/wss). Tafel maakt geen verbinding, want anderen op het netwerk zouden kunnen meelezen. Vraag de beheerder om een beveiligde verbinding.',
} as const;
