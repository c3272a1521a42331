/**
 * Labels of the desktop application menu, Dutch first. Electron's roles would otherwise show
 * the operating system's English defaults on Windows and Linux.
 */
import type { DeviceSettings } from '../host/hostApi.js';

/** Every label the application menu shows. */
export interface MenuLabels {
  readonly file: string;
  readonly edit: string;
  readonly view: string;
  readonly window: string;
  readonly help: string;
  readonly about: string;
  readonly services: string;
  readonly hide: string;
  readonly hideOthers: string;
  readonly showAll: string;
  readonly quit: string;
  readonly closeWindow: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly pasteAndMatchStyle: string;
  readonly delete: string;
  readonly selectAll: string;
  readonly reload: string;
  readonly toggleDevTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleFullScreen: string;
  readonly minimize: string;
  readonly zoom: string;
  readonly bringAllToFront: string;
}

/** Menu labels per interface language. */
export const menuLabels: Readonly<Record<DeviceSettings['language'], MenuLabels>> = {
  nl: {
    file: 'Bestand',
    edit: 'Bewerken',
    view: 'Beeld',
    window: 'Venster',
    help: 'Help',
    about: 'Over Tafel',
    services: 'Voorzieningen',
    hide: 'Verberg Tafel',
    hideOthers: 'Verberg andere',
    showAll: 'Toon alles',
    quit: 'Stop Tafel',
    closeWindow: 'Sluit venster',
    undo: 'Herstel',
    redo: 'Opnieuw',
    cut: 'Knip',
    copy: 'Kopieer',
    paste: 'Plak',
    pasteAndMatchStyle: 'Plak zonder opmaak',
    delete: 'Verwijder',
    selectAll: 'Selecteer alles',
    reload: 'Laad opnieuw',
    toggleDevTools: 'Ontwikkelaarstools',
    resetZoom: 'Werkelijke grootte',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom uit',
    toggleFullScreen: 'Schermvullende weergave',
    minimize: 'Minimaliseer',
    zoom: 'Zoom',
    bringAllToFront: 'Alles naar voorgrond',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Tafel',
    services: 'Services',
    hide: 'Hide Tafel',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit Tafel',
    closeWindow: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
  },
};
