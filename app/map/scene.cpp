// Scene JSON → Scene, with one clear message per mistake.
#include "scene.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "catalogue_layers.hpp"
#include "domain/json_file.hpp"
#include "domain/style_json.hpp"
#include "geo/data_path.hpp"
#include "geo/projection.hpp"
#include "geo/source.hpp"

namespace fs = std::filesystem;

namespace app {

namespace {

using Json = nlohmann::json;
using Bad = JsonError;

LayerSpec parseLayer(const Json& j, std::size_t index, const fs::path& sceneDir, const std::string& dataDir) {
    const std::string at = "layers[" + std::to_string(index) + "]";
    if (!j.is_object()) throw Bad{at + " must be an object"};
    LayerSpec l;
    if (!j.contains("source")) throw Bad{at + ".source is missing"};
    l.source = jsonString(j["source"], at + ".source");
    // Relative sources: the scene's folder first, then the data search path.
    if (geo::isConnectionString(l.source) || fs::path(l.source).is_absolute()) {
        l.resolvedSource = l.source;
    } else if (fs::exists(sceneDir / l.source)) {
        l.resolvedSource = (sceneDir / l.source).string();
    } else {
        l.resolvedSource = geo::resolveDataPath(l.source, dataDir).value_or((sceneDir / l.source).string());
    }
    if (j.contains("layer")) l.layer = jsonString(j["layer"], at + ".layer");
    if (j.contains("where")) l.where = jsonString(j["where"], at + ".where");
    readLayerStyle(j, at, l);
    return l;
}

// A layer of the catalogue in a scene: the catalogue's style, with the scene's keys over it;
// "indicator" (and "profession") colour the communes by one of the catalogue's indicators.
LayerSpec catalogueLayer(const Json& lj,
                         const std::string& at,
                         std::size_t index,
                         TerritoryBuilder& catalogue,
                         const fs::path& dir,
                         const std::string& dataDir) {
    const std::string id = lj["source"].get<std::string>().substr(std::string("catalogue:").size());
    const CatalogueLayer* entry = catalogue.catalogue().find(id);
    if (!entry)
        throw Bad{at + ".source: no layer '" + id + "' in the catalogue (" + catalogue.catalogue().idList() + ")"};
    Json merged = entry->styleJson.empty() ? Json::object() : Json::parse(entry->styleJson);
    for (const auto& [k, v] : lj.items()) merged[k] = v;
    if (merged.contains("choropleth") && !lj.contains("categories")) merged.erase("categories");
    merged.erase("indicator");
    merged.erase("profession");
    LayerSpec l = parseLayer(merged, index, dir, dataDir);
    geo::Diagnostics notes;
    auto built = catalogueLayerSpec(catalogue, *entry, notes);
    if (!built) throw Bad{at + ".source: " + geo::describe(built.error())};
    l.preloaded = built->preloaded;
    l.catalogueId = id;
    if (!l.filter) l.filter = built->filter;
    if (!lj.contains("title")) l.title = built->title;
    if (!lj.contains("attribution")) l.attribution = entry->attribution;
    if (lj.contains("indicator")) {
        const std::string want = jsonString(lj["indicator"], at + ".indicator");
        const std::string profession =
            lj.contains("profession") ? jsonString(lj["profession"], at + ".profession") : "";
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
            if (!sz.is_array() || sz.size() != 2) throw Bad{"size must be [width, height] in pixels"};
            const geo::NumberLimits pixels{1, 16384, true};
            const std::pair<const char*, int*> sides[] = {{"size.width", &s.width}, {"size.height", &s.height}};
            for (std::size_t k = 0; k < 2; ++k) {
                if (sz[k].is_null()) throw Bad{"size must be [width, height] in pixels"};
                auto v = jsonCheckedValue(sz[k], sides[k].first, pixels);
                if (!v) throw Bad{v.error().message};
                *sides[k].second = static_cast<int>(v.value());  // whole and within pixels: exact
            }
        }
        if (j.contains("crs")) s.crs = jsonString(j["crs"], "crs");
        if (auto ok = geo::validateCrs(s.crs); !ok) throw Bad{"crs: " + ok.error().message};
        if (j.contains("extent") && !j["extent"].is_null()) {
            const Json& e = j["extent"];
            if (!e.is_array() || e.size() != 4) throw Bad{"extent must be [xmin, ymin, xmax, ymax] in the scene CRS"};
            geo::Box b{jsonNumber(e[0], "extent"),
                       jsonNumber(e[1], "extent"),
                       jsonNumber(e[2], "extent"),
                       jsonNumber(e[3], "extent")};
            if (!(b.maxX > b.minX && b.maxY > b.minY)) throw Bad{"extent must have xmax > xmin and ymax > ymin"};
            s.extent = b;
        }
        if (j.contains("background")) s.background = jsonColor(j["background"], "background");
        if (j.contains("labels")) s.labels = j["labels"].get<bool>();
        if (j.contains("legend")) s.legend = j["legend"].get<bool>();
        s.scaleBar = s.legend;
        if (j.contains("scale_bar")) s.scaleBar = j["scale_bar"].get<bool>();
        if (j.contains("title")) s.title = jsonString(j["title"], "title");
        if (j.contains("attribution")) s.attribution = jsonString(j["attribution"], "attribution");
        if (j.contains("language")) {
            const std::string lang = jsonString(j["language"], "language");
            if (lang != "fr" && lang != "en") throw Bad{"language must be \"fr\" or \"en\" (got '" + lang + "')"};
            s.language = lang == "en" ? Language::English : Language::French;
        }
        if (!j.contains("layers") || !j["layers"].is_array() || j["layers"].empty())
            throw Bad{"layers must be a non-empty array"};
        // A map of more layers is not readable, and 2,000 took over a minute to refuse nothing.
        if (j["layers"].size() > kMaxSceneLayers)
            throw Bad{"layers: " + std::to_string(j["layers"].size()) + " layers, at most " +
                      std::to_string(kMaxSceneLayers) + " in a scene"};
        const fs::path dir = fs::absolute(path).parent_path();
        std::optional<TerritoryBuilder> catalogue;  // opened once, when a layer names it
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
                if (j.contains("store")) store = (dir / jsonString(j["store"], "store")).string();
                geo::Diagnostics notes;
                auto opened = TerritoryBuilder::open(dataDir, store, notes);
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
