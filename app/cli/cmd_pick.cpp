// `santemap pick SOURCE --at LON,LAT [--layer NAME] [--radius METRES]`: what is at a place.
#include <charconv>
#include <cmath>

#include "commands.hpp"
#include "geo/layer_query.hpp"
#include "geo/reader.hpp"
#include "json_values.hpp"
#include "source_options.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap pick SOURCE --at LON,LAT [--layer NAME] [--radius METRES] [--data DIR] [--x F --y F | --wkt F]";

bool parseNumber(std::string_view s, double& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

bool parseLonLat(const std::string& text, geo::Vec2& out) {
    auto comma = text.find(',');
    if (comma == std::string::npos) return false;
    return parseNumber(std::string_view(text).substr(0, comma), out.x) &&
           parseNumber(std::string_view(text).substr(comma + 1), out.y);
}

// Points and lines within the radius, or the single nearest one.
std::vector<geo::QueryHit> pointHits(const geo::LayerQuery& q,
                                     const geo::Layer& layer,
                                     geo::Vec2 at,
                                     std::optional<double> radius) {
    auto notPolygon = [&](const geo::QueryHit& h) {
        auto k = layer.geometry.kind[h.feature];
        return k == geo::GeomKind::Point || k == geo::GeomKind::Line;
    };
    std::vector<geo::QueryHit> out;
    if (radius) {
        for (const auto& h : q.withinRadius(at, *radius))
            if (notPolygon(h)) out.push_back(h);
        return out;
    }
    for (std::size_t k = 1; k <= layer.geometry.featureCount(); k *= 4) {
        for (const auto& h : q.nearest(at, k)) {
            if (notPolygon(h)) return {h};
        }
        if (k >= layer.geometry.featureCount()) break;
    }
    return out;
}

}  // namespace

int runPick(int argc, char** argv) {
    Args args;
    auto withValue = kSourceOptions;
    withValue.insert({"at", "radius"});
    if (auto err = parseArgs(argc, argv, 2, withValue, {}, args)) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    geo::Vec2 at;
    if (args.positional.size() != 1 || !args.value("at")) {
        printError(kUsage);
        return kExitUsage;
    }
    if (!parseLonLat(*args.value("at"), at) || std::abs(at.x) > 180 || std::abs(at.y) > 90) {
        printError("--at wants WGS 84 longitude,latitude in degrees, such as --at 1.3359,47.5861 (got '" +
                   *args.value("at") + "')");
        return kExitUsage;
    }
    std::optional<double> radius;
    if (auto r = args.value("radius")) {
        double v;
        if (!parseNumber(*r, v) || v < 0) {
            printError("--radius wants a distance in metres, 0 or more (got '" + *r + "')");
            return kExitUsage;
        }
        radius = v;
    }

    const std::string path = resolveSource(args.positional[0], args);
    auto src = geo::openSource(path, openOptionsFrom(args));
    if (!src) {
        printError(geo::describe(src.error()));
        return kExitBadInput;
    }
    auto layers = geo::selectLayers(src.value(), args.value("layer").value_or(""));
    if (!layers) {
        printError(geo::describe(layers.error()));
        return kExitBadInput;
    }
    nlohmann::ordered_json features = nlohmann::ordered_json::array();
    for (int index : layers.value()) {
        geo::Diagnostics diag;
        auto layer = geo::readLayer(src.value(), index, diag);
        printWarnings(diag.warnings);
        if (!layer) {
            printError(geo::describe(layer.error()));
            return kExitBadInput;
        }
        auto query = geo::LayerQuery::build(layer.value());
        if (!query) {
            printError(geo::describe(query.error()));
            return kExitBadInput;
        }
        auto emit = [&](std::uint32_t f, std::optional<double> metres) {
            nlohmann::ordered_json j = {
                {"layer", layer->name}, {"fid", layer->fids[f]}, {"properties", properties(layer->table, f)}};
            if (metres) j["distance_m"] = std::round(*metres * 100) / 100;
            features.push_back(std::move(j));
        };
        for (std::uint32_t f : query->containing(at)) emit(f, std::nullopt);
        for (const auto& h : pointHits(query.value(), layer.value(), at, radius)) emit(h.feature, h.metres);
    }
    printJson({{"features", features}});
    return kExitOk;
}

}  // namespace app
