// `santemap export --layer CATALOGUE_ID [--specialty CODE ...] [--commune INSEE ...]
//  --format csv|geojson|gpkg --out FILE [--excel] [--store SRC] [--include-private-contacts]`:
// what the filters select, written through GDAL, with a JSON summary on standard output.
#include <algorithm>
#include <optional>
#include <set>

#include "cli_args.hpp"
#include "commands.hpp"
#include "domain/listing_service.hpp"
#include "domain/territory_layers.hpp"
#include "geo/layer_writer.hpp"
#include "geo/output_file.hpp"
#include "geo/projection.hpp"
#include "json_values.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap export --layer CATALOGUE_ID --format csv|geojson|gpkg --out FILE\n"
    "                       [--specialty CODE ...] [--commune INSEE ...] [--excel]\n"
    "                       [--store SRC] [--include-private-contacts] [--data DIR]";

// Keeps the given rows and, when `dropColumn` says so, fewer columns.
geo::Layer subset(const geo::Layer& in,
                  const std::vector<std::size_t>& rows,
                  const std::function<bool(const std::string&)>& dropColumn) {
    geo::Layer out;
    out.name = in.name;
    out.crsLabel = in.crsLabel;
    out.sourceCrsWkt = in.sourceCrsWkt;
    out.geometryType = in.geometryType;
    for (std::size_t c = 0; c < in.table.fields.size(); ++c) {
        if (dropColumn(in.table.fields[c].name)) continue;
        out.table.fields.push_back(in.table.fields[c]);
        std::vector<geo::Value> col;
        col.reserve(rows.size());
        for (std::size_t r : rows) col.push_back(in.table.at(r, c));
        out.table.columns.push_back(std::move(col));
    }
    for (std::size_t r : rows) {
        out.geometry.appendFeature(in.geometry, r);
        out.fids.push_back(in.fids.empty() ? static_cast<std::int64_t>(r) : in.fids[r]);
    }
    return out;
}

// What the command line asked for, checked.
struct ExportRequest {
    std::string format;
    geo::WriteOptions options;
    std::string dataDir;
    std::vector<std::string> specialties;
    std::set<std::string> communes;  // current codes
    bool privateContacts = false;
};

// The layer's features as the catalogue builds them; listings through the store, with contacts
// that are not public left out unless asked for.
struct ExportedLayer {
    geo::Layer layer;
    std::string store;
    std::size_t hiddenContacts = 0;
};

geo::Result<ExportedLayer> exportedLayer(const CatalogueLayer& entry,
                                         const Catalogue& catalogue,
                                         const AidContext& aid,
                                         const ExportRequest& req,
                                         const Args& args,
                                         geo::Diagnostics& diag) {
    ExportedLayer out;
    if (entry.build == "territory-communes" || entry.build == "zoning") {
        const CatalogueLayer* communesEntry = entry.build == "zoning" ? catalogue.find(entry.from) : &entry;
        auto built = buildTerritoryCommunesLayer(*communesEntry, aid, req.dataDir, diag);
        if (!built) return built.error();
        out.layer = entry.build == "zoning" ? zoningLayerFrom(built.value()) : std::move(built.value());
        return out;
    }
    if (entry.build == "file") {
        auto read = readFileLayer(entry, req.dataDir, diag);
        if (!read) return read.error();
        out.layer = std::move(read.value());
        return out;
    }
    std::vector<std::string> notes;
    auto store = openListingStore(args.value("store").value_or(defaultStorePath()), req.dataDir, notes);
    printWarnings(notes);
    if (!store) return store.error();
    out.store = store->displayName();
    auto all = store->readAll();
    if (!all) return all.error();
    ListingFilter filter;
    filter.professions = req.specialties;
    std::vector<Listing> kept;
    for (const auto& l : all.value())
        if (filter.matches(l)) {
            if (!l.contactPublic && !req.privateContacts) ++out.hiddenContacts;
            kept.push_back(req.privateContacts ? l : publicView(l));
        }
    out.layer = listingsLayer(kept);
    return out;
}

// Parses the options; an error message and the exit code when they are wrong.
std::optional<int> parseRequest(int argc, char** argv, Args& args, ExportRequest& req) {
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"layer", "specialty", "commune", "format", "out", "store", "data"},
                             {"excel", "include-private-contacts"},
                             args,
                             {"specialty", "commune"})) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    if (!args.value("layer") || !args.value("format") || !args.value("out") || !args.positional.empty()) {
        printError(kUsage);
        return kExitUsage;
    }
    req.format = *args.value("format");
    if (req.format == "csv")
        req.options.format = geo::ExportFormat::Csv;
    else if (req.format == "geojson")
        req.options.format = geo::ExportFormat::GeoJson;
    else if (req.format == "gpkg")
        req.options.format = geo::ExportFormat::Gpkg;
    else {
        printError("--format must be csv, geojson or gpkg (got '" + req.format + "')");
        return kExitUsage;
    }
    req.options.excel = args.flag("excel");
    if (req.options.excel && req.options.format != geo::ExportFormat::Csv) {
        printError("--excel only applies to --format csv");
        return kExitUsage;
    }
    req.dataDir = args.value("data").value_or("");
    req.specialties = args.all("specialty");
    req.privateContacts = args.flag("include-private-contacts");
    return std::nullopt;
}

// The specialties and communes asked for, checked against the professions and the indicators.
std::optional<int> checkFilters(const AidContext& aid, const Args& args, ExportRequest& req) {
    for (const auto& s : req.specialties)
        if (!aid.professions.find(s)) {
            printError("unknown specialty '" + s + "'; known: " + aid.professions.codeList());
            return kExitUsage;
        }
    for (const auto& c : args.all("commune")) {
        auto row = aid.communes.row(c);
        if (!row) {
            printError("unknown commune code '" + c + "'");
            return kExitBadInput;
        }
        req.communes.insert(aid.communes.text(*row, "code"));
    }
    return std::nullopt;
}

nlohmann::ordered_json summaryJson(const CatalogueLayer& entry,
                                   const ExportRequest& req,
                                   const ExportedLayer& exported,
                                   const geo::Layer& out,
                                   const std::string& path) {
    nlohmann::ordered_json summary;
    summary["layer"] = entry.id;
    summary["title"] = entry.title.fr;
    summary["format"] = req.format;
    summary["excel"] = req.options.excel;
    summary["out"] = path;
    summary["features"] = out.table.rowCount();
    summary["columns"] = out.table.fields.size();
    if (!req.specialties.empty()) summary["specialties"] = req.specialties;
    if (!req.communes.empty()) summary["communes"] = std::vector<std::string>(req.communes.begin(), req.communes.end());
    if (entry.build == "listings") {
        summary["store"] = exported.store;
        std::size_t demo = 0;
        const auto ex = out.table.fieldIndex("exemple");
        for (std::size_t r = 0; r < out.table.rowCount(); ++r) demo += geo::toText(out.table.at(r, *ex)) == "oui";
        summary["demo_features"] = demo;
        summary["contacts_hidden"] = exported.hiddenContacts;
    }
    if (entry.build == "zoning" || entry.build == "territory-communes") {
        const auto z = out.table.fieldIndex("zonage_mg_source");
        std::string zoning;
        if (z)
            for (std::size_t r = 0; r < out.table.rowCount() && zoning.empty(); ++r)
                zoning = geo::toText(out.table.at(r, *z));
        summary["zoning_source"] = textOrNull(zoning);
    }
    nlohmann::ordered_json provenance = nlohmann::ordered_json::array();
    for (const auto& p : entry.provenance)
        provenance.push_back({{"source", p.source}, {"vintage", p.vintage}, {"licence", p.licence}, {"url", p.url}});
    summary["provenance"] = provenance;
    return summary;
}

}  // namespace

int runExport(int argc, char** argv) {
    Args args;
    ExportRequest req;
    if (auto rc = parseRequest(argc, argv, args, req)) return *rc;
    auto fail = [](const geo::Error& e) {
        printError(geo::describe(e));
        return kExitBadInput;
    };
    if (auto ok = geo::checkOutputPath(*args.value("out")); !ok) return fail(ok.error());
    auto catalogue = findCatalogue(req.dataDir);
    if (!catalogue) return fail(catalogue.error());
    const CatalogueLayer* entry = catalogue->find(*args.value("layer"));
    if (!entry) {
        printError("no layer '" + *args.value("layer") + "' in " + catalogue->path +
                   "; layers: " + catalogue->idList());
        return kExitUsage;
    }
    geo::Diagnostics diag;
    auto aid = loadAidContext(catalogue.value(), req.dataDir, "", diag);
    if (!aid) return fail(aid.error());
    if (auto rc = checkFilters(aid.value(), args, req)) return *rc;
    auto exported = exportedLayer(*entry, catalogue.value(), aid.value(), req, args, diag);
    if (!exported) return fail(exported.error());
    printWarnings(diag.warnings);
    const geo::Layer& layer = exported->layer;

    // Rows: the commune filter on the layer's commune code.
    std::vector<std::size_t> rows;
    std::optional<std::size_t> codeCol = layer.table.fieldIndex("code_insee");
    if (!codeCol) codeCol = layer.table.fieldIndex("code");
    if (!req.communes.empty() && !codeCol) {
        printError("layer '" + entry->id + "' has no commune code column: --commune does not apply to it");
        return kExitUsage;
    }
    for (std::size_t r = 0; r < layer.table.rowCount(); ++r)
        if (req.communes.empty() ||
            req.communes.count(aid->communes.currentCode(geo::toText(layer.table.at(r, *codeCol)))))
            rows.push_back(r);
    // Columns: with --specialty, the per-profession indicators of the other professions go.
    auto drop = [&](const std::string& name) {
        return !req.specialties.empty() && isOtherProfessionColumn(name, req.specialties);
    };
    geo::Layer out = subset(layer, rows, drop);
    // Exports are in WGS 84 longitude/latitude.
    if (!geo::isWgs84LonLat(out)) {
        auto t = geo::Transformer::create(out.sourceCrsWkt, "OGC:CRS84");
        if (!t) return fail(t.error());
        t->transform(out.geometry.vertices.data(), out.geometry.vertices.size());
    }
    req.options.layerName = entry->id;
    const std::string path = *args.value("out");
    if (auto st = geo::writeLayer(out, path, req.options); !st) return fail(st.error());
    printJson(summaryJson(*entry, req, exported.value(), out, path));
    return kExitOk;
}

}  // namespace app
