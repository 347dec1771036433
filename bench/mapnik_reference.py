#!/usr/bin/python3
"""The Mapnik reference for `santemap render` of every French commune (issue: render at most half
of Mapnik's time). Draws the same map as bench/france-scene.json: the communes of the GeoPackage
(EPSG:4326) in Lambert-93, extent (-217230, 6023500)-(1558770, 7133500), 1600x1000, white fill,
0.5 px #404040 outline, background #e8eef4.

    /usr/bin/python3 bench/mapnik_reference.py GPKG OUT.png      (Debian python3-mapnik)

scripts/bench-render-france.sh times it against santemap, whole processes, alternating.
"""
import sys

import mapnik


def main(gpkg, out):
    m = mapnik.Map(1600, 1000, "epsg:2154")
    m.background = mapnik.Color("#e8eef4")
    style = mapnik.Style()
    rule = mapnik.Rule()
    rule.symbols.append(mapnik.PolygonSymbolizer())
    rule.symbols[0].fill = mapnik.Color("#ffffff")
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#404040")
    line.stroke_width = 0.5
    rule.symbols.append(line)
    style.rules.append(rule)
    m.append_style("communes", style)
    layer = mapnik.Layer("communes", "epsg:4326")
    layer.datasource = mapnik.Ogr(file=gpkg, layer_by_index=0)
    layer.styles.append("communes")
    m.layers.append(layer)
    m.zoom_to_box(mapnik.Box2d(-217230, 6023500, 1558770, 7133500))
    mapnik.render_to_file(m, out, "png")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
