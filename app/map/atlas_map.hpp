// The atlas page's map excerpt as vector paths (cairo): a commune and its neighbours coloured by
// the DREES APL 2023 with the APL indicator's classes, département boundaries, the commune
// outlined, names in the free space, a legend and a scale bar. In Lambert-93 (EPSG:2154), the
// projection of French maps, so that the scale bar holds everywhere on the excerpt.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "domain/style.hpp"
#include "domain/territory.hpp"
#include "page_writer.hpp"

namespace app {

class AtlasMap {
public:
    // The territory's communes and départements projected once for every page.
    static geo::Result<AtlasMap> build(const TerritoryData& t);

    // The square excerpt at (x, y), `side` points wide, centred on commune `code`; then the
    // legend below it. Returns the y below the legend.
    double draw(PageWriter& w, const std::string& code, double x, double y, double side, Language lang) const;

private:
    struct Polygons {
        geo::LayerGeometry geometry;  // Lambert-93 metres
        std::vector<geo::Box> boxes;
    };
    struct Label {
        std::string code, name;
        geo::Vec2 at;  // Lambert-93: the chef-lieu
        double population = 0;
    };
    void fillCommunes(cairo_t* cr, const geo::Box& frame, double x, double y, double k) const;
    // Names of the communes whose chef-lieu is in the frame, the commune's first, then by
    // population, each where it overlaps no other name nor `reserved`.
    void drawLabels(PageWriter& w,
                    const std::string& code,
                    const geo::Box& frame,
                    double x,
                    double y,
                    double side,
                    const geo::Box& reserved) const;
    double drawLegend(PageWriter& w, double x, double y, double width, Language lang) const;

    Polygons m_communes, m_departements;
    std::vector<std::optional<double>> m_apl;  // per commune feature
    std::vector<Label> m_labels;               // per commune feature
    ChoroplethSpec m_scale;
};

// A path of the rings of feature f of `g`, mapped by (x0 + k·(X − minX), y0 + k·(maxY − Y)),
// vertices closer than a quarter point to the last one kept dropped (they cannot be seen and
// only make the file larger).
void appendFeaturePath(
    cairo_t* cr, const geo::LayerGeometry& g, std::size_t f, const geo::Box& frame, double x0, double y0, double k);

// The length of a scale bar: 1, 2 or 5 × 10^n metres, the longest no wider than `maxMetres`.
double scaleBarMetres(double maxMetres);

}  // namespace app
