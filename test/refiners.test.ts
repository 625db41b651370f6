// The refiners of src/core/refine: each named rule, with a case where it
// applies and one where it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const ev = (text: string, published: string | null = '1988-10-01') => extract(text, { published, explain: true }).events;

describe('drop-history', () => {
  it('drops an incident dated long before publication', () => {
    const text = 'These violations occurred during the period following 11 September 1973, when several homes were raided and many people were killed by soldiers.';
    expect(ev(text)).toEqual([]);
  });
  it('drops a background incident whose month ended more than 18 months before publication', () => {
    const text = 'NIAMEY, Sept 17, 2025 (AFP) - The army said it was reinforcing its posts in the region. In October 2023, 29 soldiers were killed in an ambush near Tabatol in the same region.';
    expect(ev(text, '2025-09-17')).toEqual([]);
  });
  it('a lead date that starts a period ("since 1985") dates no incident', () => {
    const text = 'La Paz, 16 Sep 88 (EL DIARIO) -- The minister said that since 1985 the government made great progress. The interior minister spoke of the murdered Bolivian scientist Noel Kempff.';
    const [e] = ev(text, '1988-09-16');
    expect(e?.type).toBe('assassination');
    expect(e?.date.value).not.toBe('1985');
  });
  it('keeps one within 18 months (the January 2020 assassination in an April 2021 story)', () => {
    const text = 'A previous escalation in January 2020 was sparked by the US assassination of top Iranian general Qasem Soleimani.';
    const [e] = ev(text, '2021-04-04');
    expect(e?.type).toBe('assassination');
    expect(e?.date).toMatchObject({ value: '2020-01', precision: 'month', text: 'in January 2020' });
  });
});

describe('drop-judicial-retrospective', () => {
  it('drops the undated killings a trial story recounts', () => {
    const text = 'Lima, 20 Aug 88 (EFE) -- The prosecutor of the military court has asked for 25 years imprisonment for the general. The inmates were murdered by troops under the command of a lieutenant.';
    expect(ev(text)).toEqual([]);
  });
  it('keeps an attack reported in a story that does not lead with a court', () => {
    const text = 'Lima, 20 Aug 88 (EFE) -- Terrorists exploded a bomb at the Economy Ministry today. Police said nobody was hurt.';
    const [e] = ev(text, null); // the dateline gives the publication date
    expect(e?.type).toBe('bombing');
    expect(e?.date.value).toBe('1988-08-20');
  });
});

describe('no-injuries-implies-no-deaths', () => {
  it('gives killed 0 when the text says nobody was injured', () => {
    const text = 'Unidentified individuals planted a bomb at a church in Talcahuano. The shock wave destroyed a wall but did not cause any injuries.';
    const [e] = ev(text);
    expect(e?.wounded).toMatchObject({ value: 0, text: 'did not cause any injuries' });
    expect(e?.killed?.value).toBe(0);
    expect(e?.explain?.killed).toContain('no-injuries-implies-no-deaths');
  });
  it('does not invent a zero when a death is reported', () => {
    const text = 'A bomb exploded at a market in Kabul, killing one man; no one else was injured.';
    const [e] = ev(text, '2021-04-05');
    expect(e?.killed?.value).toBe(1);
  });
});

describe('habitual cues', () => {
  it('"are sometimes claimed by" is no claim', () => {
    const text = 'Two rockets hit an airbase north of Baghdad on Sunday. Such operations are sometimes claimed by obscure groups.';
    const [e] = ev(text, '2021-04-04');
    expect(e?.responsibility).toBe('unknown');
  });
  it('a specific claim in the next sentence is one', () => {
    const text = 'A suicide car bomb exploded at a checkpoint in Mogadishu on Saturday, killing 12 people. Al-Shabaab claimed responsibility for the bombing.';
    const [e] = ev(text, '2024-03-03');
    expect(e?.responsibility).toBe('claimed');
    expect(e?.attackers.map((a) => a.name)).toContain('Al-Shabaab');
  });
});

describe('generic statements', () => {
  it('"when there is an armed struggle and thousands are killed" reports nothing', () => {
    expect(ev('When there is an armed struggle and when thousands are killed on the battlefield, those who promote violence never conclude from those useless killings that war is futile.')).toEqual([]);
  });
});

describe('fallback-armed-group', () => {
  it('takes the armed group named elsewhere in the incident as attacker', () => {
    const text = 'Terrorists of the Maoist Shining Path group during the past few hours killed a university professor in Huancayo.';
    const [e] = ev(text);
    expect(e?.attackers.length).toBeGreaterThan(0);
    expect(e?.attackers.map((a) => a.name).join(' ')).toMatch(/Terrorists|Shining Path/);
  });
});

describe('scope', () => {
  const coded = (text: string, scope: 'all' | 'terrorism') => extract(text, { published: '1988-10-02', scope, explain: true });
  const ambush = 'Bogota, 2 Oct 88 (AFP) -- Fifteen soldiers were killed today during an ambush by FARC guerrillas in Caqueta.';
  const clash = 'Lima, 12 Oct 88 (Domestic Service) -- Three terrorists died in an armed clash between an Army patrol and a terrorist column in Chilhua.';
  const bomb = 'San Salvador, 12 Oct 88 (Canal Doce) -- FMLN urban guerrillas set off two bombs at the Torre de Cristal building; there were no injuries.';
  const police = 'Lima, 2 Oct 88 (AFP) -- Two Shining Path members machinegunned a civil guard and a pedestrian at the door of a police club.';
  it('all (the default) keeps battles: an ambush of soldiers and a clash', () => {
    expect(extract(ambush, { published: '1988-10-02' }).events.map((e) => e.type)).toEqual(['armed_assault']);
    expect(coded(clash, 'all').events.map((e) => e.type)).toEqual(['armed_clash']);
  });
  it('terrorism drops the ambush of soldiers (terrorism-no-combatant-target) and says so under --explain', () => {
    const r = coded(ambush, 'terrorism');
    expect(r.events).toEqual([]);
    expect(r.warnings.join('\n')).toContain('terrorism-no-combatant-target');
    expect(r.warnings.join('\n')).toContain('"ambush"');
  });
  it('terrorism drops a clash (terrorism-no-clash)', () => {
    const r = coded(clash, 'terrorism');
    expect(r.events).toEqual([]);
    expect(r.warnings.join('\n')).toContain('terrorism-no-clash');
  });
  it('terrorism keeps a bombing of a building and an attack on police and a pedestrian', () => {
    expect(coded(bomb, 'terrorism').events.map((e) => e.type)).toEqual(['bombing']);
    const [e] = coded(police, 'terrorism').events;
    expect(e?.targets.map((t) => t.kind)).toContain('police');
  });
});

describe('drop-counted-summary', () => {
  it('drops a lead that counts the incidents the story then reports one by one', () => {
    const text = 'Lima, 22 Sep 88 (Television Peruana) -- Two terrorist attacks were carried out in Lima last night.\n\nA powerful bomb exploded in front of the Agrarian Unit building. Another bomb damaged the Economy Ministry building.';
    const evs = ev(text, '1988-09-22');
    expect(evs.every((e) => !e.aggregate)).toBe(true);
    expect(evs[0]?.type).toBe('bombing');
    expect(evs[0]?.trigger.text).toBe('bomb');
  });
  it('keeps a counted tally when no single incident follows', () => {
    const text = 'Three terrorist attacks were carried out in Lima last night, police said.';
    const evs = ev(text, '1988-09-22');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ aggregate: true });
    expect(evs[0]?.trigger.text).toBe('terrorist attacks');
  });
});

describe('drop-judicial-retrospective (arrests)', () => {
  const arrest = 'Lima, 15 Sep 88 (EL COMERCIO) -- The police have arrested Juan Antonio Leon Montero, a member of a terrorist column that conducted attacks in the San Martin jungle in July 1986. During the first half of November, he participated in an attack on the Civil Guard in the township of Juanjui.';
  it('drops the old attacks an arrest story recounts', () => {
    expect(ev(arrest, '1988-09-15')).toEqual([]);
  });
  it('keeps a recent incident the arrest lead reports', () => {
    const text = 'Lima, 15 Sep 88 (EFE) -- Police arrested two men after a bomb exploded at a market in Lima on Tuesday, killing three people.';
    const [e] = ev(text, '1988-09-15');
    expect(e).toMatchObject({ type: 'bombing', date: { value: '1988-09-13' } });
    expect(e?.killed?.value).toBe(3);
  });
});

describe('actor names in records', () => {
  it('a car bomb attacks no car (weapon nouns are not targets)', () => {
    const text = 'Two Shining Path members detonated a car bomb at the door of a police club in Lima.';
    const [e] = ev(text, '1988-10-02');
    expect(e?.weapons.map((w) => w.name)).toContain('car bomb');
    expect(e?.targets.map((t) => t.name)).not.toContain('car');
  });
  it('names read as one line without bracketed insertions; the text keeps them', () => {
    const text = 'This morning the Christian Democratic Party [PDC]\nheadquarters in the city of Arica was attacked.';
    const [e] = ev(text, '1988-09-28');
    const t = e?.targets.find((x) => x.name === 'Christian Democratic Party headquarters');
    expect(t).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
    expect(t!.text).toContain('[PDC]');
  });
  it('a lone singular group noun as attacker is the group ("a terrorist attack" → terrorists)', () => {
    const text = 'Santiago, 3 Oct 88 (Domestic Service) -- A terrorist attack has destroyed four high tension towers in the central region.';
    const [e] = ev(text, '1988-10-03');
    expect(e?.attackers.map((a) => a.name)).toEqual(['terrorists']);
    expect(e?.attackers[0]?.text).toBe('terrorist');
  });
});

describe('abduction-targets-people', () => {
  it('the soldiers kidnapped on a highway are the targets, not the highway', () => {
    const text = 'Bogota, 17 Oct 88 (DPA) -- Two soldiers were kidnapped while working on a highway in Poponte, Cesar Department.';
    const [e] = ev(text, '1988-10-17');
    expect(e?.type).toBe('abduction');
    expect(e?.targets.map((t) => t.kind)).not.toContain('facility');
  });
});

describe('line-wrapped anaphora', () => {
  it('"the El Tomate\\nattack" refers back to the incident the story opened with', () => {
    const text = 'Bogota, 1 Sep 88 (Inravision) -- Fifteen civilians were killed on Tuesday night in El Tomate, Cordoba.\n\nThe Army said the rebels fled. Troops arrived later. The governor spoke. Near the end of the cast, the announcer adds to the report on the El Tomate\nattack that 21 houses were destroyed.';
    const evs = ev(text, '1988-09-01');
    expect(evs).toHaveLength(1);
    expect(evs[0]?.evidence.length).toBeGreaterThanOrEqual(2);
  });
});

describe('facility-named-once', () => {
  it('a bare facility word beside the fuller name is not a second target', () => {
    const text = 'Lima, 9 Oct 88 (EFE) -- The terrorist attack was perpetrated at dawn today by a group of unidentified individuals who hurled a bomb at the home of General Enrique Franco, in the San Borja neighborhood in Lima. The bomb seriously damaged the general\'s vehicle and destroyed his home\'s front door.';
    const [e] = ev(text, '1988-10-09');
    const names = e?.targets.map((t) => t.name) ?? [];
    expect(names).toContain('home of General Enrique Franco');
    expect(names).not.toContain('home');
  });
});

describe('new-parties-new-incident', () => {
  const text = 'San Salvador, 25 Aug 88 (Canal Doce) -- Troops of the Civiplan Battalion killed an FMLN guerrilla in a skirmish on the slopes of La Cruz Hill.\n\nResidents of Quetzaltepeque reported that the rebels downed an electric tower last night on the outskirts of the town.';
  it('a sentence with its own attacker and target is another incident', () => {
    const evs = ev(text, '1988-08-25');
    expect(evs.map((e) => e.type)).toEqual(['armed_clash', 'attack']);
    expect(evs[1]?.trigger.text).toBe('downed');
    expect(evs[1]?.targets.map((t) => t.name)).toContain('electric tower');
  });
  it('the same attacker a sentence on continues the incident', () => {
    const same = 'Lima, 2 Oct 88 (AFP) -- Shining Path guerrillas attacked a police post in Huancayo. The guerrillas killed two policemen.';
    expect(ev(same, '1988-10-02')).toHaveLength(1);
  });
});

describe('time-offset-reference and "similarly"', () => {
  it('"1 day after the serious attack launched at X" reports another incident, with its own figures', () => {
    const text = 'Bogota, 22 Sep 88 (Caracol) -- Suspected subversives staged an attack on a police post near Turbo.\n\nThese attacks took place 1 day after the serious attack launched at the 2d Army Division headquarters in Bucaramanga, which resulted in seven people injured.';
    const evs = ev(text, '1988-09-22');
    expect(evs).toHaveLength(2);
    expect(evs[1]?.trigger.text).toBe('attack');
    expect(evs[1]?.wounded?.value).toBe(7);
    expect(evs[0]?.wounded).toBeNull();
  });
  it('"Similarly, … a bomb exploded" starts another incident', () => {
    const text = 'Bogota, 22 Sep 88 (Caracol) -- Gunmen attacked an airport in Barranquilla. Similarly, it was learned that a bomb exploded today at the Communist Party headquarters in Florencia.';
    const evs = ev(text, '1988-09-22');
    expect(evs).toHaveLength(2);
    expect(evs[0]?.location?.name).toBe('Barranquilla');
    expect(evs[1]?.location?.name).toBe('Florencia');
  });
});

describe('type families merge', () => {
  it('a suicide car bomb that the next sentence says was "detonated" is one incident', () => {
    const text = 'MOGADISHU, March 3, 2024 (AFP) - A suicide car bomb exploded at a security checkpoint in Mogadishu late on Saturday, killing at least 12 people, police said.\n\n"The attacker drove a vehicle packed with explosives into the checkpoint and detonated it as soldiers were searching cars," a police officer said.';
    const evs = ev(text, '2024-03-03');
    expect(evs).toHaveLength(1);
    expect(evs[0]?.type).toBe('suicide_bombing');
    expect(evs[0]?.evidence).toHaveLength(2);
  });
  it('a bombing and a shooting a sentence apart stay two incidents', () => {
    const text = 'Gunmen shot dead a judge in Kabul on Monday. A bomb exploded at a market in Kandahar on Tuesday.';
    expect(ev(text, '2024-03-06').map((e) => e.type)).toEqual(['armed_assault', 'bombing']);
  });
});

describe('reference incidents in background sentences', () => {
  const text = 'Medellin, 9 Nov 89 (Inravision) -- Antioquia Department Prosecutor Rodrigo Velez Arango was assassinated this morning in Medellin by two hired gunmen riding a motorcycle.\n\n   Velez Arango, 52, was in charge of investigating several cases linked to drug trafficking, including the murder of three judges in Medellin earlier this year.';
  it('a prosecutor is a title, not a proceeding: the assassination is coded, its victim the target', () => {
    const evs = ev(text, '1989-11-09');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'assassination', trigger: { text: 'assassinated' } });
    expect(evs[0]?.targets.map((t) => t.name)).toContain('Rodrigo Velez Arango');
  });
  it('the murder of three judges earlier this year is not this incident and gives it no toll', () => {
    const [e] = ev(text, '1989-11-09');
    expect(e?.killed?.value).toBe(1);
    expect(e?.evidence).toHaveLength(1);
  });
});

describe('named-victims-killed', () => {
  it('"Corporal X was killed" is one death', () => {
    const text = 'San Salvador, 25 Aug 88 (Canal Doce) -- Corporal Alexander Molina Granados was killed as he was trying to defuse a mine placed by the insurgents on La Noria Bridge.';
    const [e] = ev(text, '1988-08-25');
    expect(e?.killed).toMatchObject({ value: 1, text: 'killed' });
    expect(e?.explain?.killed).toContain('named-victims-killed');
  });
  it('a named person who was only wounded gives no death', () => {
    const text = 'San Salvador, 25 Aug 88 (Canal Doce) -- Corporal Alexander Molina Granados was wounded as he was trying to defuse a mine placed by the insurgents.';
    const [e] = ev(text, '1988-08-25');
    expect(e?.killed ?? null).toBeNull();
  });
});

describe('terrorism scope: military sites and vessels', () => {
  it('an attack on the installations of a battalion is combat; on a party office it is not', () => {
    const text = 'Bogota, 22 Sep 88 (Caracol) -- Suspected subversives staged an attack on the installations of the battalion stationed in Uraba.';
    expect(extract(text, { published: '1988-09-22', scope: 'all' }).events).toHaveLength(1);
    expect(extract(text, { published: '1988-09-22', scope: 'terrorism' }).events).toEqual([]);
    const office = 'Bogota, 22 Sep 88 (Caracol) -- Suspected subversives staged an attack on the offices of the Communist Party in Uraba.';
    expect(extract(office, { published: '1988-09-22', scope: 'terrorism' }).events).toHaveLength(1);
  });
  it('a gunboat firing at a naval vessel is combat', () => {
    const text = 'Belmopan, 24 Nov 88 (CANA) -- State radio reported that a Guatemalan gunboat fired at a British naval vessel that was patrolling the coast.';
    expect(extract(text, { published: '1988-11-24', scope: 'all' }).events).toHaveLength(1);
    expect(extract(text, { published: '1988-11-24', scope: 'terrorism' }).events).toEqual([]);
  });
});

describe('anchor-date-skip', () => {
  it('"The attack came 5 days before the 19 March elections" keeps the incident its own date', () => {
    const text = 'San Salvador, 14 Mar 89 (ACAN-EFE) -- Four people were wounded last night when unidentified individuals hurled a grenade at a bus near Apopa.\n\n   The attack came 5 days before the 19 March presidential elections.';
    const evs = ev(text, '1989-03-14');
    expect(evs).toHaveLength(1);
    expect(evs[0]?.date).toMatchObject({ value: '1989-03-13', text: 'last night' });
  });
});

describe('a named victim shot dead', () => {
  const text = 'Unknown assailants shot dead journalist Juan Perez outside his home in Tijuana on Monday.';
  it('is an assassination with one death (named-victims-killed on the object)', () => {
    const [e] = ev(text, '2024-03-05');
    expect(e).toMatchObject({ type: 'assassination', killed: { value: 1, text: 'shot dead' } });
    expect(e?.targets.map((t) => t.name)).toEqual(['Juan Perez']);
  });
  it('his home is where, not whom (victim-home-is-place); a house bombed is a target', () => {
    const [e] = ev(text, '2024-03-05');
    expect(e?.targets.map((t) => t.name)).not.toContain('home');
    const [b] = ev('A bomb destroyed the house of a police officer in Tijuana on Monday.', '2024-03-05');
    expect(b?.targets.map((t) => t.name).join(' ')).toContain('house');
  });
});

describe('reporter-place-skip', () => {
  it('"Police in Manila said …" does not place the incident in Manila', () => {
    const [e] = ev('Police in Manila said a grenade was lobbed into a crowd during a fiesta in Jolo, wounding 20 people.', '2024-03-09');
    expect(e?.location?.name).toBe('Jolo');
  });
  it('"a bomb exploded in Manila, police said" keeps Manila', () => {
    const [e] = ev('A bomb exploded at a bus terminal in Manila on Saturday, police said.', '2024-03-09');
    expect(e?.location?.name).toBe('Manila');
  });
});

describe('location-next-sentence and directional towns', () => {
  it('the lead names the province, the next sentence the town: the town is the location', () => {
    const text = 'ADDIS ABABA, Ethiopia, May 8, 2024 (AFP) - A drone strike on a market in Ethiopia\'s Amhara region killed at least 17 people on Monday, a health worker said.\n\nThe strike hit the weekly market in Dembecha as traders were setting up their stalls, residents said.';
    const [e] = ev(text, '2024-05-08');
    expect(e?.location).toMatchObject({ name: 'Dembecha', country_code: 'ET' });
  });
  it('"15 km south of the town of Macomia" beats the province named with "in"', () => {
    const text = 'Militants ambushed a minibus in Cabo Delgado province on Sunday, on the main road about 15 kilometres south of the town of Macomia, killing six people.';
    const [e] = ev(text, '2024-05-08');
    expect(e?.location?.name).toBe('Macomia');
  });
});

describe('claims a few paragraphs down', () => {
  it('"X claimed the attack on Wednesday" joins Tuesday\'s attack, and its date stays Tuesday (claimed-reference)', () => {
    const text = 'PEMBA, Mozambique, Sept 20, 2023 (AFP) - Islamist insurgents ambushed a minibus on the main highway in Cabo Delgado province on Tuesday, killing at least six passengers, police said.\n\nThree people were wounded.\n\nThe Islamic State group claimed the attack on Wednesday through its Amaq propaganda agency.';
    const evs = ev(text, '2023-09-20');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ responsibility: 'claimed', date: { value: '2023-09-19' } });
    expect(evs[0]?.attackers.map((a) => a.name)).toContain('Islamic State');
  });
  it('a denial five sentences on is still the incident\'s (claim-reach)', () => {
    const text = 'Soldiers set fire to at least 20 houses in Kikaikelaki on Monday, residents said. No one was hurt. Most residents had fled. Some returned on Tuesday. Aid groups said hundreds were sleeping in the bush. The defence ministry denied the accusation in a statement.';
    const [e] = ev(text, '2024-05-08');
    expect(e?.responsibility).toBe('denied');
  });
});

describe('roads and rigged vehicles are not targets', () => {
  it('"ambushed a minibus on the main highway": the highway is where (location-skip)', () => {
    const [e] = ev('Islamist insurgents ambushed a minibus on the main highway in Cabo Delgado on Tuesday, killing six passengers.', '2023-09-20');
    expect(e?.targets.map((t) => t.name).join(' ')).not.toMatch(/highway/);
  });
  it('"an explosion destroyed a section of the highway": the highway is the target', () => {
    const [e] = ev('An explosion destroyed a section of the Central Highway near Bucaramanga on Friday.', '1988-10-07');
    expect(e?.targets.map((t) => t.name).join(' ')).toMatch(/Highway/);
  });
  it('"drove an explosives-laden car into a military checkpoint": the car is the weapon', () => {
    const [e] = ev('A suicide bomber drove an explosives-laden car into a military checkpoint in Abyan on Monday, killing five soldiers.', '2024-08-05');
    expect(e?.targets.map((t) => t.name)).not.toContain('explosives-laden car');
    expect(e?.targets.map((t) => t.name)).toContain('military checkpoint');
  });
});

describe('a country-level mention and a town of that country', () => {
  it('"shot dead the mayor … on Ecuador\'s coast" and the next sentence in Jama are one incident', () => {
    const text = 'QUITO, June 13, 2024 (AFP) - Gunmen on a motorcycle shot dead the mayor of a small town in Ecuador on Wednesday, police said. Hector Mendoza, the mayor of Jama in Manabi province, was leaving a meeting when two men fired at least 15 shots at him.';
    const evs = ev(text, '2024-06-13');
    expect(evs).toHaveLength(1);
    expect(evs[0]?.killed?.value).toBe(1);
  });
  it('two towns of one country still conflict', () => {
    const text = 'Gunmen shot dead a trader in Guayaquil on Wednesday. Gunmen shot dead a farmer in Quito on Wednesday.';
    expect(ev(text, '2024-06-13')).toHaveLength(2);
  });
});

describe('fallback-armed-group: the same group', () => {
  it('"The same urban command carried out other sabotage" is the group named before', () => {
    const text = 'San Salvador, 19 Oct 88 (Radio Venceremos) -- The Manuel Jose Arce Urban Command sabotaged a commercial building in Escalon. The same urban command carried out other sabotage at a parking lot in the Pink Zone.';
    const evs = ev(text, '1988-10-19');
    const second = evs.find((e) => e.trigger.text === 'sabotage');
    expect(second?.attackers.map((a) => a.name)).toEqual(['Manuel Jose Arce Urban Command']);
    expect(second?.explain?.attackers).toContain('fallback-armed-group');
  });
});

describe('generic-victims-beside-target', () => {
  it('"people" is no target beside a market; alone it stays', () => {
    const [e] = ev('A drone strike hit a crowded market in Dembecha on Monday, killing at least 17 people.', '2024-02-07');
    expect(e?.targets.map((t) => t.name)).toContain('market');
    expect(e?.targets.map((t) => t.name)).not.toContain('people');
    const [f] = ev('Gunmen killed 12 people in Zamfara on Monday.', '2024-02-07');
    expect(f?.targets.map((t) => t.name)).toEqual(['people']);
  });
});

describe('quoted-retelling', () => {
  const report = "KABUL, May 3 (AFP) - Gunmen attacked a girls' school in Herat province on Sunday. Police said the school had received threats. The headmistress was at home. She spoke to a local radio station. This is what she told the station:";
  it('a quoted account after the report, with no date of its own, is the same incident', () => {
    const es = ev(`${report} "Unknown men came with guns and attacked our school."`, '2021-05-03');
    expect(es).toHaveLength(1);
    expect(es[0]!.date).toMatchObject({ value: '2021-05-02', text: 'on Sunday' });
    expect(es[0]!.location?.name).toBe('Herat');
    expect(es[0]!.attackers.map((a) => a.text)).toContain('Gunmen');
  });
  it('a quoted account dated to another day is another incident', () => {
    const es = ev(`${report} "Last year on 4 June they attacked our school too."`, '2021-05-03');
    expect(es.map((e) => e.date.value)).toEqual(['2021-05-02', '2020-06-04']);
  });
});

describe('while-reported-clause', () => {
  it('a reported clause after ", while" is another incident', () => {
    const es = ev('KABUL, May 3 (AFP) - Gunmen killed two soldiers in Kandahar on Sunday, while police reported today that a bomb exploded at a market in Kabul.', '2021-05-03');
    expect(es.map((e) => [e.type, e.location?.name, e.killed?.value ?? null])).toEqual([
      ['armed_assault', 'Kandahār', 2],
      ['bombing', 'Kabul', null],
    ]);
    expect(es[1]!.trigger.text).toBe('bomb');
  });
  it('a "while" clause that reports nothing stays in the incident', () => {
    const es = ev('KABUL, May 3 (AFP) - Gunmen opened fire on a checkpoint in Kandahar on Sunday, while soldiers slept, and then set a truck ablaze.', '2021-05-03');
    expect(es).toHaveLength(1);
  });
});

describe('drop-counted-summary, of a list of victims', () => {
  const lead = 'KABUL, May 3 (AFP) - Taliban fighters killed a teacher and two soldiers on Sunday, officials said.';
  it('a lead listing the victims of incidents told one by one is dropped, its deaths given to each', () => {
    const text = `${lead} In Ghazni, the teacher was shot outside his school by two gunmen on motorbikes. In Kandahar, militants ambushed two soldiers at a checkpoint.`;
    const es = ev(text, '2021-05-03');
    expect(es.map((e) => [e.location?.name, e.killed?.value ?? null])).toEqual([
      ['Ghazni', 1],
      ['Kandahār', 2],
    ]);
    expect(es[0]!.killed).toMatchObject({ text: 'a teacher', start: text.indexOf('a teacher') });
    expect(es[1]!.killed?.text).toBe('two soldiers');
    expect(es[1]!.explain?.killed).toContain('counts.lead-listed');
  });
  it('stays when a victim it lists is told nowhere else (the merger then joins it to the first incident told)', () => {
    const text = `${lead} In Ghazni, the teacher was shot outside his school by two gunmen on motorbikes. In Kandahar, militants burned a truck at a checkpoint.`;
    const es = ev(text, '2021-05-03');
    expect(es.map((e) => [e.location?.name, e.killed?.value ?? null])).toEqual([
      ['Ghazni', 3],
      ['Kandahār', null],
    ]);
    expect(es[0]!.explain?.killed).not.toContain('counts.lead-listed');
  });
});

// (Nawa is a small town: it is Syria's because the article names Syria twice against the dateline's Lebanon once)
describe('hospital-place-skip and location-next-sentence', () => {
  const text = "BEIRUT, March 3, 2025 (AFP) - A landmine killed three shepherds in Syria's southern Daraa province on Monday, a war monitor said. A fourth man was wounded and rushed to a hospital in Daraa city. The men were grazing sheep west of the town of Nawa when one of them stepped on the mine. Mines have killed hundreds of people in Syria since 2011.";
  it('the town the next sentences place it by is the location, not the hospital the wounded were taken to', () => {
    const [e] = ev(text, '2025-03-03');
    expect(e?.location).toMatchObject({ name: 'Nawá', country_code: 'SY', precision: 'city' });
    expect(e?.explain?.location?.[0]).toMatch(/location-next-sentence$/);
  });
  it('a hospital named where it happened still counts ("a blast at a hospital in Daraa city")', () => {
    const [e] = ev('BEIRUT, March 3, 2025 (AFP) - A car bomb exploded outside a hospital in Daraa city on Monday, killing two guards.', '2025-03-03');
    expect(e?.location?.name).toBe('Daraa');
  });
});

describe('coordinated-target', () => {
  it('the next object of a list is a target too', () => {
    const [e] = ev('Unidentified miscreants set fire to a church and at least a dozen houses in a village near Kangpokpi early on Thursday.', '2023-06-15');
    expect(e?.targets.map((t) => t.text)).toEqual(['church', 'houses']);
    expect(e?.attackers.map((a) => a.text)).toEqual(['Unidentified miscreants']);
    expect(e?.explain?.targets).toEqual(['object-target', 'coordinated-target']);
  });
  it('not across a new clause', () => {
    const [e] = ev('Gunmen attacked a checkpoint and then the convoy drove on to the base.', '2023-06-15');
    expect(e?.targets.map((t) => t.text)).toEqual(['checkpoint']);
  });
});

describe('place-in-name-skip', () => {
  it('a place inside a group name is not where it happened', () => {
    const [e] = ev('ADEN, May 3 (AFP) - Al-Qaeda in the Arabian Peninsula fighters attacked a checkpoint on Sunday, killing six soldiers.', '2024-05-03');
    expect(e?.location).toMatchObject({ name: 'Aden', country_code: 'YE' });
    expect(e?.explain?.location?.[0]).toMatch(/dateline$/);
    expect(e?.attackers.map((a) => [a.name, a.text])).toContainEqual(['al-Qaeda', 'Al-Qaeda in the Arabian Peninsula']);
  });
});

describe('in-the-anaphor', () => {
  it('"was also killed … in the shooting" adds victims to the incident told, not another incident', () => {
    const es = ev('MOGADISHU, Jan 14, 2026 (AFP) - Gunmen shot dead a district commissioner in Afgoye on Tuesday. One of his bodyguards was also killed and a passer-by was wounded in the shooting, police said.', '2026-01-14');
    expect(es).toHaveLength(1);
    expect(es[0]!.wounded?.value).toBe(1);
  });
  it('"also" with an incident of its own still starts another', () => {
    const es = ev('MOGADISHU, Jan 14, 2026 (AFP) - Gunmen shot dead a district commissioner in Afgoye on Tuesday. In Baidoa, a roadside bomb also killed two soldiers.', '2026-01-14');
    expect(es).toHaveLength(2);
  });
});

describe('report-time-skip', () => {
  it('"By Sunday morning, … 13 people had been killed" updates the toll of the strike told, not another incident', () => {
    const text = 'KYIV, Dec 3, 2023 (AFP) - A Russian missile strike hit a residential area of Zaporizhzhia on Saturday, killing five people, officials said. By Sunday morning, the regional governor said that 13 people had been killed and 34 wounded.';
    const es = ev(text, '2023-12-03');
    expect(es).toHaveLength(1);
    expect(es[0]!.date).toMatchObject({ value: '2023-12-02', text: 'on Saturday' });
  });
});

describe('report-day-skip', () => {
  const dated = (text: string, published: string) => extract(text, { published, explain: true }).events.map((e) => [e.date.value, e.date.text, e.explain?.date ?? null]);

  it('"today" beside a verb of saying dates the report, not the incident', () => {
    // the murder of the Jesuits is not dated by the colonel's statement
    const said = 'SAN SALVADOR, 12 JAN 90 (AFP) -- [TEXT] SALVADORAN COLONEL SIGIFREDO OCHOA PEREZ TODAY SAID THAT THE MASTERMINDS OF THE SIX JESUIT PRIESTS\' MURDER ARE NOT SOLDIERS.';
    expect(dated(said, '1990-01-12')).toEqual([[null, null, null]]);
    const reported = 'GUATEMALA CITY, 4 AUG 89 (ACAN - EFE) -- [TEXT] POLICE REPORTED TODAY THAT RENE LOPEZ, AN IMMIGRATION OFFICIAL, WAS SHOT DEAD BY UNIDENTIFIED MEN.';
    expect(dated(reported, '1989-08-04')).toEqual([[null, null, null]]);
  });

  it('another date of the incident still stands beside the report\'s day', () => {
    const text = 'AYACUCHO, 5 OCT 89 (EFE) -- [TEXT] MILITARY SOURCES TODAY REPORTED THAT 35 PEOPLE DIED IN ATTACKS BY SHINING PATH MEMBERS ON 4 OCTOBER.';
    const [e] = extract(text, { published: '1989-10-05', explain: true }).events;
    expect(e!.date).toMatchObject({ value: '1989-10-04', text: 'ON 4 OCTOBER', start: text.indexOf('ON 4 OCTOBER') });
  });

  it('"today" of the incident itself stays (negatives)', () => {
    const bomb = 'LIMA, 4 AUG 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT THE BANK, THE POLICE REPORTED.';
    expect(dated(bomb, '1989-08-04')).toEqual([['1989-08-04', 'TODAY', ['casual-day']]]);
    const yesterday = 'LIMA, 4 AUG 89 (EFE) -- [TEXT] GUERRILLAS ATTACKED THE POLICE POST YESTERDAY, THE ARMY SAID.';
    expect(dated(yesterday, '1989-08-04')).toEqual([['1989-08-03', 'YESTERDAY', ['casual-day']]]);
  });

  it('"tried to attack" is no trial: the lead\'s incident is not dropped as judicial history', () => {
    const text = 'BOGOTA, 5 JUL 89 (AFP) -- [TEXT] AN UNIDENTIFIED ARMED GROUP TRIED TO ATTACK THE RESIDENCE OF THE U.S. AMBASSADOR, RCN REPORTED TODAY.\n\n   ACCORDING TO THE STATION, A U.S. MARINE WAS SHOT IN THE SHOULDER.';
    expect(extract(text, { published: '1989-07-05' }).events.map((e) => e.trigger.text)).toEqual(['SHOT']);
  });
});

describe('generic-attacker-beside-group', () => {
  it('"gunmen" are the named group beside them, one party', () => {
    const [e] = ev('MOGADISHU, Jan 14, 2026 (AFP) - Gunmen shot dead a district commissioner in Afgoye on Tuesday, in an attack claimed by Al-Shabaab.', '2026-01-14');
    expect(e?.attackers.map((a) => a.name)).toEqual(['Al-Shabaab']);
    expect(e?.responsibility).toBe('claimed');
  });
  it('without a named group the gunmen stay', () => {
    const [e] = ev('MOGADISHU, Jan 14, 2026 (AFP) - Gunmen shot dead a district commissioner in Afgoye on Tuesday.', '2026-01-14');
    expect(e?.attackers.map((a) => a.text)).toEqual(['Gunmen']);
  });
});

describe('generic-target-beside-group', () => {
  it('"Hashed al-Shaabi fighters" struck are the Hashed, one party', () => {
    const [e] = ev('BAGHDAD, May 19, 2024 (AFP) - A drone strike targeted Hashed al-Shaabi fighters in a vehicle south of Baghdad on Sunday, killing two of them.', '2024-05-19');
    expect(e?.targets.map((t) => t.name)).toContain('Hashed al-Shaabi');
    expect(e?.targets.map((t) => t.name)).not.toContain('fighters');
  });
});

describe('vehicle-beside-people', () => {
  it('the vehicle that carried the people struck is no target of its own', () => {
    const [e] = ev('ERBIL, Aug 23, 2023 (AFP) - A Turkish drone strike on a vehicle in Sinjar killed three PKK fighters on Wednesday.', '2023-08-23');
    expect(e?.targets.map((t) => t.name)).not.toContain('vehicle');
    expect(e?.targets.length).toBeGreaterThan(0);
  });
  it("a named owner's vehicle stays the target", () => {
    const [e] = ev("SANTIAGO, Oct 2 (AFP) - A bomb exploded under the general's vehicle in Santiago on Sunday, wounding his driver.", '2023-10-02');
    expect(e?.targets.map((t) => t.text)).toContain('vehicle');
  });
});

describe('period-figure-skip', () => {
  it("a figure over a period in the next sentence is not the incident's toll", () => {
    const [e] = ev('BUNIA, Aug 12, 2025 (AFP) - ADF rebels killed at least 18 villagers in an attack in Ituri province on Sunday night. The group is accused of killing thousands of civilians over the past decade.', '2025-08-12');
    expect(e?.killed).toMatchObject({ value: 18, low: 18, high: 18 });
  });
});

describe('denied-keeps-accused', () => {
  it("an accused party's denial is the responsibility; the accused stays the attacker, attributed", () => {
    const [e] = ev('BAGHDAD, May 19, 2024 (AFP) - A drone strike hit a base of the paramilitary force south of Baghdad late on Saturday, killing two fighters, the force said, blaming the United States. The US military denied any involvement.', '2024-05-19');
    expect(e?.responsibility).toBe('denied');
    expect(e?.attackers.map((a) => [a.name, a.attributed ?? false])).toEqual([['United States', true]]);
  });
});

describe('one-generic-attacker', () => {
  it('unnamed perpetrators described twice are one party', () => {
    const [e] = ev('KADUNA, March 12, 2021 (AFP) - Gunmen stormed a college in Kaduna state on Thursday and kidnapped 30 students, police said. The bandits, as armed gangs are known locally, often kidnap villagers for ransom.', '2021-03-12');
    expect(e?.attackers.map((a) => a.text)).toEqual(['Gunmen']);
  });
});

describe('a claim for all incidents', () => {
  it('"No group has claimed responsibility for either incident" is said of both, under the cue\'s rule', () => {
    const es = ev('IMPHAL, Sep 14, 2023 (PTI) - Suspected militants lobbed a grenade at a market in Imphal on Wednesday night, wounding five people, police said. In a separate incident, miscreants set fire to a church in a village near Kangpokpi early on Thursday. No group has claimed responsibility for either incident.', '2023-09-14');
    expect(es.map((e) => e.responsibility)).toEqual(['unclaimed', 'unclaimed']);
    expect(es.map((e) => e.explain?.responsibility)).toEqual([['resp-no-claim'], ['resp-no-claim']]);
  });
});

describe('new-parties-new-incident by head word', () => {
  it('"the bomber struck a checkpoint" retells "a suicide bomber drove … into a military checkpoint"', () => {
    const es = ev("ADEN, Aug 5, 2024 (AFP) - A suicide bomber drove an explosives-laden car into a military checkpoint in Yemen's southern Abyan province on Monday, killing five soldiers. The bomber struck the checkpoint at the eastern entrance to the town of Mudiyah shortly after dawn, the source said.", '2024-08-05');
    expect(es).toHaveLength(1);
    expect(es[0]!.type).toBe('suicide_bombing');
  });
});

describe('raid family', () => {
  it('shots fired during a raid continue the raid', () => {
    const es = ev('MEXICO CITY, March 30, 2025 (Reuters) - On Saturday, state police raided a safe house in Salamanca, arresting five men. A sixth suspect was shot dead after he opened fire on officers as they entered the property.', '2025-03-30');
    expect(es).toHaveLength(1);
    expect(es[0]!.type).toBe('raid');
    expect(es[0]!.killed?.value).toBe(1);
    // the raid's own rule keeps the type
    expect(es[0]!.explain?.type?.at(-1)).toBe('raid');
  });
});

describe('reference-point-no-conflict', () => {
  it('an incident placed only "south of Baghdad" takes the base a later sentence names', () => {
    const es = ev("BAGHDAD, May 19, 2024 (AFP) - A drone strike hit a base of the Hashed al-Shaabi south of Baghdad late on Saturday, killing two fighters, the force said. Two missiles fired from an unmanned aircraft struck a building inside the base at Jurf al-Nasr, the force said.", '2024-05-19');
    expect(es).toHaveLength(1);
    expect(es[0]!.location?.name).toMatch(/Jurf al-Nasr/);
  });
  it('two towns each named with "in" still conflict', () => {
    const es = ev('KABUL, May 3 (AFP) - A drone strike hit a house in Kandahar on Sunday. Two missiles struck a building in Herat, officials said.', '2021-05-03');
    expect(es).toHaveLength(2);
  });
});

describe('period-start-skip', () => {
  it('"who had governed the district since 2023" does not date the shooting', () => {
    const es = ev('MOGADISHU, Jan 14, 2026 (AFP) - Gunmen shot dead a district commissioner in Afgoye on Tuesday, officials said. The commissioner, who had governed the district since 2023, was hit several times by two men armed with pistols.', '2026-01-14');
    expect(es).toHaveLength(1);
    expect(es[0]!.date.value).toBe('2026-01-13');
    expect(es[0]!.weapons.map((w) => w.name)).toEqual(['gun']);
  });
});

describe('drop-counted-summary, undated count in the perfect', () => {
  const lead = 'KADUNA, Nigeria, April 8, 2024 (Reuters) - Armed men abducted 15 pupils from a school in Kaduna state on Sunday, police said.';
  const record = 'Armed gangs known locally as bandits have carried out dozens of kidnappings for ransom in Kaduna and Zamfara states in recent years.';
  it('a group\'s record told by a vague count with no date is no incident beside the one the story tells', () => {
    const text = `${lead} ${record}`;
    const r = extract(text, { published: '2024-04-08', explain: true });
    expect(r.events.map((e) => e.trigger.text)).toEqual(['abducted']);
    const drop = r.trace?.find((t) => t.rule === 'drop-counted-summary' && t.action === 'drop');
    expect(drop).toMatchObject({ text: 'kidnappings', start: text.indexOf('kidnappings') });
    expect(text.slice(drop!.start, drop!.end)).toBe(drop!.text);
  });
  it('stays with a number ("45 attacks"), an ordinal, or under the terrorism scope', () => {
    const numbered = `${lead} Bandits have carried out 45 kidnappings for ransom in Kaduna and Zamfara states in recent years.`;
    expect(ev(numbered, '2024-04-08').some((e) => e.aggregate)).toBe(true);
    const ordinal = `${lead} It is the second kidnapping at the same school since December, the police have said.`;
    expect(ev(ordinal, '2024-04-08').some((e) => e.aggregate)).toBe(true);
    const terrorism = extract(`${lead} ${record}`, { published: '2024-04-08', scope: 'terrorism' }).events;
    expect(terrorism.some((e) => e.aggregate)).toBe(true);
  });
});
