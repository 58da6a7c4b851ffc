#!/usr/bin/env node
// Derives kgi's list of given names from two npm packages: human-names (MIT; common given names in English,
// German, Spanish, French, Italian and Dutch) and @faker-js/faker (MIT; the first names of its locales, Latin
// script only). Usage: node derive_given_names.cjs NODE_MODULES COUNTRIES_TSV > given-names.txt
// Writes the names in lower case, one a line, sorted; a name that is also an English word (the npm package
// word-list, MIT) is followed by a tab and "word" ("mark\tword"). Such a name from faker alone is left out (faker's
// "General", "Golden"), and so are countries, continents and words that open other names ("Santa", "Van", "Al").
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, countriesTsv] = process.argv.slice(2);
const req = (m) => require(path.resolve(modules, m));

const curated = new Set();
const dataDir = path.resolve(modules, 'human-names', 'data');
for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  for (const n of JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))) curated.add(n.normalize('NFC'));
}
const faker = new Set();
for (const f of Object.values(req('@faker-js/faker').allFakers)) {
  const person = f.rawDefinitions.person;
  const first = person && person.first_name;
  if (!first) continue;
  const names = Array.isArray(first) ? first : [].concat(first.generic || [], first.female || [], first.male || []);
  for (const n of names) faker.add(n.normalize('NFC'));
}
const english = new Set(fs.readFileSync(path.resolve(modules, 'word-list', 'words.txt'), 'utf8').split('\n'));
const excluded = new Set(['santa', 'san', 'van', 'von', 'al', 'el', 'de', 'del', 'da', 'do', 'di', 'du', 'le', 'la',
  'les', 'los', 'las', 'abu', 'bin', 'ibn', 'mac', 'mc', 'st', 'saint', 'asia', 'africa', 'europe', 'america',
  'oceania', 'antarctica', 'arabia']);
for (const line of fs.readFileSync(countriesTsv, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [, name, aliases] = line.split('\t');
  for (const n of [name, ...(aliases || '').split('|')]) if (n) excluded.add(n.toLowerCase());
}
// a name of letters, one capital first, at most one hyphen or apostrophe inside: Anne-Marie, D'Arcy, Zoë
const shape = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const out = new Map();
for (const n of [...curated, ...faker]) {
  if (!shape.test(n) || !/^[\p{Script=Latin}'’-]+$/u.test(n)) continue;
  const lower = n.toLowerCase();
  if (lower.length < 2 || excluded.has(lower)) continue;
  if (!curated.has(n) && english.has(lower)) continue;
  out.set(lower, english.has(lower) ? lower + '\tword' : lower);
}
process.stdout.write([...out.keys()].sort().map((k) => out.get(k)).join('\n') + '\n');
