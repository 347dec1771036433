// The data pack (data/public-data.gpkg) is what scripts/make-data-pack.sh makes from the national
// data set: the same tables, features and values; it stays within its size budget and every table
// says where it comes from.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <set>

#include "geo/source.hpp"
#include "geo/table_ref.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
using namespace testing_support;

namespace {

const std::string kPack = std::string(SANTEMAP_SOURCE_DIR) + "/data/public-data.gpkg";

std::vector<std::string> layerNames(const std::string& path) {
    auto src = geo::openSource(path);
    EXPECT_TRUE(src) << geo::describe(src.error());
    std::vector<std::string> names;
    if (!src) return names;
    for (int i = 0; i < src->dataset->GetLayerCount(); ++i) names.push_back(src->dataset->GetLayer(i)->GetName());
    return names;
}

TEST(DataPack, IsWhatTheScriptMakesFromTheNationalData) {
    NEEDS_NATIONAL_DATA("SOURCES.md",
                        "france_geojson_admin_express_2018/communes_par_departement",
                        "insee_population/communes_population.csv",
                        "sante_communes_santescope/indicateurs_sante_communes.csv",
                        "eurostat_gisco_healthcare/FR_healthcare_2020.csv",
                        "sirene_naf86_communes/PS_communes.csv");
    const std::string shared = fs::path(dataFile("SOURCES.md")).parent_path().string();
    const std::string regenerated = scratchDir("data_pack") + "/public-data.gpkg";
    auto r = run("cd " + shellQuote(SANTEMAP_SOURCE_DIR) + " && scripts/make-data-pack.sh --shared " +
                 shellQuote(shared) + " --out " + shellQuote(regenerated));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto names = layerNames(kPack);
    ASSERT_EQ(names, layerNames(regenerated));
    for (const auto& name : names) {
        SCOPED_TRACE(name);
        const geo::Layer a = readTableOk({kPack, name}), b = readTableOk({regenerated, name});
        ASSERT_EQ(a.table.fields.size(), b.table.fields.size());
        for (std::size_t f = 0; f < a.table.fields.size(); ++f) {
            EXPECT_EQ(a.table.fields[f].name, b.table.fields[f].name);
            EXPECT_EQ(a.table.fields[f].gdalType, b.table.fields[f].gdalType);
        }
        ASSERT_EQ(a.table.rowCount(), b.table.rowCount());
        EXPECT_GT(a.table.rowCount(), 0u);
        EXPECT_EQ(a.table.columns, b.table.columns) << "values differ";
        EXPECT_EQ(a.fids, b.fids);
        EXPECT_EQ(a.crsLabel, b.crsLabel);
        EXPECT_EQ(a.geometry.kind, b.geometry.kind);
        EXPECT_EQ(a.geometry.featureStart, b.geometry.featureStart);
        EXPECT_EQ(a.geometry.partStart, b.geometry.partStart);
        EXPECT_EQ(a.geometry.ringStart, b.geometry.ringStart);
        ASSERT_EQ(a.geometry.vertices.size(), b.geometry.vertices.size());
        std::size_t moved = 0;
        for (std::size_t v = 0; v < a.geometry.vertices.size(); ++v)
            moved += a.geometry.vertices[v].x != b.geometry.vertices[v].x ||
                     a.geometry.vertices[v].y != b.geometry.vertices[v].y;
        EXPECT_EQ(moved, 0u) << "vertices differ";
    }
}

// Geometries are copied unchanged: the pack's communes of Loir-et-Cher have exactly the vertices
// of the source file.
TEST(DataPack, KeepsTheSourceGeometriesUnchanged) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    geo::Layer source = readTableOk(
        {dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson")});
    geo::Layer pack = readTableOk({kPack, "communes", "territoire = '41'"});
    ASSERT_EQ(pack.geometry.featureCount(), source.geometry.featureCount());
    std::map<std::string, std::vector<geo::Vec2>> byCode;
    const auto code = *source.table.fieldIndex("code");
    for (std::size_t f = 0; f < source.geometry.featureCount(); ++f)
        byCode[geo::toText(source.table.at(f, code))] =
            std::vector<geo::Vec2>(source.geometry.vertices.begin() + source.geometry.firstVertexIndex(f),
                                   source.geometry.vertices.begin() + source.geometry.firstVertexIndex(f + 1));
    const auto packCode = *pack.table.fieldIndex("code");
    for (std::size_t f = 0; f < pack.geometry.featureCount(); ++f) {
        const auto& expected = byCode[geo::toText(pack.table.at(f, packCode))];
        std::vector<geo::Vec2> got(pack.geometry.vertices.begin() + pack.geometry.firstVertexIndex(f),
                                   pack.geometry.vertices.begin() + pack.geometry.firstVertexIndex(f + 1));
        ASSERT_EQ(got.size(), expected.size()) << geo::toText(pack.table.at(f, packCode));
        for (std::size_t v = 0; v < got.size(); ++v) {
            ASSERT_EQ(got[v].x, expected[v].x);
            ASSERT_EQ(got[v].y, expected[v].y);
        }
    }
}

TEST(DataPack, FitsItsSizeBudget) {
    ASSERT_TRUE(fs::exists(kPack));
    EXPECT_LE(fs::file_size(kPack), 12u * 1024 * 1024) << "the pack must stay under 12 MB in the repository";
}

TEST(DataPack, EveryTableSaysWhereItComesFrom) {
    geo::Layer provenance = readTableOk({kPack, "provenance"});
    std::set<std::string> described;
    for (std::size_t r = 0; r < provenance.table.rowCount(); ++r) {
        auto text = [&](const char* field) {
            return geo::toText(provenance.table.at(r, *provenance.table.fieldIndex(field)));
        };
        for (const char* field : {"source", "vintage", "licence", "url", "origin", "selection", "selection_en"})
            EXPECT_FALSE(text(field).empty()) << text("table_name") << " has no " << field;
        EXPECT_EQ(text("url").rfind("https://", 0), 0u) << text("url");
        described.insert(text("table_name"));
    }
    for (const auto& name : layerNames(kPack)) {
        if (name == "provenance") continue;
        EXPECT_TRUE(described.count(name)) << name << " has no provenance row";
    }
}

}  // namespace
