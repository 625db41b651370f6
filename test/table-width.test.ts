// The terminal table at a given width: columns narrowed or widened to fit,
// long words cut (at a hyphen where there is one), the lines under it
// wrapped, and events as blocks of lines below MIN_TABLE_WIDTH.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { extract } from '../src/core/index.js';
import { columnWidths, MIN_TABLE_WIDTH, renderTable, wrapText } from '../src/io/formats/table.js';

const BALAD = fs.readFileSync('fixtures/articles/balad-airbase.txt', 'utf8');
const results = [extract(BALAD, { id: 'balad-airbase', published: '2021-04-04', explain: true })];
const lines = (s: string) => s.split('\n');

/** A cli-table3 table back into rows of cells: the lines of a cell joined (with a space, or none after a hyphen). */
function parseTable(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const l of lines(s)) {
    if (/^[┌├└]/.test(l)) {
      if (row) rows.push(row);
      row = null;
      continue;
    }
    if (!l.startsWith('│')) continue;
    const cells = l.slice(1, -1).split('│').map((c) => c.trim());
    row = row ? row.map((c, i) => (!cells[i] ? c : !c ? cells[i]! : c.endsWith('-') ? c + cells[i] : `${c} ${cells[i]}`)) : cells;
  }
  return rows;
}

describe('table width', () => {
  it('100 columns when no width is given, the widths of before', () => {
    expect(columnWidths()).toEqual([4, 15, 12, 15, 20, 10, 6, 9]);
    const t = renderTable(results, { color: false, explain: false });
    expect(lines(t).find((l) => l.startsWith('┌'))!.length).toBe(100);
    // no width: the lines under the table are not wrapped
    expect(t).toContain('  #1 "hit" (sentence 1; unclaimed; reported by security source, AFP)\n');
  });

  it('every line fits the width; the table is exactly as wide, between the minimum and 160', () => {
    for (const width of [MIN_TABLE_WIDTH, 80, 100, 132, 160, 240]) {
      const t = renderTable(results, { color: false, explain: true, width });
      for (const l of lines(t)) expect(l.length, `${width}: ${l}`).toBeLessThanOrEqual(width);
      expect(lines(t).find((l) => l.startsWith('┌'))!.length).toBe(Math.min(width, 160));
      const w = columnWidths(width);
      expect(w.reduce((a, b) => a + b, 0) + w.length + 1).toBe(Math.min(width, 160));
    }
  });

  it('at 80 columns every value is still there, wrapped over lines, long words cut at their hyphen', () => {
    const rows = parseTable(renderTable(results, { color: false, explain: false, width: 80 }));
    expect(rows[0]).toEqual(['#', 'type', 'date', 'where', 'who → whom', 'with', 'dead', 'wounded']);
    expect(rows[1]).toEqual(['1', 'shelling', '2021-04-04', 'Balad airbase, IQ', '? → Iraqi airbase, United States', '2 rocket', '0', '0']);
    expect(rows[3]).toEqual(['3', 'raid', '2021-02', 'Syria, SY', 'United States → pro-Iranian Iraqi fighters', '', '22 1-22', '']);
    // a word with no hyphen is cut with one
    expect(rows[4]!.slice(0, 2)).toEqual(['4', 'assassin-ation']);
    expect(renderTable(results, { color: false, explain: false, width: 80 })).toMatch(/│ assassin- │[^\n]*\n│    │ ation +│/);
  });

  it('wider terminals give the room to type, where, who and with (shares 1:2:3:1)', () => {
    // 30 more columns: 4 rounds of 7 shares, then the first two shares (type, where)
    expect(columnWidths(130)).toEqual([4, 15 + 5, 12, 15 + 9, 20 + 12, 10 + 4, 6, 9]);
    // 20 fewer: every column at its minimum, the narrowest table
    expect(columnWidths(80)).toEqual([4, 11, 12, 10, 11, 8, 6, 9]);
    expect(MIN_TABLE_WIDTH).toBe(80);
  });

  it(`below ${MIN_TABLE_WIDTH} columns, each event is a block of lines`, () => {
    const t = renderTable(results, { color: false, explain: false, width: 60 });
    expect(t).not.toContain('┌');
    expect(lines(t).slice(0, 4)).toEqual([
      'balad-airbase Two rockets hit near Iraq airbase hosting US',
      '  soldiers published 2021-04-04 (flag)',
      '#1 shelling · 2021-04-04 · Balad airbase, IQ · ? → Iraqi',
      '   airbase, United States · 2 rocket · dead 0 · wounded 0',
    ]);
    for (const l of lines(t)) expect(l.length).toBeLessThanOrEqual(60);
  });

  it('wrapText keeps the leading spaces, indents the rest, cuts words longer than a line', () => {
    expect(wrapText('  #1 "hit" (sentence 1; unclaimed; reported by security source, AFP)', 30, '    ')).toEqual([
      '  #1 "hit" (sentence 1;',
      '    unclaimed; reported by',
      '    security source, AFP)',
    ]);
    expect(wrapText('abcdefghij', 4)).toEqual(['abc-', 'def-', 'ghij']);
    expect(wrapText('pro-Iranian', 8)).toEqual(['pro-', 'Iranian']);
    expect(wrapText('short', 80)).toEqual(['short']);
  });
});
