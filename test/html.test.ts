// The HTML view's pure renderer: marks at the record spans, nested or split
// where spans overlap, one colour per event, everything escaped.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { extract } from '../src/core/index.js';
import type { ArticleResult, EventRecord, Span } from '../src/core/types.js';
import { escapeHtml, eventHue, eventMarks, markText, renderHtml } from '../src/io/formats/html.js';
import { render } from '../src/io/formats/index.js';

const BALAD = fs.readFileSync('fixtures/articles/balad-airbase.txt', 'utf8');

/** Every <mark> opening tag's attributes, in document order, with the text up to its matching close. */
function marks(html: string): { e: number; f: string; s: number; t: number; title: string; text: string }[] {
  const out: { e: number; f: string; s: number; t: number; title: string; text: string }[] = [];
  const re = /<mark class="[^"]*" style="--h:\d+" data-e="(\d+)" data-f="(\w+)" data-s="(\d+)" data-t="(\d+)" title="([^"]*)">/g;
  for (let m; (m = re.exec(html)); ) {
    // the mark's content: up to its own </mark>, counting nested opens
    let depth = 1;
    let i = re.lastIndex;
    const inner = /<mark\b|<\/mark>/g;
    inner.lastIndex = i;
    let n: RegExpExecArray | null;
    while (depth && (n = inner.exec(html))) {
      depth += n[0] === '</mark>' ? -1 : 1;
      i = n.index;
    }
    const text = html.slice(re.lastIndex, i).replace(/<[^>]+>/g, '');
    out.push({ e: Number(m[1]), f: m[2]!, s: Number(m[3]), t: Number(m[4]), title: m[5]!, text });
  }
  return out;
}

/** The pieces of each value (event, field, span) joined, as a reader sees them; HTML entities decoded. */
function joined(html: string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const m of marks(html)) {
    // one opening tag per piece of a value: its pieces, in order, are the value's text
    const key = `${m.e}:${m.f}:${m.s}:${m.t}`;
    byKey.set(key, (byKey.get(key) ?? '') + m.text);
  }
  for (const [k, v] of byKey) byKey.set(k, v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
  return byKey;
}

function span(text: string, sub: string, from = 0): Span {
  const start = text.indexOf(sub, from);
  if (start < 0) throw new Error(`"${sub}" not in text`);
  return { text: sub, start, end: start + sub.length };
}

function event(n: number, trigger: Span, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id: `t#${n}`, type: 'armed_assault', acled_event_type: 'Violence against civilians', acled_sub_event_type: 'Attack', cameo: '190',
    trigger, sentence: 1, date: { value: null, precision: 'unknown', text: null, start: null, end: null }, location: null,
    attackers: [], targets: [], weapons: [], killed: null, wounded: null, responsibility: 'unknown', reported_by: [], aggregate: false, evidence: [],
    ...extra,
  };
}

function result(events: EventRecord[], headline: string | null = 'A test'): ArticleResult {
  return { article: { id: 't', source: 't.txt', headline, published: null, published_from: null }, events, warnings: [] };
}

describe('html renderer', () => {
  const balad = extract(BALAD, { id: 'balad-airbase', published: '2021-04-04', explain: true });
  const page = renderHtml([balad], [BALAD]);

  it('marks the Balad values at their record spans: trigger "hit", date "on Sunday", weapons "Two rockets"', () => {
    const j = joined(page);
    const e1 = balad.events[0]!;
    expect(j.get(`1:trigger:${e1.trigger.start}:${e1.trigger.end}`)).toBe('hit');
    expect(j.get(`1:date:${e1.date.start}:${e1.date.end}`)).toBe('on Sunday');
    expect(j.get(`1:weapons:55:66`)).toBe('Two rockets');
    expect(j.get(`1:location:${e1.location!.start}:${e1.location!.end}`)).toBe('Balad airbase');
    expect(j.get(`1:killed:${e1.killed!.start}:${e1.killed!.end}`)).toBe('no casualties');
    expect(j.get(`1:wounded:${e1.wounded!.start}:${e1.wounded!.end}`)).toBe('no casualties');
    // every mark's text is the text at its offsets
    for (const [key, text] of j) {
      const [, , s, t] = key.split(':');
      expect(text, key).toBe(BALAD.slice(Number(s), Number(t)));
    }
    // every value of every event with a span is there
    for (const [i, e] of balad.events.entries()) {
      expect(j.get(`${i + 1}:trigger:${e.trigger.start}:${e.trigger.end}`)).toBe(e.trigger.text);
      for (const f of ['attackers', 'targets', 'weapons'] as const) for (const s of e[f]) expect(j.get(`${i + 1}:${f}:${s.start}:${s.end}`)).toBe(s.text);
    }
    expect(j.size).toBeGreaterThanOrEqual(20);
  });

  it('reported_by, which has no span, is marked where the event\'s sentence names it', () => {
    const j = joined(page);
    const reporters = [...j].filter(([k]) => k.startsWith('1:reported_by:')).map(([, v]) => v);
    expect(reporters).toEqual(['security source', 'AFP']);
  });

  it('hover titles name the field, the value and, with explain, the rule', () => {
    const m = marks(page);
    const trig = m.find((x) => x.e === 1 && x.f === 'trigger')!;
    expect(trig.title).toBe('#1 trigger: shelling (rule: type-cue)');
    expect(m.find((x) => x.e === 1 && x.f === 'weapons')!.title).toBe('#1 weapons: rocket (rule: w-projectile)');
    const plain = renderHtml([extract(BALAD, { id: 'b', published: '2021-04-04' })], [BALAD]);
    expect(marks(plain).find((x) => x.e === 1 && x.f === 'trigger')!.title).toBe('#1 trigger: shelling');
  });

  it('each event its own hue, on marks and on its table row', () => {
    const hues = balad.events.map((_e, i) => eventHue(i + 1));
    expect(new Set(hues).size).toBe(balad.events.length);
    for (const [i, h] of hues.entries()) {
      expect(page).toContain(`<span class="sw" style="--h:${h}">#${i + 1}</span>`);
      expect(page).toMatch(new RegExp(`style="--h:${h}" data-e="${i + 1}"`));
    }
    // neighbouring events always far apart on the colour wheel
    for (let n = 1; n < 40; n++) {
      const d = Math.abs(eventHue(n) - eventHue(n + 1)) % 360;
      expect(Math.min(d, 360 - d)).toBeGreaterThan(90);
    }
  });

  it('the table lists every event with its values', () => {
    const rows = page.match(/<tr><td><span class="sw"[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<td>shelling</td><td>2021-04-04</td><td>Balad airbase, Salah ad Din, IQ</td><td></td><td>Iraqi airbase; United States</td><td>2 rocket</td><td>0</td><td>0</td><td>security source; AFP</td><td>unclaimed</td><td>1</td>');
    expect(page).toContain('<tr class="rules"><td></td><td colspan="11">rules: type: type-cue; date: weekday&gt;weekday-most-recent');
  });

  it('overlapping spans: nested where one holds another, split where they cross, each value whole when its pieces are joined', () => {
    const text = 'Gunmen killed three police officers in Kabul on Monday.';
    const e1 = event(1, span(text, 'killed'), { targets: [{ ...span(text, 'three police officers'), name: 'police', kind: 'police', country_code: null, affiliation: null }], killed: { value: 3, low: 3, high: 3, approximate: false, reports: [], ...span(text, 'killed three police officers') } });
    const e2 = event(2, span(text, 'killed'), { location: { ...span(text, 'police officers in Kabul'), name: 'Kabul', place: 'Kabul', admin1: null, country: 'Afghanistan', country_code: 'AF', lat: null, lon: null, precision: 'city', relation: 'in' } });
    const html = markText(text, [...eventMarks(e1, 1, text), ...eventMarks(e2, 2, text)]);
    const j = joined(html);
    expect(j.get('1:trigger:7:13')).toBe('killed');
    expect(j.get('2:trigger:7:13')).toBe('killed');
    expect(j.get('1:killed:7:35')).toBe('killed three police officers');
    expect(j.get('1:targets:14:35')).toBe('three police officers');
    expect(j.get('2:location:20:44')).toBe('police officers in Kabul');
    // the longest span outermost: "killed" sits inside event 1's count
    expect(html).toMatch(/<mark [^>]*data-f="killed"[^>]*><mark [^>]*data-e="1" data-f="trigger"[^>]*><mark [^>]*data-e="2" data-f="trigger"[^>]*>killed<\/mark><\/mark><\/mark>/);
    // "police officers" (where the location crosses into the target) is one piece in three marks, longest outermost
    expect(html).toMatch(/data-f="killed"[^>]*><mark [^>]*data-f="location"[^>]*><mark [^>]*data-f="targets"[^>]*>police officers<\/mark><\/mark><\/mark>/);
    // balanced, and the text unchanged once the tags are gone
    expect(html.match(/<mark\b/g)!.length).toBe(html.match(/<\/mark>/g)!.length);
    expect(html.replace(/<[^>]+>/g, '')).toBe(text);
    // the innermost piece's title names every value over it
    expect(html).toMatch(/title="#1 killed: 3\n#2 location: Kabul, Afghanistan\n#1 targets: police">police officers/);
  });

  it('escapes the text, headline, names and titles: a <script> stays text', () => {
    const text = 'Intro <script>alert("x")</script> & <b>bold</b>: gunmen killed a "guard" <img src=x onerror=alert(1)>.';
    const e = event(1, span(text, 'killed'), { targets: [{ ...span(text, 'a "guard"'), name: '<i>guard</i>', kind: 'civilians', country_code: null, affiliation: null }] });
    const html = renderHtml([result([e], '<script>alert(2)</script> headline')], [text]);
    expect(html).not.toMatch(/<script|<img|<b>bold|<i>guard/i);
    expect(html).toContain('Intro &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('<h1>&lt;script&gt;alert(2)&lt;/script&gt; headline</h1>');
    expect(html).toContain('<td>&lt;i&gt;guard&lt;/i&gt;</td>');
    expect(joined(html).get(`1:targets:${text.indexOf('a "guard"')}:${text.indexOf('a "guard"') + 9}`)).toBe('a "guard"');
    expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
  });

  it('is self-contained: no script, no external URL, a policy that allows nothing else', () => {
    expect(page).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('a span outside the text is not marked; an article with no events says so', () => {
    const text = 'short';
    const e = event(1, { text: 'beyond', start: 10, end: 16 });
    expect(eventMarks(e, 1, text)).toEqual([]);
    const html = renderHtml([result([])], ['Nothing happened.']);
    expect(html).toContain('<p class="none">No events found.</p>');
    expect(html).not.toContain('<mark');
  });

  it('render("html") is the same page', () => {
    expect(render('html', [balad], { color: false, explain: false }, [BALAD])).toBe(page);
  });
});
