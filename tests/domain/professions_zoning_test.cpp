// data/professions.json against the RPPS file it describes, and the zoning rules.
#include <set>

#include "domain/aid_context.hpp"
#include "domain/professions.hpp"
#include "domain/zoning.hpp"
#include "geo/reader.hpp"
#include "geo/source.hpp"
#include "support/test_support.hpp"

TEST(Professions, EverySpecialtyOfTheRppsFileHasAProfession) {
    NEEDS_NATIONAL_DATA("sante_communes_santescope/medecins_specialites_communes_41_45.csv");
    auto cat = app::readProfessions("data/professions.json");
    ASSERT_TRUE(cat) << geo::describe(cat.error());
    for (const char* code : {"medecin-generaliste",
                             "chirurgien-dentiste",
                             "masseur-kinesitherapeute",
                             "infirmier",
                             "ipa",
                             "sage-femme",
                             "orthophoniste",
                             "orthoptiste",
                             "pedicure-podologue",
                             "pharmacien",
                             "ophtalmologue",
                             "pediatre",
                             "psychiatre",
                             "gynecologue"})
        EXPECT_NE(cat->find(code), nullptr) << code;
    // The oracle: the distinct savoir-faire labels of the RPPS extraction, read by GDAL.
    auto src =
        geo::openSource(testing_support::dataFile("sante_communes_santescope/medecins_specialites_communes_41_45.csv"));
    ASSERT_TRUE(src);
    geo::Diagnostics diag;
    auto layer = geo::readLayer(src.value(), 0, diag);
    ASSERT_TRUE(layer);
    auto col = layer->table.fieldIndex("specialite");
    ASSERT_TRUE(col);
    std::set<std::string> labels;
    for (std::size_t r = 0; r < layer->table.rowCount(); ++r) labels.insert(geo::toText(layer->table.at(r, *col)));
    EXPECT_GT(labels.size(), 50u);
    for (const auto& l : labels) {
        const app::Profession* p = cat->byRpps(l);
        ASSERT_NE(p, nullptr) << "RPPS label without a profession: " << l;
        EXPECT_EQ(p->group, "medecin") << l;
    }
}

TEST(Professions, BadFilesAreRefusedNamingTheFile) {
    const std::string dir = testing_support::scratchDir("professions_bad");
    testing_support::writeFile(dir + "/p.json", R"({"professions": [{"code": "a", "label": "A", "group": "g"},
                                                                   {"code": "a", "label": "B", "group": "g"}]})");
    auto cat = app::readProfessions(dir + "/p.json");
    ASSERT_FALSE(cat);
    EXPECT_EQ(cat.error().context, dir + "/p.json");
    EXPECT_NE(cat.error().message.find("'a' is listed twice"), std::string::npos);
}

TEST(Zoning, IndicativeThresholdsFollowThe2017Rule) {
    // APL below 2.5 must be ZIP; 2.5 to 4 inclusive is the ZAC pool; above 4 is excluded.
    EXPECT_EQ(app::indicativeZoneFromApl(0.0), app::Zone::ZIP);
    EXPECT_EQ(app::indicativeZoneFromApl(2.4999), app::Zone::ZIP);
    EXPECT_EQ(app::indicativeZoneFromApl(2.5), app::Zone::ZAC);
    EXPECT_EQ(app::indicativeZoneFromApl(4.0), app::Zone::ZAC);
    EXPECT_EQ(app::indicativeZoneFromApl(4.0001), app::Zone::HZ);
}

TEST(Zoning, OfficialSpellingsAreRecognised) {
    EXPECT_EQ(app::parseZone("ZIP"), app::Zone::ZIP);
    EXPECT_EQ(app::parseZone("Zone d'intervention prioritaire"), app::Zone::ZIP);
    EXPECT_EQ(app::parseZone("zone d’action complémentaire"), app::Zone::ZAC);
    EXPECT_EQ(app::parseZone("Hors zonage"), app::Zone::HZ);
    EXPECT_EQ(app::parseZone("ZV"), app::Zone::ZV);
    EXPECT_EQ(app::parseZone("zone rouge"), std::nullopt);
}

TEST(Zoning, AFileWithoutCodeOrZoneColumnsSaysWhatItHas) {
    const std::string dir = testing_support::scratchDir("zoning_bad");
    testing_support::writeFile(dir + "/z.csv", "commune,couleur\nBlois,orange\n");
    geo::Diagnostics diag;
    auto z = app::readZoningTable(dir + "/z.csv", {}, diag);
    ASSERT_FALSE(z);
    EXPECT_NE(z.error().message.find("commune, couleur"), std::string::npos) << z.error().message;
}

TEST(Zoning, IndicativeZonesOfLoirEtCherAndLoiretFollowThePublishedApl) {
    geo::Diagnostics diag;
    auto ctx = app::loadAidContext("", "", diag);
    ASSERT_TRUE(ctx) << geo::describe(ctx.error());
    int zip = 0, zac = 0, hz = 0, missing = 0;
    const auto& t = ctx->communes.table();
    auto dept = t.fieldIndex("dept");
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const std::string d = geo::toText(t.at(r, *dept));
        if (d != "41" && d != "45") continue;
        auto z = ctx->zoneOf(r, "medecins");
        if (!z.zone) {
            ++missing;
            continue;
        }
        EXPECT_EQ(z.source, "indicative");
        const double apl = *ctx->communes.number(r, "apl");
        EXPECT_EQ(*z.zone, apl < 2.5 ? app::Zone::ZIP : apl <= 4 ? app::Zone::ZAC : app::Zone::HZ);
        (*z.zone == app::Zone::ZIP ? zip : *z.zone == app::Zone::ZAC ? zac : hz)++;
        // Other professions have no zoning in the open data.
        EXPECT_FALSE(ctx->zoneOf(r, "masseur-kinesitherapeute").zone);
    }
    EXPECT_EQ(zip + zac + hz + missing, 592);  // 267 + 325 communes (COG 2026)
    EXPECT_EQ(missing, 0);
    EXPECT_GT(zip, 300) << "Centre-Val de Loire is mostly ZIP";
}
