/**
 * The application menu: Bestand / Bewerken / Beeld / Venster / Help with Electron's standard
 * roles and our own labels (Dutch, or English when the language setting is 'en'). Developer
 * tools appear only in an unpackaged (development) build.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from '../../shared/i18n/menu.js';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Reload and developer tools; true only when the app runs unpackaged. */
  readonly developerTools: boolean;
}

/** The menu template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate(labels: MenuLabels, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Tafel',
    submenu: [
      { role: 'about', label: labels.about },
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: mac ? [{ role: 'close', label: labels.closeWindow }] : [{ role: 'quit', label: labels.quit }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      // Undo and redo keystrokes must reach the page: the editor's Yjs undo manager handles
      // them. A registered accelerator would run Chromium's own undo instead (Windows/Linux).
      { role: 'undo', label: labels.undo, registerAccelerator: false },
      { role: 'redo', label: labels.redo, registerAccelerator: false },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'pasteAndMatchStyle', label: labels.pasteAndMatchStyle },
      { role: 'delete', label: labels.delete },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.developerTools
    ? [{ role: 'reload', label: labels.reload }, { role: 'toggleDevTools', label: labels.toggleDevTools }, separator]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: labels.window,
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize', label: labels.minimize }, { role: 'zoom', label: labels.zoom }, separator, { role: 'front', label: labels.bringAllToFront }]
      : [
          { role: 'minimize', label: labels.minimize },
          { role: 'close', label: labels.closeWindow },
        ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [{ role: 'about', label: labels.about }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
