#!/usr/bin/env bash
# Builds the default data pack, data/public-data.gpkg, from the public data sets of ../shared/data.
# This script is the only way the pack is made: every table is selected and typed here, its
# geometries and values copied unchanged (no simplification, no rounding), with its provenance.
#   scripts/make-data-pack.sh [--shared DIR] [--out FILE]
# Needs GDAL's ogr2ogr and ogrinfo built with SpatiaLite (Debian's gdal-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared/data
out=data/public-data.gpkg
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared=${2:?--shared needs a folder}; shift 2 ;;
    --out) out=${2:?--out needs a file}; shift 2 ;;
    *) echo "usage: $0 [--shared DIR] [--out FILE]" >&2; exit 2 ;;
  esac
done
[ -f "$shared/SOURCES.md" ] || { echo "make-data-pack: $shared is not the public data folder (no SOURCES.md)" >&2; exit 1; }

# The core départements of the territory; their neighbours' communes that touch them come too.
core="'41','45'"
admin=$shared/france_geojson_admin_express_2018
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/stage.gpkg
pack=$work/pack.gpkg

# CSV files are read with the column types declared here (GDAL's .csvt beside a link to the
# file), so that numbers are numbers, codes stay text and empty cells are NULL; nothing is cast
# from text after the fact.
csv_oo=(-oo EMPTY_STRING_AS_NULL=YES)
typed_csv() {  # typed_csv NAME SOURCE TYPES...  → $work/NAME.csv
  ln -s "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")" "$work/$1.csv"
  local IFS=,; echo "$*" | cut -d, -f3- > "$work/$1.csvt"
}
add() {  # add TABLE SOURCE SQL [ogr2ogr options...]
  local table=$1 src=$2 sql=$3; shift 3
  ogr2ogr -f GPKG -update -append "$pack" "$src" -dialect SQLite -sql "$sql" -nln "$table" "$@"
}

# 1. Commune boundaries (COG 2018) of all France, staged to pick the territory's.
ogr2ogr -f GPKG "$stage" "$admin/departements.geojson" -nln departements_france
for f in "$admin"/communes_par_departement/communes-*.geojson; do
  ogr2ogr -f GPKG -update -append "$stage" "$f" -nln communes_france -nlt PROMOTE_TO_MULTI
done
ogr2ogr -f GPKG "$pack" "$stage" -nln communes -nlt MULTIPOLYGON -dialect SQLite -sql "
  WITH core AS (SELECT ST_Buffer(ST_Union(geom), 0.0005, 4) AS g
                FROM departements_france WHERE code IN ($core))
  SELECT c.code, c.nom,
         CASE WHEN substr(c.code, 1, 2) IN ($core) THEN substr(c.code, 1, 2) ELSE 'voisine' END AS territoire,
         c.geom
  FROM communes_france c, core
  WHERE substr(c.code, 1, 2) IN ($core) OR ST_Intersects(c.geom, core.g)
  ORDER BY c.code"

# 2. Départements and cantons of the core.
for f in "$admin"/departement-41-loir-et-cher.geojson "$admin"/departement-45-loiret.geojson; do
  ogr2ogr -f GPKG -update -append "$pack" "$f" -nln departements -nlt MULTIPOLYGON
done
for f in "$admin"/cantons-41-loir-et-cher.geojson "$admin"/cantons-45-loiret.geojson; do
  ogr2ogr -f GPKG -update -append "$pack" "$f" -nln cantons -nlt MULTIPOLYGON
done

# 3. The table of code changes (all France) and the populations of the territory's communes
#    (COG 2026, with EPCI); a boundary's code (COG 2018) is mapped to its current commune.
typed_csv code_changes "$shared/insee_population/communes_codes_anciens_vers_actuels.csv" String String String String String
ogr2ogr -f GPKG -update "$stage" "$work/code_changes.csv" -nln code_changes "${csv_oo[@]}"
ogr2ogr -f GPKG -update "$stage" "$pack" communes -nln territory
typed_csv population "$shared/insee_population/communes_population.csv" \
  String String String String String String Integer String String String String String String
ogr2ogr -f GPKG -update "$stage" "$work/population.csv" -nln population "${csv_oo[@]}"
current_codes="SELECT DISTINCT COALESCE(k.code_insee_actuel, t.code) FROM territory t
               LEFT JOIN code_changes k ON k.code_ancien = t.code"
add communes_population "$stage" "
  SELECT code_insee, nom, departement, region, arrondissement, type, population, codes_postaux, siren, epci_code, epci_nom, commune_parent, anciens_codes
  FROM population WHERE code_insee IN ($current_codes) ORDER BY code_insee"
add codes_communes "$stage" "
  SELECT code_ancien, nom_ancien, type, code_insee_actuel, nom_actuel
  FROM code_changes ORDER BY code_ancien, code_insee_actuel"

# 4. Health indicators of every commune of France, as points at their approximate centroid.
typed_csv indicateurs "$shared/sante_communes_santescope/indicateurs_sante_communes.csv" \
  String String String String Integer Real Real Real Real Integer Integer Integer String Real Real \
  Real Real Real Real Real Real Real Real
add indicateurs_communes "$work/indicateurs.csv" "
  SELECT *, MakePoint(lon, lat, 4326) AS geom FROM indicateurs ORDER BY code" "${csv_oo[@]}" \
  -nlt POINT -a_srs EPSG:4326 -lco SPATIAL_INDEX=NO  # read whole, never queried by area

# 5. Doctors per specialty (RPPS 2026, 41 and 45) and SIRENE practices of the territory's communes
#    (SIRENE codes are COG ~2019: a row is kept when its current code is a commune of the territory).
typed_csv specialites "$shared/sante_communes_santescope/medecins_specialites_communes_41_45.csv" \
  String String String String Integer
add medecins_specialites "$work/specialites.csv" "
  SELECT * FROM specialites ORDER BY code, specialite" "${csv_oo[@]}"
typed_csv sirene "$shared/sirene_naf86_communes/PS_communes.csv" String Real Real Real Real Real Real Real Real Real Real Real Real
ogr2ogr -f GPKG -update "$stage" "$work/sirene.csv" -nln sirene "${csv_oo[@]}"
add sirene_naf86 "$stage" "
  SELECT s.*
  FROM sirene s LEFT JOIN code_changes k ON k.code_ancien = s.codecommuneetablissement
  WHERE COALESCE(k.code_insee_actuel, s.codecommuneetablissement) IN ($current_codes)
  ORDER BY s.codecommuneetablissement"

# 6. Hospitals and clinics of all France (FINESS 2020 via GISCO); finess_et = the FINESS number
#    padded to 9 characters (GISCO drops the leading zero of départements 01-09).
typed_csv hopitaux "$shared/eurostat_gisco_healthcare/FR_healthcare_2020.csv" \
  String String String Real Real Integer String String String String String String String String String String \
  String String String String String String String String String
add hopitaux "$work/hopitaux.csv" "
  SELECT *, substr('000000000' || id, -9, 9) AS finess_et, MakePoint(lon, lat, 4326) AS geom
  FROM hopitaux ORDER BY id" "${csv_oo[@]}" -nlt POINT -a_srs EPSG:4326

# 7. The universities of the region with a health faculty (head offices, not the faculties' own sites).
esr=$shared/enseignement_superieur/fr-esr-principaux-etablissements-enseignement-superieur.csv
add universites "$esr" "
  SELECT \"uai - identifiant\" AS uai, \"libellé\" AS libelle, \"type d'établissement\" AS type,
         \"typologie d'universités et assimilés\" AS typologie, \"Code commune\" AS code_commune,
         \"Commune\" AS commune, \"Code département\" AS code_departement, \"Académie\" AS academie,
         \"Région\" AS region, \"Adresse\" AS adresse, \"Code postal\" AS code_postal,
         \"site internet\" AS site_internet, \"géolocalisation\" AS geolocalisation,
         MakePoint(CAST(trim(substr(\"géolocalisation\", instr(\"géolocalisation\", ',') + 1)) AS REAL),
                   CAST(substr(\"géolocalisation\", 1, instr(\"géolocalisation\", ',') - 1) AS REAL), 4326) AS geom
  FROM \"fr-esr-principaux-etablissements-enseignement-superieur\"
  WHERE \"Région\" = 'Centre-Val de Loire' AND \"typologie d'universités et assimilés\" LIKE '%avec santé%'
  ORDER BY \"uai - identifiant\"" "${csv_oo[@]}" -oo AUTODETECT_TYPE=NO -nlt POINT -a_srs EPSG:4326

# 8. Provenance of every table (shown in the Sources panel), and indexes on the commune codes.
cat > "$work/provenance.csv" <<'CSV'
table_name,source,vintage,licence,url,origin,selection,selection_en
communes,IGN Admin Express (via gregoiredavid/france-geojson),COG 2018,Licence Ouverte,https://github.com/gregoiredavid/france-geojson,france_geojson_admin_express_2018/communes_par_departement/*.geojson,"communes du 41 et du 45 et toutes les communes qui les touchent (tolérance de 50 m) ; territoire = 41, 45 ou voisine","communes of 41 and 45 and every commune touching them (50 m tolerance); territoire = 41, 45 or voisine"
departements,IGN Admin Express (via gregoiredavid/france-geojson),COG 2018,Licence Ouverte,https://github.com/gregoiredavid/france-geojson,france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson + departement-45-loiret.geojson,Loir-et-Cher et Loiret,Loir-et-Cher and Loiret
cantons,IGN Admin Express (via gregoiredavid/france-geojson),COG 2018,Licence Ouverte,https://github.com/gregoiredavid/france-geojson,france_geojson_admin_express_2018/cantons-41-loir-et-cher.geojson + cantons-45-loiret.geojson,cantons du 41 et du 45,cantons of 41 and 45
communes_population,"INSEE, populations légales (via @etalab/decoupage-administratif 6.0.0)","millésime 2023, COG 2026",Licence Ouverte,https://www.insee.fr/fr/statistiques/8680726,insee_population/communes_population.csv,communes du territoire (codes des limites convertis en COG 2026),rows of the communes of the territory (boundary codes mapped to COG 2026)
codes_communes,INSEE COG (via @etalab/decoupage-administratif 6.0.0),COG 2026,Licence Ouverte,https://github.com/datagouv/decoupage-administratif,insee_population/communes_codes_anciens_vers_actuels.csv,toutes les lignes (France entière),every row (all France)
indicateurs_communes,"DREES APL, ANS RPPS, FINESS, INSEE (retraités par H-Zak/santescope)","APL 2015-2023, RPPS avril 2026",Licence Ouverte (producteurs),https://drees.solidarites-sante.gouv.fr,sante_communes_santescope/indicateurs_sante_communes.csv,"toutes les lignes (France entière), en points à lon/lat","every row (all France), as points at lon/lat"
medecins_specialites,ANS RPPS (retraité par H-Zak/santescope),avril 2026,Licence Ouverte,https://annuaire.sante.fr,sante_communes_santescope/medecins_specialites_communes_41_45.csv,toutes les lignes (41 et 45),every row (41 and 45)
sirene_naf86,"INSEE SIRENE, établissements NAF 86 (via virgilus/desert-medicaux-global)",stock début 2019,Licence Ouverte,https://www.sirene.fr,sirene_naf86_communes/PS_communes.csv,lignes des communes du territoire (codes convertis en COG 2026),rows of the communes of the territory (codes mapped to COG 2026)
hopitaux,"Eurostat GISCO healthcare services, from FINESS (ministère de la Santé / DREES)",FINESS mars 2020,Licence Ouverte (FINESS),https://github.com/eurostat/basic-services,eurostat_gisco_healthcare/FR_healthcare_2020.csv,"toutes les lignes (France entière), en points à lon/lat ; finess_et = id complété à 9 caractères","every row (all France), as points at lon/lat; finess_et = id padded to 9 characters"
universites,"MESR, principaux établissements d'enseignement supérieur",2025,Licence Ouverte,https://data.enseignementsup-recherche.gouv.fr,enseignement_superieur/fr-esr-principaux-etablissements-enseignement-superieur.csv,"universités de Centre-Val de Loire avec une faculté de santé (leurs sièges, pas les sites des facultés)","universities of Centre-Val de Loire with a health faculty (head offices, not the faculties' sites)"
CSV
ogr2ogr -f GPKG -update "$pack" "$work/provenance.csv" -nln provenance "${csv_oo[@]}"
for index in "communes(code)" "communes_population(code_insee)" "codes_communes(code_ancien)" \
             "indicateurs_communes(code)" "medecins_specialites(code)" "sirene_naf86(codecommuneetablissement)" \
             "hopitaux(id)"; do
  ogrinfo -q "$pack" -sql "CREATE INDEX \"idx_${index%%(*}_code\" ON $index" >/dev/null
done
ogrinfo -q "$pack" -sql "VACUUM" >/dev/null

# Write-then-rename: a failed run never leaves a half-made pack.
mkdir -p "$(dirname "$out")"
cp "$pack" "$out.tmp"
mv -f "$out.tmp" "$out"
echo "make-data-pack: wrote $out ($(du -k "$out" | cut -f1) KiB)"
for t in communes departements cantons communes_population codes_communes indicateurs_communes \
         medecins_specialites sirene_naf86 hopitaux universites provenance; do
  printf '  %-22s %s\n' "$t" "$(ogrinfo -q -sql "SELECT count(*) AS n FROM $t" "$out" | sed -n 's/.*n (Integer) = //p')"
done
