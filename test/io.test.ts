// Pure renderers and input helpers, without the binary.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { extract } from '../src/core/index.js';
import { CSV_COLUMNS, escapeFormula, renderCsv, renderJson, renderNdjson, renderTable } from '../src/io/formats/index.js';
import { decode } from '../src/io/decode.js';
import { fromHtml } from '../src/io/html.js';
import { windowEnd } from '../src/io/window.js';

const SPEC_COLUMNS = `article_id,event_id,type,acled_event_type,acled_sub_event_type,cameo,
date,date_precision,location,place,admin1,country,country_code,lat,lon,
location_precision,attackers,targets,weapons,killed,killed_low,killed_high,
wounded,wounded_low,wounded_high,responsibility,aggregate,reported_by,
sentence,trigger,evidence,source`.replace(/\n/g, '');

const text = fs.readFileSync('fixtures/articles/balad-airbase.txt', 'utf8');
const result = extract(text, { id: 'balad-airbase', source: 'fixtures/articles/balad-airbase.txt', published: '2021-04-04', explain: true });

describe('renderers', () => {
  it('CSV columns are exactly those of docs/records.md, in order', () => {
    const spec = fs.readFileSync('docs/records.md', 'utf8');
    expect(spec.replace(/\s+/g, '')).toContain(SPEC_COLUMNS);
    expect(CSV_COLUMNS.join(',')).toBe(SPEC_COLUMNS);
    expect(renderCsv([result]).split('\n')[0]).toBe(SPEC_COLUMNS);
  });
  it('CSV escapes formula cells but not numbers', () => {
    expect(escapeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(escapeFormula('+1')).toBe(`'+1`);
    expect(escapeFormula('-x')).toBe(`'-x`);
    expect(escapeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(escapeFormula(-12.5)).toBe('-12.5');
    expect(escapeFormula(null)).toBe('');
    const evil = structuredClone(result);
    evil.article.id = '=cmd|calc';
    expect(renderCsv([evil]).split('\n')[1]!.startsWith(`'=cmd|calc,`)).toBe(true);
  });
  it('json is an array, ndjson one line per article', () => {
    expect(JSON.parse(renderJson([result, result]))).toHaveLength(2);
    const lines = renderNdjson([result, result]).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).article.id).toBe('balad-airbase');
  });
  it('table: no colour unless asked, fits in 100 columns, rule names with explain', () => {
    const plain = renderTable([result], { color: false, explain: true });
    expect(plain).not.toMatch(/\x1b\[/);
    for (const line of plain.split('\n').filter((l) => /[┌│└├]/.test(l))) expect(line.length).toBeLessThanOrEqual(100);
    expect(plain).toContain('shelling');
    expect(plain).toMatch(/weapons: .*w-projectile/);
    expect(renderTable([result], { color: true, explain: false })).toMatch(/\x1b\[/);
  });
});

describe('inputs', () => {
  it('decode: BOMs removed, UTF-16 decoded, bad UTF-8 replaced with a warning, NUL refused', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'x').text).toBe('A');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hé\r\n', 'utf16le')]), 'x').text).toBe('Hé\r\n');
    const bad = decode(Buffer.from([0x41, 0xff, 0x42]), 'x');
    expect(bad.text).toBe('A\uFFFDB');
    expect(bad.warnings[0]).toMatch(/invalid UTF-8/);
    expect(() => decode(Buffer.from([0x41, 0, 0x42]), 'x')).toThrow(/binary/);
  });
  it('HTML: title, meta date, scripts dropped, entities decoded', () => {
    const h = fromHtml('<html><head><title>A &amp; B</title><meta name="DC.date" content="1990-01-03"/></head><body><script>x<y</script><p>One &#8212; two&nbsp;three.</p></body></html>');
    expect(h).toEqual({ headline: 'A & B', published: '1990-01-03', text: 'One — two three.' });
  });
  it('windows end at a blank line, else a line end, else a sentence end, else a space', () => {
    const t = 'a'.repeat(60) + '\n\n' + 'b'.repeat(60);
    expect(windowEnd(t, 0, 100)).toBe(62);
    expect(windowEnd('x'.repeat(30), 0, 100)).toBe(30);
    const s = 'word. '.repeat(40);
    expect(s.slice(0, windowEnd(s, 0, 100)).endsWith('. ')).toBe(true);
  });
});
