#!/usr/bin/env node
// Generates the CLDR country-name and month-name tables of the parser from the unpacked CLDR JSON packages
// cldr-localenames-full and cldr-dates-full. See README.md beside this file.
//
//   node tools/cldr/generate.mjs <cldr-localenames-full folder> <cldr-dates-full folder>
//
// Node 20, no dependencies. The output is deterministic: the same inputs give the same bytes.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLDR locales read, in one place: the languages of the pages the library reads.
// "sr" is Serbian in Cyrillic, "sr-Latn" in Latin letters; "ku" is Kurmanji Kurdish (Latin letters).
const LOCALES = [
  'en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'tr', 'nb', 'nn', 'da', 'sv', 'fi', 'el', 'ru', 'bg', 'uk',
  'sr', 'sr-Latn', 'mk', 'pl', 'cs', 'ro', 'hu', 'ar', 'fa', 'hi', 'bn', 'ku', 'sq', 'hr', 'ca', 'mr', 'is',
  'zh', 'zh-Hant', 'ja', 'ko',
];

// CLDR territory codes of two capital letters that are not officially assigned ISO 3166-1 alpha-2 codes:
// groupings (EU, EZ, UN, QO), private-use and pseudo codes (XA, XB, XK, ZZ) and the exceptionally reserved ones
// (AC Ascension, CP Clipperton, CQ Sark, DG Diego Garcia, EA Ceuta and Melilla, IC Canary Islands, TA Tristan da Cunha).
const NOT_ISO = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'XK', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

// The territory keys read: the plain name and the short and variant forms.
const TERRITORY_KEY = /^([A-Z]{2})(?:-alt-(short|variant))?$/;

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const countryOut = join(repo, 'src/JointStatements/Shared/Parsing/Countries/CldrCountryNames.g.cs');
const monthOut = join(repo, 'src/JointStatements/Shared/Parsing/Dates/CldrMonthNames.g.cs');
const weekdayOut = join(repo, 'src/JointStatements/Shared/Parsing/Dates/CldrWeekdayNames.g.cs');
const handFiles = [
  { path: join(repo, 'src/JointStatements/Shared/Parsing/Countries/CountryTable.cs'), order: 'code-name' },
  { path: join(repo, 'src/JointStatements/Shared/Parsing/Countries/CountryAliases.cs'), order: 'name-code' },
];
const exclusionsFile = join(here, 'excluded.tsv');

function fail(message) {
  console.error(`generate.mjs: ${message}`);
  process.exit(1);
}

// Accepts the folder that holds package.json and main/, or the folder the tarball was unpacked into (with package/).
function packageRoot(folder, name) {
  if (!folder) fail('usage: node tools/cldr/generate.mjs <cldr-localenames-full folder> <cldr-dates-full folder>');
  for (const candidate of [folder, join(folder, 'package')]) {
    const manifest = join(candidate, 'package.json');
    if (existsSync(manifest) && existsSync(join(candidate, 'main'))) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.name !== name) fail(`${candidate} holds ${pkg.name}, not ${name}`);
      return { root: candidate, version: pkg.version };
    }
  }
  return fail(`${folder} holds no unpacked ${name} (package.json and main/)`);
}

const names = packageRoot(process.argv[2], 'cldr-localenames-full');
const dates = packageRoot(process.argv[3], 'cldr-dates-full');
if (names.version !== dates.version) {
  console.warn(`note: cldr-localenames-full ${names.version} and cldr-dates-full ${dates.version} differ`);
}
const cldrVersion = names.version === dates.version ? names.version : `${names.version}/${dates.version}`;

// ---------------------------------------------------------------------------------------------------------------
// Folding: the comparison form, close to the parser's NameFolding (case, accents, ligatures, punctuation).

const SPELLED = { 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'Þ': 'th', 'ĳ': 'ij', 'Ĳ': 'ij' };
const PLAIN = {
  'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ı': 'i', 'ħ': 'h', 'Ħ': 'h',
  'ŧ': 't', 'Ŧ': 't', 'ŀ': 'l', 'Ŀ': 'l', 'ſ': 's',
};
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4', '\u2032', '\uFF07']);

function fold(text) {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch) && !/\p{Mc}/u.test(ch)) continue; // accents and other non-spacing marks
    if (/\p{Cf}/u.test(ch) || ch === '.' || ch === '\u00B7') continue; // format characters, full stops, middle dots
    if (APOSTROPHES.has(ch)) { out += "'"; continue; }
    if (ch === '&') { out += ' and '; continue; }
    if (SPELLED[ch]) { out += SPELLED[ch]; continue; }
    if (PLAIN[ch]) { out += PLAIN[ch]; continue; }
    if (/[\p{L}\p{Nd}\p{Nl}\p{No}\p{Mc}]/u.test(ch)) { out += ch.toLowerCase(); continue; }
    out += ' ';
  }
  return out.replace(/ς/g, 'σ').replace(/\s+/g, ' ').trim();
}

const isLatin = (text) => /\p{Script=Latin}/u.test(text);
// Letters and the marks on them (an Indic vowel sign counts), not spaces or punctuation.
const letterCount = (text) => (text.match(/[\p{L}\p{M}]/gu) || []).length;
// Chinese, Japanese and Korean names are written in few signs, each a syllable or a word: 中国, 日本, 미국.
const isCjk = (text) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);

// ---------------------------------------------------------------------------------------------------------------
// Inputs: the hand tables and the exclusion list.

function handPairs() {
  const pair = /\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)/g;
  const pairs = [];
  for (const { path, order } of handFiles) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(pair)) {
      const [a, b] = [JSON.parse(`"${m[1]}"`), JSON.parse(`"${m[2]}"`)];
      const [name, code] = order === 'code-name' ? [b, a] : [a, b];
      if (!/^[A-Z]{2}$/.test(code)) fail(`${path}: unexpected pair ("${m[1]}", "${m[2]}")`);
      pairs.push({ name, code });
    }
  }
  if (pairs.length < 249) fail(`read only ${pairs.length} pairs from the hand tables; has their layout changed?`);
  // The phrases that name no country (CountryAliases.NotCountries) count as a code of their own.
  const aliases = readFileSync(handFiles[1].path, 'utf8');
  const block = aliases.match(/NotCountries[^{]*\{([^}]*)\}/);
  if (block) for (const m of block[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)) pairs.push({ name: JSON.parse(`"${m[1]}"`), code: '(no country)' });
  return pairs;
}

function readExclusions() {
  const rows = [];
  const lines = readFileSync(exclusionsFile, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length < 3) fail(`excluded.tsv line ${i + 1}: expected name, code and reason separated by tabs`);
    const [name, code, reason] = cells.map((c) => c.trim());
    if (!(code === 'month' || /^[A-Z]{2}$/.test(code))) fail(`excluded.tsv line ${i + 1}: code must be alpha-2 or "month"`);
    rows.push({ name, code, reason, key: code === 'month' ? name.toLowerCase() : fold(name), used: 0 });
  });
  return rows;
}

const hand = handPairs();
const handCodes = new Map(); // folded name -> set of codes
for (const { name, code } of hand) {
  const key = fold(name);
  if (!handCodes.has(key)) handCodes.set(key, new Set());
  handCodes.get(key).add(code);
}
const isoCodes = new Set(hand.filter((p) => /^[A-Z]{2}$/.test(p.code)).map((p) => p.code));
const exclusions = readExclusions();
// A country row names one text, compared folded (case and accents ignored), or every name of its code when its name
// is "*". A month row names one text compared in lower case only, as the month table is keyed (German "Mär" is not
// Spanish "mar").
const excluded = (name, code) => {
  const key = code === 'month' ? name.toLowerCase() : fold(name);
  const row = exclusions.find((e) => e.code === code && (e.name === '*' || e.key === key));
  if (row) row.used++;
  return row;
};

function readJson(path) {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8'));
}

const present = LOCALES.filter((locale) => {
  const ok = existsSync(join(names.root, 'main', locale, 'territories.json'))
    && existsSync(join(dates.root, 'main', locale, 'ca-gregorian.json'));
  if (!ok) console.log(`locale ${locale}: not in CLDR ${cldrVersion}, skipped`);
  return ok;
});

// ---------------------------------------------------------------------------------------------------------------
// Countries.

const raw = []; // { name, code, locale }
const skippedCodes = new Set();
for (const locale of present) {
  const json = readJson(join(names.root, 'main', locale, 'territories.json'));
  const territories = json.main[locale].localeDisplayNames.territories;
  for (const [key, value] of Object.entries(territories)) {
    const m = TERRITORY_KEY.exec(key);
    if (!m) continue;
    const code = m[1];
    if (NOT_ISO.has(code)) continue;
    if (!isoCodes.has(code)) { skippedCodes.add(code); continue; }
    const name = value.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name) raw.push({ name, code, locale });
  }
}
if (skippedCodes.size) console.log(`codes not in CountryTable, skipped: ${[...skippedCodes].sort().join(' ')}`);

// Every code a folded name stands for, in any locale.
const cldrCodes = new Map();
for (const { name, code } of raw) {
  const key = fold(name);
  if (!cldrCodes.has(key)) cldrCodes.set(key, new Set());
  cldrCodes.get(key).add(code);
}

const drops = new Map(); // reason -> Set of "name (code)"
const drop = (reason, entry) => {
  if (!drops.has(reason)) drops.set(reason, new Set());
  drops.get(reason).add(`${entry.name} (${entry.code})`);
};

const kept = [];
for (const entry of raw) {
  const key = fold(entry.name);
  const handSet = handCodes.get(key);
  const exclusion = excluded(entry.name, entry.code);
  if (cldrCodes.get(key).size > 1) drop('names two codes in CLDR', entry);
  else if (handSet && [...handSet].some((c) => c !== entry.code)) drop('hand table gives another code', entry);
  else if (letterCount(entry.name) < 4 && (isLatin(entry.name) || letterCount(entry.name) < (isCjk(entry.name) ? 2 : 3))) drop('too short', entry);
  else if (exclusion) drop(`excluded.tsv: ${exclusion.reason}`, entry);
  else kept.push(entry);
}

const perLocale = new Map(present.map((l) => [l, { raw: 0, kept: 0 }]));
for (const e of raw) perLocale.get(e.locale).raw++;
for (const e of kept) perLocale.get(e.locale).kept++;

// One row per exact name (after the ambiguity filter each name has one code).
const countryRows = new Map();
for (const { name, code } of kept) if (!countryRows.has(name)) countryRows.set(name, code);
const countries = [...countryRows].map(([name, code]) => ({ name, code }))
  .sort((a, b) => ordinal(a.code, b.code) || ordinal(a.name, b.name));
const alreadyInHand = countries.filter((c) => handCodes.get(fold(c.name))?.has(c.code)).length;

// ---------------------------------------------------------------------------------------------------------------
// Months.

const monthRaw = []; // { name, month, locale, width }
for (const locale of present) {
  const json = readJson(join(dates.root, 'main', locale, 'ca-gregorian.json'));
  const months = json.main[locale].dates.calendars.gregorian.months;
  for (const context of ['format', 'stand-alone']) {
    for (const width of ['wide', 'abbreviated']) {
      const set = months[context]?.[width];
      if (!set) continue;
      for (let month = 1; month <= 12; month++) {
        let name = (set[String(month)] || '').normalize('NFC').replace(/\s+/g, ' ').trim();
        if (width === 'abbreviated') name = name.replace(/[.\u0970]+$/u, '');
        // Catalan's format forms carry the preposition that joins them to the day ("de gener", "d’abril"): the date
        // reader reads that joiner itself, and a month's name never opens with it.
        name = name.replace(/^(?:de |d[’'])/u, '');
        if (name) monthRaw.push({ name, month, locale, width });
      }
    }
  }
}

const monthDrops = new Map();
const dropMonth = (reason, entry) => {
  if (!monthDrops.has(reason)) monthDrops.set(reason, new Set());
  monthDrops.get(reason).add(`${entry.name} (${entry.month}, ${entry.locale})`);
};
// Every month a lower-case name stands for, in any locale.
const monthsOf = new Map();
for (const { name, month } of monthRaw) {
  const key = name.toLowerCase();
  if (!monthsOf.has(key)) monthsOf.set(key, new Set());
  monthsOf.get(key).add(month);
}
const monthKept = new Map(); // lower-case name -> { name, month }
for (const entry of monthRaw) {
  const key = entry.name.toLowerCase();
  const exclusion = excluded(entry.name, 'month');
  if (/^[\p{Nd}\s]+$/u.test(entry.name)) dropMonth('digits only', entry);
  // "4月", "4월": a number and the sign of the month, read by the date patterns of year, month and day signs.
  else if (/\p{Nd}/u.test(entry.name)) dropMonth('a number and a sign', entry);
  else if (monthsOf.get(key).size > 1) dropMonth('names two months', entry);
  else if (entry.width === 'abbreviated' && letterCount(entry.name) < 3) dropMonth('abbreviation shorter than 3 letters', entry);
  else if (exclusion) dropMonth(`excluded.tsv: ${exclusion.reason}`, entry);
  else if (!monthKept.has(key)) monthKept.set(key, { name: entry.name, month: entry.month });
}
const months = [...monthKept.values()].sort((a, b) => a.month - b.month || ordinal(a.name, b.name));

// ---------------------------------------------------------------------------------------------------------------
// Weekdays: the wide names only (abbreviations such as "mar", "Sun" or "Di" are ordinary words of other languages).

const weekdayRaw = []; // { name, locale }
for (const locale of present) {
  const json = readJson(join(dates.root, 'main', locale, 'ca-gregorian.json'));
  const days = json.main[locale].dates.calendars.gregorian.days;
  for (const context of ['format', 'stand-alone']) {
    const set = days[context]?.wide;
    if (!set) continue;
    for (const day of ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']) {
      const name = (set[day] || '').normalize('NFC').replace(/\s+/g, ' ').trim();
      if (name) weekdayRaw.push({ name, locale });
    }
  }
}
const weekdayDrops = new Map();
const dropWeekday = (reason, entry) => {
  if (!weekdayDrops.has(reason)) weekdayDrops.set(reason, new Set());
  weekdayDrops.get(reason).add(`${entry.name} (${entry.locale})`);
};
const weekdayKept = new Map(); // lower-case name -> name
for (const entry of weekdayRaw) {
  const key = entry.name.toLowerCase();
  const exclusion = excluded(entry.name, 'weekday');
  // The parser asks whether one word is a weekday: "e hënë" (Albanian) is two.
  if (/\s/u.test(entry.name)) dropWeekday('more than one word', entry);
  else if (monthKept.has(key)) dropWeekday('also a month name', entry);
  else if (letterCount(entry.name) < 4 && (isLatin(entry.name) || letterCount(entry.name) < (isCjk(entry.name) ? 2 : 3))) dropWeekday('too short', entry);
  else if (exclusion) dropWeekday(`excluded.tsv: ${exclusion.reason}`, entry);
  else if (!weekdayKept.has(key)) weekdayKept.set(key, entry.name);
}
const weekdays = [...weekdayKept.values()].sort(ordinal);

// ---------------------------------------------------------------------------------------------------------------
// Output.

function ordinal(a, b) {
  // UTF-16 code unit order, as String.CompareOrdinal.
  return a < b ? -1 : a > b ? 1 : 0;
}

function csString(text) {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp < 0x20 || /[\p{Cf}\p{Zl}\p{Zp}]/u.test(ch) || (/\p{Zs}/u.test(ch) && ch !== ' ')) {
      out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

const header = [
  '// <auto-generated/>',
  `// Generated by tools/cldr/generate.mjs from CLDR ${cldrVersion} (cldr-localenames-full, cldr-dates-full); do not edit by hand, run the script again.`,
];

// One generated C# file: a static class in the namespace, its summary, and one table `All` of the rows given.
function tableFile({ namespace, summary, className, allSummary, type, rows }) {
  return [
    ...header,
    '#nullable enable',
    'using System.Collections.Generic;',
    '',
    `namespace ${namespace};`,
    '',
    ...summary,
    `internal static class ${className}`,
    '{',
    `    /// <summary>${allSummary}</summary>`,
    `    public static IReadOnlyList<${type}> All { get; } = new ${type}[]`,
    '    {',
    ...rows.map((row) => `        ${row},`),
    '    };',
    '}',
    '',
  ].join('\n');
}

const countryFile = tableFile({
  namespace: 'JointStatements.Parsing.Countries',
  summary: [
    `/// <summary>Country names from CLDR ${cldrVersion} in ${present.length} languages (plain, short and variant forms), each`,
    '/// with its ISO 3166-1 alpha-2 code, after dropping names that stand for two codes, clash with the hand tables, are',
    '/// too short or are ordinary words (tools/cldr/excluded.tsv).</summary>',
  ],
  className: 'CldrCountryNames',
  allSummary: `The ${countries.length} names with their alpha-2 codes, sorted by code, then name (ordinal); each name once.`,
  type: '(string Name, string Code)',
  rows: countries.map((c) => `(${csString(c.name)}, ${csString(c.code)})`),
});

const monthFile = tableFile({
  namespace: 'JointStatements.Parsing.Dates',
  summary: [
    `/// <summary>Gregorian month names from CLDR ${cldrVersion} in ${present.length} languages: format and stand-alone forms,`,
    '/// wide and abbreviated (without the trailing period), after dropping names that stand for two months, abbreviations',
    '/// shorter than three letters and ordinary words (tools/cldr/excluded.tsv).</summary>',
  ],
  className: 'CldrMonthNames',
  allSummary: `The ${months.length} names with their month (1-12), sorted by month, then name (ordinal); each lower-case name once.`,
  type: '(string Name, int Month)',
  rows: months.map((m) => `(${csString(m.name)}, ${m.month})`),
});

const weekdayFile = tableFile({
  namespace: 'JointStatements.Parsing.Dates',
  summary: [
    `/// <summary>Weekday names from CLDR ${cldrVersion} in ${present.length} languages: format and stand-alone forms, wide`,
    "/// only, after dropping names of more than one word, names that are also a month's, names too short to tell from",
    '/// other words and ordinary words (tools/cldr/excluded.tsv).</summary>',
  ],
  className: 'CldrWeekdayNames',
  allSummary: `The ${weekdays.length} names, sorted (ordinal); each lower-case name once.`,
  type: 'string',
  rows: weekdays.map(csString),
});

writeFileSync(countryOut, countryFile, 'utf8');
writeFileSync(monthOut, monthFile, 'utf8');
writeFileSync(weekdayOut, weekdayFile, 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// Report.

const showList = process.argv.includes('--list');
const report = (title, map) => {
  for (const [reason, set] of [...map].sort((a, b) => ordinal(a[0], b[0]))) {
    const items = [...set].sort(ordinal);
    console.log(`  ${title}${reason}: ${items.length}`);
    if (showList) console.log(`    ${items.join('; ')}`);
  }
};
console.log(`CLDR ${cldrVersion}, ${present.length} locales`);
console.log('country names per locale (read -> kept):');
console.log(`  ${[...perLocale].map(([l, c]) => `${l} ${c.raw}->${c.kept}`).join(', ')}`);
console.log(`country names read: ${raw.length}; dropped (distinct name and code):`);
report('', drops);
console.log(`country names written: ${countries.length} (${alreadyInHand} of them fold to a hand-table name with the same code)`);
console.log(`month names read: ${monthRaw.length}; dropped (distinct name, month, locale):`);
report('', monthDrops);
console.log(`month names written: ${months.length}`);
console.log(`weekday names read: ${weekdayRaw.length}; dropped (distinct name, locale):`);
report('', weekdayDrops);
console.log(`weekday names written: ${weekdays.length}`);
const unused = exclusions.filter((e) => e.used === 0);
if (unused.length) console.log(`excluded.tsv rows that matched nothing in this CLDR (kept as a guard): ${unused.map((e) => `${e.name} (${e.code})`).join(', ')}`);
console.log(`wrote ${countryOut.slice(repo.length + 1)}, ${monthOut.slice(repo.length + 1)} and ${weekdayOut.slice(repo.length + 1)}`);
