// The opportunity finder's costs: the aid calculator over every commune of France, the
// territory's communes layer with all its joins (against GDAL only reading the same files), and
// saving listings in one transaction (against ogr2ogr writing the same rows to a GeoPackage), and
// importing a list that names communes (against GDAL reading the same file).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "domain/aid_context.hpp"
#include "domain/finder.hpp"
#include "domain/listing_import.hpp"
#include "domain/listing_store.hpp"
#include "domain/territory.hpp"
#include "domain/territory_layers.hpp"
#include "geo/reader.hpp"
#include "geo/source.hpp"

#include <gdal.h>

namespace {

const app::AidContext& aidContext() {
    static app::AidContext ctx = [] {
        geo::Diagnostics diag;
        auto c = app::loadAidContext("", "", diag);
        if (!c) {
            std::fprintf(
                stderr, "bench_finder: %s (run it from the repository root)\n", geo::describe(c.error()).c_str());
            std::abort();
        }
        return std::move(c.value());
    }();
    return ctx;
}

// Every commune of France (34,969), for the GP's and the kiné's profile.
void AidTotalsAllFrance(benchmark::State& state) {
    const app::AidContext& ctx = aidContext();
    app::TerritoryData t;
    t.aid = ctx;
    geo::FeatureTable codes;
    codes.fields.push_back({"code_insee", "String", geo::ValueKind::String});
    codes.columns.emplace_back();
    for (std::size_t r = 0; r < ctx.communes.table().rowCount(); ++r)
        codes.columns[0].emplace_back(std::in_place_type<std::string>, ctx.communes.text(r, "code"));
    app::AidProfile profile;
    profile.profession = state.range(0) == 0 ? "medecin-generaliste" : "masseur-kinesitherapeute";
    profile.date = "2026-06-01";
    for (auto _ : state) benchmark::DoNotOptimize(app::aidTotals(t, codes, profile));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.rowCount()));
}
BENCHMARK(AidTotalsAllFrance)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The territory's communes with population, indicators, zoning, RPPS and SIRENE columns.
void TerritoryCommunesLayer(benchmark::State& state) {
    geo::Diagnostics diag;
    auto builder = app::TerritoryBuilder::open("", "/tmp/santemap-bench-store.gpkg", diag);
    if (!builder) {
        state.SkipWithError("catalogue");
        return;
    }
    const app::CatalogueLayer* entry = builder->catalogue().find("communes");
    for (auto _ : state) {
        auto layer = app::buildTerritoryCommunesLayer(*entry, builder->data()->aid, "", diag);
        benchmark::DoNotOptimize(layer);
    }
}
BENCHMARK(TerritoryCommunesLayer)->Unit(benchmark::kMillisecond)->Iterations(5);

// GDAL alone reading the inputs of that layer: the four tables of the data pack it joins.
void GdalReadsTheSameTables(benchmark::State& state) {
    const std::string pack = app::findDataFile("public-data.gpkg", "").value();
    const std::vector<std::string> tables = {"communes", "communes_population", "medecins_specialites", "sirene_naf86"};
    for (auto _ : state) {
        for (const auto& t : tables) {
            GDALDatasetH ds = GDALOpenEx(pack.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
            OGRLayerH layer = GDALDatasetGetLayerByName(ds, t.c_str());
            OGR_L_ResetReading(layer);
            std::size_t n = 0;
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                OGR_F_Destroy(f);
                ++n;
            }
            benchmark::DoNotOptimize(n);
            GDALClose(ds);
        }
    }
}
BENCHMARK(GdalReadsTheSameTables)->Unit(benchmark::kMillisecond)->Iterations(5);
std::vector<app::Listing> listings(int n) {
    std::vector<app::Listing> out;
    for (int i = 0; i < n; ++i) {
        app::Listing l;
        l.category = "logement";
        l.kind = "logement-etudiant";
        l.title = "Chambre " + std::to_string(i);
        l.communeCode = "41018";
        l.communeName = "Blois";
        l.lonLat = {1.3 + i * 1e-6, 47.58};
        l.description = std::string(100, 'x');
        out.push_back(l);
    }
    return out;
}

// 10,000 listings saved in one transaction, against ogr2ogr writing the same rows from a CSV.
void SaveListings(benchmark::State& state) {
    const auto rows = listings(10000);
    const std::string path = "/tmp/santemap-bench-listings.gpkg";
    for (auto _ : state) {
        std::filesystem::remove(path);
        auto store = app::ListingStore::open(path, true);
        auto saved = store->insertAll(rows);
        benchmark::DoNotOptimize(saved);
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(SaveListings)->Unit(benchmark::kMillisecond)->Iterations(5);

void Ogr2ogrWritesTheSameRows(benchmark::State& state) {
    const std::string csv = "/tmp/santemap-bench-listings.csv", gpkg = "/tmp/santemap-bench-ogr.gpkg";
    {
        std::ofstream out(csv);
        out << "category,kind,title,commune_code,commune_name,description,lon,lat\n";
        for (const auto& l : listings(10000))
            out << l.category << ',' << l.kind << ',' << l.title << ',' << l.communeCode << ',' << l.communeName << ','
                << l.description << ',' << l.lonLat.x << ',' << l.lonLat.y << '\n';
    }
    for (auto _ : state) {
        std::filesystem::remove(gpkg);
        const std::string cmd = "ogr2ogr -f GPKG " + gpkg + " " + csv +
                                " -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326 >/dev/null 2>&1";
        if (std::system(cmd.c_str()) != 0) state.SkipWithError("ogr2ogr failed");
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(Ogr2ogrWritesTheSameRows)->Unit(benchmark::kMillisecond)->Iterations(5);

// An agency's list of 2,000 rows naming their commune instead of its code, imported (checked,
// placed at the commune's centre), against GDAL alone reading the same file. Each name was once
// compared with every commune of France: 29 s for this file.
const std::string& namedRowsFile() {
    static const std::string path = [] {
        const std::string p = "/tmp/santemap-bench-named-rows.csv";
        std::ofstream out(p);
        out << "categorie;type;titre;commune\n";
        const char* names[] = {"Vendôme", "Blois", "Romorantin-Lanthenay", "Montrichard Val de Cher"};
        for (int i = 0; i < 2000; ++i) out << "logement;logement-etudiant;Studio " << i << ';' << names[i % 4] << '\n';
        return p;
    }();
    return path;
}

void ImportNamedRows(benchmark::State& state) {
    const auto& ctx = aidContext();
    for (auto _ : state) {
        auto rows = app::readListingsFile(namedRowsFile(), ctx.professions, ctx.communes);
        if (!rows || rows->accepted.size() != 2000) state.SkipWithError("the import did not accept the 2,000 rows");
        benchmark::DoNotOptimize(rows);
    }
    state.SetItemsProcessed(state.iterations() * 2000);
}
BENCHMARK(ImportNamedRows)->Unit(benchmark::kMillisecond);

void GdalReadsTheNamedRows(benchmark::State& state) {
    geo::initGdal();
    for (auto _ : state) {
        GDALDatasetH ds = GDALOpenEx(namedRowsFile().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        if (!ds) {
            state.SkipWithError("GDAL cannot open the file");
            break;
        }
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        std::size_t n = 0;
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            n += std::string(OGR_F_GetFieldAsString(f, 3)).size();
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(state.iterations() * 2000);
}
BENCHMARK(GdalReadsTheNamedRows)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
