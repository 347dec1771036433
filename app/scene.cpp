// Scene JSON → Scene, with one clear message per mistake.
#include "scene.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "geo/data_path.hpp"
#include "geo/projection.hpp"
#include "geo/source.hpp"
#include "territory_scene.hpp"

namespace fs = std::filesystem;

namespace app {

namespace {

using Json = nlohmann::json;

struct Bad {
    std::string message;
};

render::Rgba color(const Json& j, const std::string& key) {
    if (!j.is_string()) throw Bad{key + " must be a colour such as \"#3a7bd5\""};
    auto c = render::parseColor(j.get<std::string>());
    if (!c) throw Bad{key + ": '" + j.get<std::string>() + "' is not a colour (#rrggbb or #rrggbbaa)"};
    return *c;
}

double number(const Json& j, const std::string& key) {
    if (!j.is_number()) throw Bad{key + " must be a number"};
    return j.get<double>();
}

std::string text(const Json& j, const std::string& key) {
    if (!j.is_string()) throw Bad{key + " must be a string"};
    return j.get<std::string>();
}

std::string valueText(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return v.dump();
}

render::MarkerShape shape(const std::string& s, const std::string& key) {
    if (s == "circle") return render::MarkerShape::Circle;
    if (s == "square") return render::MarkerShape::Square;
    if (s == "diamond") return render::MarkerShape::Diamond;
    if (s == "triangle") return render::MarkerShape::Triangle;
    throw Bad{key + ": unknown shape '" + s + "' (circle, square, diamond, triangle)"};
}

void parseStyle(const Json& j, const std::string& at, LayerSpec& l);

LayerSpec parseLayer(const Json& j, std::size_t index, const fs::path& sceneDir, const std::string& dataDir) {
    const std::string at = "layers[" + std::to_string(index) + "]";
    if (!j.is_object()) throw Bad{at + " must be an object"};
    LayerSpec l;
    if (!j.contains("source")) throw Bad{at + ".source is missing"};
    l.source = text(j["source"], at + ".source");
    // Relative sources: the scene's folder first, then the data search path.
    if (geo::isConnectionString(l.source) || fs::path(l.source).is_absolute()) {
        l.resolvedSource = l.source;
    } else if (fs::exists(sceneDir / l.source)) {
        l.resolvedSource = (sceneDir / l.source).string();
    } else {
        l.resolvedSource = geo::resolveDataPath(l.source, dataDir).value_or((sceneDir / l.source).string());
    }
    if (j.contains("layer")) l.layer = text(j["layer"], at + ".layer");
    if (j.contains("where")) l.where = text(j["where"], at + ".where");
    parseStyle(j, at, l);
    return l;
}

ChoroplethSpec parseChoropleth(const Json& c, const std::string& ck) {
    ChoroplethSpec spec;
    spec.field = text(c.value("field", Json()), ck + ".field");
    if (!c.contains("breaks") || !c["breaks"].is_array()) throw Bad{ck + ".breaks must be an array of numbers"};
    for (const auto& b : c["breaks"]) spec.breaks.push_back(number(b, ck + ".breaks"));
    if (!std::is_sorted(spec.breaks.begin(), spec.breaks.end())) throw Bad{ck + ".breaks must be ascending"};
    if (!c.contains("colors") || !c["colors"].is_array()) throw Bad{ck + ".colors must be an array of colours"};
    for (const auto& col : c["colors"]) spec.colors.push_back(color(col, ck + ".colors"));
    if (spec.colors.size() != spec.breaks.size() + 1)
        throw Bad{ck + ": " + std::to_string(spec.breaks.size()) + " breaks need " +
                  std::to_string(spec.breaks.size() + 1) + " colours, not " + std::to_string(spec.colors.size())};
    if (c.contains("labels"))
        for (const auto& lab : c["labels"]) spec.labels.push_back(text(lab, ck + ".labels"));
    if (!spec.labels.empty() && spec.labels.size() != spec.colors.size())
        throw Bad{ck + ".labels needs one label per class"};
    if (c.contains("no_data")) spec.noData = color(c["no_data"], ck + ".no_data");
    return spec;
}

void parseStyle(const Json& j, const std::string& at, LayerSpec& l) {
    if (j.contains("title")) l.title = text(j["title"], at + ".title");
    if (j.contains("fill")) {
        l.fillSet = true;
        if (!j["fill"].is_null()) l.fill = color(j["fill"], at + ".fill");
    }
    if (j.contains("outline")) {
        l.outlineSet = true;
        if (!j["outline"].is_null()) l.outline = color(j["outline"], at + ".outline");
    }
    if (j.contains("outline_width")) l.outlineWidth = static_cast<float>(number(j["outline_width"], at + ".outline_width"));
    if (l.outlineWidth < 0 || l.outlineWidth > 50) throw Bad{at + ".outline_width must be between 0 and 50 pixels"};
    if (j.contains("opacity")) l.opacity = static_cast<float>(number(j["opacity"], at + ".opacity"));
    if (l.opacity < 0 || l.opacity > 1) throw Bad{at + ".opacity must be between 0 and 1"};
    if (j.contains("attribution")) l.attribution = text(j["attribution"], at + ".attribution");
    if (j.contains("choropleth")) l.choropleth = parseChoropleth(j["choropleth"], at + ".choropleth");
    if (j.contains("categories")) {
        const Json& c = j["categories"];
        const std::string ck = at + ".categories";
        CategoriesSpec spec;
        spec.field = text(c.value("field", Json()), ck + ".field");
        if (!c.contains("values") || !c["values"].is_object()) throw Bad{ck + ".values must be an object {value: colour}"};
        for (const auto& [k, v] : c["values"].items()) spec.values.emplace_back(k, color(v, ck + ".values." + k));
        if (c.contains("labels")) {
            for (const auto& [k, v] : c["labels"].items()) {
                (void)k;
                spec.labels.push_back(text(v, ck + ".labels"));
            }
            if (spec.labels.size() != spec.values.size()) throw Bad{ck + ".labels needs one label per value"};
        }
        if (c.contains("other") && !c["other"].is_null()) spec.other = color(c["other"], ck + ".other");
        if (c.contains("other_label")) spec.otherLabel = text(c["other_label"], ck + ".other_label");
        l.categories = spec;
    }
    if (j.contains("filter")) {
        const Json& f = j["filter"];
        const std::string fk = at + ".filter";
        FilterSpec spec;
        spec.field = text(f.value("field", Json()), fk + ".field");
        if (f.contains("in")) {
            if (!f["in"].is_array()) throw Bad{fk + ".in must be an array"};
            for (const auto& v : f["in"]) spec.in.push_back(valueText(v));
        }
        if (f.contains("min")) spec.min = number(f["min"], fk + ".min");
        if (f.contains("max")) spec.max = number(f["max"], fk + ".max");
        l.filter = spec;
    }
    if (j.contains("selection")) {
        const Json& s = j["selection"];
        l.selectionField = text(s.value("field", Json()), at + ".selection.field");
        if (!s.contains("values") || !s["values"].is_array()) throw Bad{at + ".selection.values must be an array"};
        for (const auto& v : s["values"]) l.selection.push_back(valueText(v));
    }
    if (j.contains("label") && j["label"].is_null()) l.label.reset();  // "label": null: none
    if (j.contains("label") && !j["label"].is_null()) {
        const Json& lab = j["label"];
        LabelSpec spec;
        if (lab.is_string()) {
            spec.field = lab.get<std::string>();
        } else {
            spec.field = text(lab.value("field", Json()), at + ".label.field");
            if (lab.contains("priority")) spec.priority = text(lab["priority"], at + ".label.priority");
            if (lab.contains("size")) spec.size = static_cast<float>(number(lab["size"], at + ".label.size"));
        }
        l.label = spec;
    }
    if (j.contains("marker")) {
        const Json& m = j["marker"];
        if (m.contains("shape")) l.marker.shape = shape(text(m["shape"], at + ".marker.shape"), at + ".marker.shape");
        if (m.contains("size")) l.marker.size = static_cast<float>(number(m["size"], at + ".marker.size"));
        if (m.contains("cluster")) l.marker.cluster = m["cluster"].get<bool>();
    }
}

// A layer of the catalogue in a scene: the catalogue's style, with the scene's keys over it;
// "indicator" (and "profession") colour the communes by one of the catalogue's indicators.
LayerSpec catalogueLayer(const Json& lj, const std::string& at, std::size_t index, CatalogueBuilder& catalogue,
                         const fs::path& dir, const std::string& dataDir) {
    const std::string id = lj["source"].get<std::string>().substr(std::string("catalogue:").size());
    const CatalogueLayer* entry = catalogue.catalogue().find(id);
    if (!entry) throw Bad{at + ".source: no layer '" + id + "' in the catalogue (" + catalogue.catalogue().idList() + ")"};
    Json merged = entry->styleJson.empty() ? Json::object() : Json::parse(entry->styleJson);
    merged["title"] = entry->title;
    merged["attribution"] = entry->attribution;
    for (const auto& [k, v] : lj.items()) merged[k] = v;
    if (merged.contains("choropleth") && !lj.contains("categories")) merged.erase("categories");
    merged.erase("indicator");
    merged.erase("profession");
    LayerSpec l = parseLayer(merged, index, dir, dataDir);
    geo::Diagnostics notes;
    auto built = catalogue.layerSpec(*entry, notes);
    if (!built) throw Bad{at + ".source: " + geo::describe(built.error())};
    l.preloaded = built->preloaded;
    l.catalogueId = id;
    if (!l.filter) l.filter = built->filter;
    if (!lj.contains("title") && !built->title.empty()) l.title = built->title;
    if (lj.contains("indicator")) {
        const std::string want = text(lj["indicator"], at + ".indicator");
        const std::string profession = lj.contains("profession") ? text(lj["profession"], at + ".profession") : "";
        const Indicator* found = nullptr;
        for (const auto& ind : entry->indicators)
            if (ind.id == want) found = &ind;
        if (!found) throw Bad{at + ".indicator: no indicator '" + want + "' in catalogue layer '" + id + "'"};
        l.choropleth = found->choroplethFor(profession);
        l.categories.reset();
        if (!lj.contains("title")) l.title = found->title;
    }
    return l;
}

}  // namespace

geo::Result<LayerSpec> layerStyleFromJson(const nlohmann::json& j, const std::string& at) {
    try {
        if (!j.is_object()) throw Bad{at + " must be an object"};
        LayerSpec l;
        parseStyle(j, at, l);
        return l;
    } catch (const Bad& b) {
        return geo::Error{geo::ErrorCode::BadFormat, b.message, ""};
    } catch (const nlohmann::json::exception& e) {
        return geo::Error{geo::ErrorCode::BadFormat, at + ": wrong value type: " + e.what(), ""};
    }
}

geo::Result<ChoroplethSpec> choroplethFromJson(const nlohmann::json& j, const std::string& at) {
    try {
        if (!j.is_object()) throw Bad{at + " must be an object"};
        return parseChoropleth(j, at);
    } catch (const Bad& b) {
        return geo::Error{geo::ErrorCode::BadFormat, b.message, ""};
    } catch (const nlohmann::json::exception& e) {
        return geo::Error{geo::ErrorCode::BadFormat, at + ": wrong value type: " + e.what(), ""};
    }
}

geo::Result<Scene> readScene(const std::string& path, const std::string& dataDir) {
    std::ifstream in(path);
    if (!in) return geo::Error{geo::ErrorCode::NotFound, "cannot open the scene file", path};
    Json j = Json::parse(in, nullptr, false);
    if (j.is_discarded()) return geo::Error{geo::ErrorCode::BadFormat, "not valid JSON", path};
    if (!j.is_object()) return geo::Error{geo::ErrorCode::BadFormat, "a scene is a JSON object", path};
    try {
        Scene s;
        if (j.contains("size")) {
            const Json& sz = j["size"];
            if (!sz.is_array() || sz.size() != 2 || !sz[0].is_number_integer() || !sz[1].is_number_integer())
                throw Bad{"size must be [width, height] in pixels"};
            s.width = sz[0].get<int>();
            s.height = sz[1].get<int>();
            if (s.width < 1 || s.height < 1 || s.width > 16384 || s.height > 16384)
                throw Bad{"size must be between 1 and 16384 pixels a side"};
        }
        if (j.contains("crs")) s.crs = text(j["crs"], "crs");
        if (auto ok = geo::validateCrs(s.crs); !ok) throw Bad{"crs: " + ok.error().message};
        if (j.contains("extent") && !j["extent"].is_null()) {
            const Json& e = j["extent"];
            if (!e.is_array() || e.size() != 4) throw Bad{"extent must be [xmin, ymin, xmax, ymax] in the scene CRS"};
            geo::Box b{number(e[0], "extent"), number(e[1], "extent"), number(e[2], "extent"), number(e[3], "extent")};
            if (!(b.maxX > b.minX && b.maxY > b.minY)) throw Bad{"extent must have xmax > xmin and ymax > ymin"};
            s.extent = b;
        }
        if (j.contains("background")) s.background = color(j["background"], "background");
        if (j.contains("labels")) s.labels = j["labels"].get<bool>();
        if (j.contains("legend")) s.legend = j["legend"].get<bool>();
        s.scaleBar = s.legend;
        if (j.contains("scale_bar")) s.scaleBar = j["scale_bar"].get<bool>();
        if (j.contains("title")) s.title = text(j["title"], "title");
        if (j.contains("attribution")) s.attribution = text(j["attribution"], "attribution");
        if (!j.contains("layers") || !j["layers"].is_array() || j["layers"].empty())
            throw Bad{"layers must be a non-empty array"};
        const fs::path dir = fs::absolute(path).parent_path();
        std::optional<CatalogueBuilder> catalogue;  // opened once, when a layer names it
        for (std::size_t i = 0; i < j["layers"].size(); ++i) {
            const Json& lj = j["layers"][i];
            const bool fromCatalogue = lj.is_object() && lj.contains("source") && lj["source"].is_string() &&
                                       lj["source"].get<std::string>().rfind("catalogue:", 0) == 0;
            if (!fromCatalogue) {
                s.layers.push_back(parseLayer(lj, i, dir, dataDir));
                continue;
            }
            const std::string at = "layers[" + std::to_string(i) + "]";
            if (!catalogue) {
                std::string store;
                if (j.contains("store")) store = (dir / text(j["store"], "store")).string();
                geo::Diagnostics notes;
                auto opened = CatalogueBuilder::open(dataDir, store, notes);
                if (!opened) throw Bad{at + ".source: " + geo::describe(opened.error())};
                catalogue.emplace(std::move(opened.value()));
            }
            s.layers.push_back(catalogueLayer(lj, at, i, *catalogue, dir, dataDir));
        }
        return s;
    } catch (const Bad& b) {
        return geo::Error{geo::ErrorCode::BadFormat, b.message, path};
    } catch (const nlohmann::json::exception& e) {
        return geo::Error{geo::ErrorCode::BadFormat, std::string("wrong value type: ") + e.what(), path};
    }
}

}  // namespace app
