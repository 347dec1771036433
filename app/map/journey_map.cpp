#include "journey_map.hpp"

#include <cmath>

#include "domain/number_format.hpp"
#include "domain/travel_time.hpp"
#include "geo/projection.hpp"

namespace app {

namespace {

// An in-memory WGS 84 layer with one text column.
geo::Layer wgs84Layer(const std::string& name, const std::string& geometryType, const std::string& column) {
    geo::Layer layer;
    layer.name = name;
    layer.crsLabel = "EPSG:4326";
    layer.geometryType = geometryType;
    layer.table.fields.push_back({column, "String", geo::ValueKind::String});
    layer.table.columns.emplace_back();
    return layer;
}

// Appends one feature of a single ring (or a single point when `ring` has one vertex).
void addFeature(geo::Layer& layer, geo::GeomKind kind, const std::vector<geo::Vec2>& ring, const std::string& value) {
    layer.table.columns[0].push_back(geo::Value{value});
    layer.fids.push_back(static_cast<std::int64_t>(layer.fids.size()));
    layer.geometry.beginFeature(kind);
    layer.geometry.vertices.insert(layer.geometry.vertices.end(), ring.begin(), ring.end());
    layer.geometry.endRing();
    layer.geometry.endPart();
    layer.geometry.endFeature();
}

LayerSpec specOf(geo::Layer layer, const LocalText& title) {
    LayerSpec spec;
    spec.title = title;
    spec.source = layer.name;
    spec.preloaded = std::make_shared<const geo::Layer>(std::move(layer));
    return spec;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " / ") + p;
    return out;
}

LayerSpec circlesLayer(const Journey& j) {
    geo::Layer layer = wgs84Layer("stage_cercles", "Polygon", "minutes");
    std::vector<std::string> minutes, kmFr, kmEn;
    for (double m : kJourneyCircleMinutes) {
        const double km = kmForMinutes(m);
        addFeature(layer, geo::GeomKind::Polygon, circleAround(j.site.lonLat, km), std::to_string(int(m)));
        minutes.push_back(std::to_string(int(m)));
        kmFr.push_back(formatNumber(Language::French, km, 1));
        kmEn.push_back(formatNumber(Language::English, km, 1));
    }
    LayerSpec spec =
        specOf(std::move(layer),
               LocalText{trf(Language::French, Text::JourneyCirclesLegend, {joined(minutes), joined(kmFr)}),
                         trf(Language::English, Text::JourneyCirclesLegend, {joined(minutes), joined(kmEn)})});
    spec.fillSet = true;  // outlines only: the communes stay readable inside
    spec.outlineSet = true;
    spec.outline = kJourneyCircleColor;
    spec.outlineWidth = 2.5f;
    return spec;
}

// The circles' names ("10 min") on their northern points, over a halo, out of the legend.
LayerSpec circleLabelsLayer(const Journey& j) {
    geo::Layer layer = wgs84Layer("stage_cercles_noms", "Point", "texte");
    for (double m : kJourneyCircleMinutes)
        addFeature(layer,
                   geo::GeomKind::Point,
                   {circleAround(j.site.lonLat, kmForMinutes(m), 1).front()},
                   std::to_string(int(m)) + " min");
    LayerSpec spec = specOf(std::move(layer), {});
    spec.marker.size = 0;  // labels only
    spec.label = LabelSpec{"texte", "", 13};
    spec.inLegend = false;
    return spec;
}

// A straight segment drawn as the outline of a sliver (the map draws polygons' outlines at a width
// in pixels, not lines): the line from the site to the housing chosen. The sliver is a five-
// hundredth of its length wide: thin under its outline, yet wider than the quarter pixel at which
// a picture's geometry is simplified, which would collapse a thinner one.
LayerSpec lineLayer(const Journey& j, geo::Vec2 to) {
    geo::Layer layer = wgs84Layer("stage_trajet", "Polygon", "nom");
    const geo::Vec2 a = j.site.lonLat;
    const double dx = to.x - a.x, dy = to.y - a.y, len = std::hypot(dx, dy);
    const geo::Vec2 n = len > 0 ? geo::Vec2{-dy / 500, dx / 500} : geo::Vec2{0, 0};
    addFeature(layer, geo::GeomKind::Polygon, {a, to, {to.x + n.x, to.y + n.y}, {a.x + n.x, a.y + n.y}}, "");
    LayerSpec spec = specOf(std::move(layer), localText(Text::JourneyLineLegend));
    spec.fillSet = true;
    spec.outlineSet = true;
    spec.outline = kJourneyLineColor;
    spec.outlineWidth = 4;
    return spec;
}

LayerSpec housingLayer(const Journey& j) {
    geo::Layer layer = wgs84Layer("stage_logements", "Point", "bande");
    for (const auto& h : j.housing)
        addFeature(layer, geo::GeomKind::Point, {h.listing->lonLat}, std::to_string(timeBand(h.minutes)));
    LayerSpec spec = specOf(std::move(layer), localText(Text::JourneyHousingLegend));
    CategoriesSpec bands;
    bands.field = "bande";
    for (std::size_t b = 0; b < std::size(kTimeBandColors); ++b) {
        bands.values.emplace_back(std::to_string(b), kTimeBandColors[b]);
        bands.labels.push_back(localText(kTimeBandTexts[b]));
    }
    spec.categories = bands;
    spec.marker.size = 14;
    spec.marker.cluster = false;  // each housing keeps its colour
    return spec;
}

LayerSpec siteLayer(const Journey& j) {
    geo::Layer layer = wgs84Layer("stage_lieu", "Point", "nom");
    addFeature(layer, geo::GeomKind::Point, {j.site.lonLat}, j.site.name);
    LayerSpec spec = specOf(std::move(layer), localText(Text::JourneySiteLegend));
    spec.fillSet = true;
    spec.fill = kJourneySiteColor;
    spec.marker.shape = render::MarkerShape::Square;
    spec.marker.size = 18;
    spec.marker.cluster = false;
    return spec;
}

}  // namespace

std::vector<LayerSpec> journeyLayers(const Journey& j, std::optional<std::int64_t> chosen) {
    std::vector<LayerSpec> layers;
    layers.push_back(circlesLayer(j));
    for (const auto& h : j.housing)
        if (chosen && h.listing->fid == *chosen && h.km > 0) layers.push_back(lineLayer(j, h.listing->lonLat));
    if (!j.housing.empty()) layers.push_back(housingLayer(j));
    layers.push_back(siteLayer(j));
    layers.push_back(circleLabelsLayer(j));
    return layers;
}

geo::Result<Scene> journeyScene(const Scene& territory,
                                const Journey& j,
                                std::optional<std::int64_t> chosen,
                                Language lang) {
    auto toMap = geo::Transformer::create("EPSG:4326", territory.crs);
    if (!toMap) return toMap.error();
    Scene s = territory;
    s.language = lang;
    s.title = trf(lang, Text::StageSiteIs, {j.site.name, j.site.communeName});
    s.attribution = tr(lang, Text::JourneyEstimateNote);
    s.legend = s.scaleBar = s.labels = true;
    // Framed on the 30-minute circle and the housing chosen, with room for the circle's label.
    geo::Box box;
    for (const auto& p : circleAround(j.site.lonLat, kmForMinutes(kJourneyCircleMinutes[2]))) {
        const geo::Vec2 q = toMap->transform(p);
        box.expand(q.x, q.y);
    }
    for (const auto& h : j.housing)
        if (chosen && h.listing->fid == *chosen) {
            const geo::Vec2 q = toMap->transform(h.listing->lonLat);
            box.expand(q.x, q.y);
        }
    const double margin = 0.08 * std::max(box.maxX - box.minX, box.maxY - box.minY);
    s.extent = geo::Box{box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};
    std::vector<LayerSpec> kept;
    for (auto l : s.layers) {
        const std::string& id = l.catalogueId;
        if (id == kCommunesLayer) {
            // Plain communes: the journey's colours are the picture's only colours.
            l.choropleth.reset();
            l.categories.reset();
            l.hatching.reset();
            l.hatched = false;
            l.fillSet = true;
            l.fill = render::Rgba{246, 244, 238, 255};
            l.outlineSet = true;
            l.outline = render::Rgba{190, 190, 190, 255};
        } else if (id != kDepartementsLayer && id != kHospitalsLayer && id != kMspLayer) {
            continue;
        }
        l.startHidden = false;
        kept.push_back(std::move(l));
    }
    for (auto& l : journeyLayers(j, chosen)) kept.push_back(std::move(l));
    s.layers = std::move(kept);
    return s;
}

}  // namespace app
