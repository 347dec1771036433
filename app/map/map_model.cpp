// Picking through the layers' R-trees, search over names, feature descriptions.
#include "map_model.hpp"

#include <cmath>

#include "domain/catalogue.hpp"
#include "domain/number_format.hpp"
#include "geo/point_in_polygon.hpp"
#include "styling.hpp"

namespace app {

namespace {

// The field that names a feature: the label field, else the usual name columns.
std::optional<std::size_t> nameField(const MapLayer& l) {
    const auto& t = l.data.layer.table;
    if (l.spec.label)
        if (auto c = t.fieldIndex(l.spec.label->field)) return c;
    for (const char* n : {"nom", "name", "titre", "hospital_name", "libelle", "site_name"})
        if (auto c = t.fieldIndex(n)) return c;
    return std::nullopt;
}

// Readable labels for the fields SantéMap knows; other fields keep their own name.
const std::pair<const char*, Text> kKnownFields[] = {{"nom", Text::FieldName},
                                                     {"code_insee", Text::FieldInseeCode},
                                                     {"code", Text::FieldCode},
                                                     {"departement", Text::FieldDepartement},
                                                     {"population", Text::FieldPopulation},
                                                     {"codes_postaux", Text::FieldPostcodes},
                                                     {"epci_nom", Text::FieldEpci},
                                                     {"hospital_name", Text::FieldEstablishment},
                                                     {"site_name", Text::FieldSite},
                                                     {"facility_type", Text::FieldFinessCategory},
                                                     {"finess_et", Text::FieldFiness},
                                                     {"city", Text::FieldTown},
                                                     {"street", Text::FieldStreet},
                                                     {"postcode", Text::FieldPostcode},
                                                     {"public_private", Text::FieldStatus},
                                                     {"tel", Text::FieldPhone},
                                                     {"codes_anciens", Text::FieldCodes2018}};

// The readable label of a field SantéMap knows, or nullopt.
std::optional<Text> knownLabel(const std::string& name) {
    for (const auto& [k, v] : kKnownFields)
        if (name == k) return v;
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> MapModel::layerOf(const std::string& catalogueId) const {
    for (std::size_t k = 0; k < layers.size(); ++k)
        if (layers[k].spec.catalogueId == catalogueId) return k;
    return std::nullopt;
}

void MapModel::buildSearch() {
    search = geo::SearchIndex{};
    targets.clear();
    for (std::size_t li = 0; li < layers.size(); ++li) {
        const MapLayer& l = layers[li];
        const auto col = nameField(l);
        if (!col) continue;
        // Layers that repeat the communes (zoning, MSP per commune) would list each name twice.
        const std::string& id = l.spec.catalogueId;
        if (id == kZoningLayer || id == kMspLayer) continue;
        const auto& t = l.data.layer.table;
        const auto pop = t.fieldIndex("population");
        const Text kind = id == kListingsLayer       ? Text::KindListing
                          : id == kCantonsLayer      ? Text::KindCanton
                          : id == kDepartementsLayer ? Text::KindDepartement
                          : l.isPoints               ? Text::KindHospital
                                                     : Text::KindCommune;
        for (std::size_t f = 0; f < t.rowCount(); ++f) {
            if (l.data.display.kind[f] == geo::GeomKind::None) continue;
            std::string name = geo::toText(t.at(f, *col));
            if (name.empty()) continue;
            double weight = 0;
            if (pop) weight = numericValue(t.at(f, *pop)).value_or(0);
            // Hospitals are often just "CENTRE HOSPITALIER": add their town to find and tell them apart.
            if (l.isPoints && id != kListingsLayer)
                if (auto city = t.fieldIndex("city")) name += " — " + geo::toText(t.at(f, *city));
            search.add(static_cast<std::uint32_t>(targets.size()), name, weight);
            targets.push_back({FeatureRef{li, f}, name, kind});
        }
    }
}

std::optional<FeatureRef> MapModel::pick(geo::Vec2 p, double mpp, double pixelRadius) const {
    // Points on top of polygons; later layers on top of earlier ones.
    for (std::size_t li = layers.size(); li-- > 0;) {
        const MapLayer& l = layers[li];
        if (!l.view.shown || !l.isPoints) continue;
        double best = pixelRadius * mpp;
        std::optional<FeatureRef> hit;
        for (std::size_t k = 0; k < l.styled.points.size(); ++k) {
            const double d = std::hypot(l.styled.points[k].x - p.x, l.styled.points[k].y - p.y);
            if (d <= best) {
                best = d;
                hit = FeatureRef{li, l.styled.pointFeature[k]};
            }
        }
        if (hit) return hit;
    }
    for (std::size_t li = layers.size(); li-- > 0;) {
        const MapLayer& l = layers[li];
        if (!l.view.shown || l.isPoints) continue;
        // Layers drawn as outlines only (départements) do not catch the mouse.
        if (l.spec.fillSet && !l.spec.fill && !l.spec.choropleth && !l.spec.categories) continue;
        for (std::uint32_t f : l.data.index.search(geo::Box{p.x, p.y, p.x, p.y}))
            if (l.styled.visible[f] && geo::featureContains(l.data.display, f, p.x, p.y)) return FeatureRef{li, f};
    }
    return std::nullopt;
}

TapTarget MapModel::tapAt(geo::Vec2 p, double mpp, float scale) const {
    TapTarget t;
    const auto hit = pick(p, mpp, 8 * scale);
    if (!hit) return t;
    const MapLayer& l = layers[hit->layer];
    if (!l.isPoints || !l.spec.marker.cluster) {
        t.members = {*hit};
        t.extent = extentOf(*hit);
        return t;
    }
    // The radius clusterMarkers merges within, around the tap (the cluster's centre is where it
    // is drawn and touched).
    const double radius = 1.2 * l.spec.marker.size * scale * mpp;
    for (std::size_t k = 0; k < l.styled.points.size(); ++k) {
        const geo::Vec2& q = l.styled.points[k];
        if (std::hypot(q.x - p.x, q.y - p.y) > radius) continue;
        t.members.push_back(FeatureRef{hit->layer, l.styled.pointFeature[k]});
        t.extent.expand(q.x, q.y);
    }
    if (t.members.empty()) t.members = {*hit};
    const double span = std::max(t.extent.maxX - t.extent.minX, t.extent.maxY - t.extent.minY);
    t.together = t.members.size() > 1 && span < kTogetherMetres;
    return t;
}

geo::Box MapModel::extentOf(const FeatureRef& r) const { return layers[r.layer].data.display.featureBox(r.feature); }

namespace {
// The least a fly-to shows: about a rural commune of Loir-et-Cher and its neighbours.
constexpr double kMinFlySpanMetres = 12000;
}  // namespace

geo::Box MapModel::flyToExtentOf(const FeatureRef& r) const {
    geo::Box box = extentOf(r);
    if (box.empty()) return box;
    const double w = box.maxX - box.minX, h = box.maxY - box.minY;
    if (!layers[r.layer].isPoints && std::max(w, h) >= kMinFlySpanMetres) return box;
    const double cx = (box.minX + box.maxX) / 2, cy = (box.minY + box.maxY) / 2;
    if (auto c = layerOf(kCommunesLayer)) {
        const auto& communes = layers[*c].data;
        for (std::uint32_t f : communes.index.search(geo::Box{cx, cy, cx, cy}))
            if (geo::featureContains(communes.display, f, cx, cy)) {
                // The commune grown by its own size on each side: its neighbours.
                const geo::Box cb = communes.display.featureBox(f);
                const double cw = cb.maxX - cb.minX, ch = cb.maxY - cb.minY;
                box.expand(geo::Box{cb.minX - cw, cb.minY - ch, cb.maxX + cw, cb.maxY + ch});
                break;
            }
    }
    const double half = kMinFlySpanMetres / 2;
    box.expand(geo::Box{cx - half, cy - half, cx + half, cy + half});
    return box;
}

std::string MapModel::nameOf(const FeatureRef& r, Language lang) const {
    const MapLayer& l = layers[r.layer];
    const auto col = nameField(l);
    return col ? geo::toText(l.data.layer.table.at(r.feature, *col)) : l.name(lang);
}

std::vector<FieldRow> MapModel::describe(const FeatureRef& r, Language lang) const {
    const auto& t = layers[r.layer].data.layer.table;
    // Layers SantéMap knows show their meaningful fields only; any other layer shows them all.
    std::size_t known = 0;
    for (const auto& f : t.fields) known += knownLabel(f.name).has_value();
    const bool curated = known >= 3;
    std::vector<FieldRow> rows;
    for (std::size_t c = 0; c < t.fields.size(); ++c) {
        const auto& field = t.fields[c];
        const auto label = knownLabel(field.name);
        if (curated && !label) continue;
        const geo::Value& v = t.at(r.feature, c);
        // A commune that did not merge has its 2018 code as only former code: nothing to tell.
        if (field.name == "codes_anciens" && geo::toText(v).find('|') == std::string::npos) continue;
        std::string text;
        const bool code = field.name.find("code") != std::string::npos || field.name == "siren" || field.name == "id";
        if (std::holds_alternative<std::monostate>(v))
            text = tr(lang, Text::NoData);
        else if (auto d = numericValue(v); d && !code)
            text = formatNumber(lang, *d, std::floor(*d) == *d ? 0 : 2);
        else
            text = geo::toText(v);
        if (text.empty()) continue;
        rows.push_back({field.name, label ? tr(lang, *label) : field.name, text});
    }
    return rows;
}

}  // namespace app
