import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuLabels } from '../../shared/i18n/menu.js';
import { buildMenuTemplate } from './applicationMenu.js';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : [];
}
const roles = (items: MenuItemConstructorOptions[]): unknown[] => items.flatMap((item) => [item.role, ...roles(submenu(item))]).filter(Boolean);

describe('application menu', () => {
  it('is Dutch by default: Bestand / Bewerken / Beeld / Venster / Help', () => {
    const menu = buildMenuTemplate(menuLabels.nl, { platform: 'win32', developerTools: false });
    expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(submenu(menu[1]).find((item) => item.role === 'copy')?.label).toBe('Kopieer');
  });

  it('is English when the language setting is en, with the macOS app menu first on a Mac', () => {
    const menu = buildMenuTemplate(menuLabels.en, { platform: 'darwin', developerTools: false });
    expect(menu.map((item) => item.label)).toEqual(['Tafel', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('has no developer tools or reload in production builds', () => {
    const production = roles(buildMenuTemplate(menuLabels.nl, { platform: 'linux', developerTools: false }));
    expect(production).not.toContain('toggleDevTools');
    expect(production).not.toContain('reload');
    expect(roles(buildMenuTemplate(menuLabels.nl, { platform: 'linux', developerTools: true }))).toContain('toggleDevTools');
  });

  it('gives every item with a role a label, and leaves undo/redo keystrokes to the editor', () => {
    for (const labels of [menuLabels.nl, menuLabels.en]) {
      const items = buildMenuTemplate(labels, { platform: 'darwin', developerTools: true });
      const all = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => list.flatMap((item) => [item, ...all(submenu(item))]);
      for (const item of all(items)) if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
      const edit = submenu(items[2]);
      expect(edit.filter((item) => item.role === 'undo' || item.role === 'redo').map((item) => item.registerAccelerator)).toEqual([false, false]);
    }
  });
});
