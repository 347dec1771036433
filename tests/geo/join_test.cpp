// The 2018 → 2026 code join, checked against INSEE's published département populations.
#include <gtest/gtest.h>

#include <map>

#include "geo/insee_join.hpp"
#include "geo/reader.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::dataFile;

geo::Layer read(const std::string& path) {
    auto src = geo::openSource(path);
    EXPECT_TRUE(src.ok()) << path;
    geo::Diagnostics diag;
    auto layer = geo::readLayer(src.value(), 0, diag);
    EXPECT_TRUE(layer.ok());
    return std::move(layer.value());
}

void append(geo::Layer& into, const geo::Layer& more) {
    for (std::size_t f = 0; f < more.geometry.featureCount(); ++f) {
        into.geometry.appendFeature(more.geometry, f);
        for (std::size_t c = 0; c < into.table.fields.size(); ++c) into.table.columns[c].push_back(more.table.at(f, c));
    }
}

TEST(InseeJoin, LoirEtCherAndLoiretPopulationsMatchInsee) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
                        "france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson",
                        "insee_population/communes_population.csv",
                        "insee_population/communes_codes_anciens_vers_actuels.csv");
    auto boundaries =
        read(dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson"));
    append(boundaries,
           read(dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson")));
    ASSERT_EQ(boundaries.geometry.featureCount(), 598u);  // COG 2018

    auto population = read(dataFile("insee_population/communes_population.csv"));
    auto changes = geo::readCodeChanges({dataFile("insee_population/communes_codes_anciens_vers_actuels.csv")});
    ASSERT_TRUE(changes.ok());
    geo::JoinSpec spec{"code", "code_insee"};
    geo::Diagnostics diag;
    auto joined = geo::joinByInseeCode(boundaries, population, changes.value(), spec, diag);
    ASSERT_TRUE(joined.ok());
    ASSERT_EQ(joined->geometry.featureCount(), 592u);  // COG 2026: 267 + 325

    const auto& t = joined->table;
    const auto code = *t.fieldIndex("code_insee");
    const auto dep = *t.fieldIndex("departement");
    const auto pop = *t.fieldIndex("population");
    std::map<std::string, std::int64_t> byDep;
    std::map<std::string, int> count;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto* p = std::get_if<std::int64_t>(&t.at(r, pop));
        ASSERT_NE(p, nullptr) << "no population for " << geo::toText(t.at(r, code));
        byDep[geo::toText(t.at(r, dep))] += *p;
        ++count[geo::toText(t.at(r, dep))];
    }
    // INSEE populations légales in force on 1 January 2026 (SOURCES.md §1).
    EXPECT_EQ(count["41"], 267);
    EXPECT_EQ(count["45"], 325);
    EXPECT_EQ(byDep["41"], 328543);
    EXPECT_EQ(byDep["45"], 691268);
    EXPECT_EQ(t.fields.back().name, "codes_anciens");
    EXPECT_FALSE(diag.warnings.empty());  // merged communes are reported
}

TEST(InseeJoin, MergedCommuneIsOneDissolvedFeature) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
                        "insee_population/communes_population.csv",
                        "insee_population/communes_codes_anciens_vers_actuels.csv");
    auto boundaries =
        read(dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson"));
    auto population = read(dataFile("insee_population/communes_population.csv"));
    auto changes = geo::readCodeChanges({dataFile("insee_population/communes_codes_anciens_vers_actuels.csv")});
    ASSERT_TRUE(changes.ok());
    geo::Diagnostics diag;
    auto joined = geo::joinByInseeCode(boundaries, population, changes.value(), {"code", "code_insee"}, diag);
    ASSERT_TRUE(joined.ok());
    const auto& t = joined->table;
    const auto old = *t.fieldIndex("codes_anciens");
    int merged = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const std::string codes = geo::toText(t.at(r, old));
        if (codes.find('|') == std::string::npos) continue;
        ++merged;
        // Dissolved: fewer polygon parts than former communes (they share borders).
        const auto parts = joined->geometry.featureStart[r + 1] - joined->geometry.featureStart[r];
        EXPECT_EQ(parts, 1u) << codes;
    }
    EXPECT_GE(merged, 1);
}

}  // namespace
