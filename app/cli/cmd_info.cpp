// `santemap info SOURCE [--layer NAME] [--load] [--crs EPSG:n]`: what a source holds, like ogrinfo,
// and with --load the figures of the whole map pipeline.
#include <cstdio>

#include "commands.hpp"
#include "geo/memory.hpp"
#include "geo/memory_estimate.hpp"
#include "geo/pipeline.hpp"
#include "geo/projection.hpp"
#include "geo/reader.hpp"
#include "info_json.hpp"
#include "json_values.hpp"
#include "source_options.hpp"

namespace app {

namespace {

nlohmann::ordered_json describeJson(const geo::LayerDescription& d) {
    nlohmann::ordered_json fields = nlohmann::ordered_json::array();
    for (const auto& f : d.fields) fields.push_back({{"name", f.name}, {"type", f.gdalType}});
    return {{"name", d.name},
            {"feature_count", d.featureCount},
            {"geometry_type", d.geometryType},
            {"crs", textOrNull(d.crsLabel)},
            {"extent_lonlat", boxToJson(d.extentLonLat)},
            {"fields", fields}};
}

nlohmann::ordered_json loadJson(const geo::LoadedLayer& l, std::uint64_t estimatedBytes) {
    const auto& s = l.seconds;
    return {{"seconds",
             {{"read", s.read},
              {"project", s.project},
              {"tessellate", s.tessellate},
              {"index", s.index},
              {"total", s.total}}},
            {"vertices", l.display.vertices.size()},
            {"triangles", l.triangles.size() / 3},
            {"peak_rss_mb", geo::peakRssMegabytes()},
            // What checkFitsInMemory estimated before reading (null: not a file), to compare.
            {"estimated_mb",
             estimatedBytes ? nlohmann::ordered_json(static_cast<double>(estimatedBytes) / 1048576.0) : nullptr}};
}

}  // namespace

int sourceInfo(const std::string& given, const Args& args, nlohmann::ordered_json& out) {
    const std::string path = resolveSource(given, args);
    const bool load = args.flag("load");
    geo::LoadOptions loadOptions;
    if (auto crs = args.value("crs")) loadOptions.displayCrs = *crs;
    // The pipeline allocates and frees arrays of megabytes: keep them in the heap (see memory.hpp).
    if (load) geo::keepLargeBlocksInHeap();
    if (load && !geo::isConnectionString(path)) {
        if (auto fits = geo::checkFitsInMemory(path); !fits) {
            printError(geo::describe(fits.error()));
            return kExitBadInput;
        }
    }
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
    out = {{"source", src->displayName}, {"driver", src->driver}, {"layers", nlohmann::ordered_json::array()}};
    for (int index : layers.value()) {
        geo::Diagnostics diag;
        nlohmann::ordered_json layerJson;
        if (load) {
            auto loaded = geo::loadLayer(src.value(), index, loadOptions, diag);
            printWarnings(diag.warnings);
            if (!loaded) {
                printError(geo::describe(loaded.error()));
                return kExitBadInput;
            }
            auto d = geo::describeLoaded(loaded->layer);
            if (!d) {
                printError(geo::describe(d.error()));
                return kExitBadInput;
            }
            layerJson = describeJson(d.value());
            layerJson["load"] =
                loadJson(loaded.value(), geo::isConnectionString(path) ? 0 : geo::estimatedLoadBytes(path));
        } else {
            auto d = geo::describeLayer(src.value(), index, diag);
            printWarnings(diag.warnings);
            if (!d) {
                printError(geo::describe(d.error()));
                return kExitBadInput;
            }
            layerJson = describeJson(d.value());
        }
        out["layers"].push_back(std::move(layerJson));
    }
    return kExitOk;
}

int runInfo(int argc, char** argv) {
    Args args;
    auto withValue = kSourceOptions;
    withValue.insert("crs");
    if (auto err = parseArgs(argc, argv, 2, withValue, {"load"}, args)) {
        printError(err->message + "\nusage: santemap info SOURCE [--layer NAME] [--load] [--crs EPSG:n]");
        return kExitUsage;
    }
    if (args.positional.size() != 1) {
        printError(
            "usage: santemap info SOURCE [--layer NAME] [--load] [--crs EPSG:n] [--data DIR] [--x F --y F | --wkt F]");
        return kExitUsage;
    }
    if (auto crs = args.value("crs")) {
        if (auto ok = geo::validateCrs(*crs); !ok) {
            printError("--crs: " + ok.error().message);
            return kExitUsage;
        }
    }
    nlohmann::ordered_json out;
    const int rc = sourceInfo(args.positional[0], args, out);
    if (rc == kExitOk) printJson(out);
    return rc;
}

}  // namespace app
