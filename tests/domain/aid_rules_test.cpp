// The aid calculator through the library, case by case against the aids of
// ../shared/guide/DOMAIN.md §2 and §5 and the départements' documents (../shared/seeds). Communes
// are chosen by their published APL 2023: Mondoubleau 41143 (0.49, ZIP), Blois 41018 (ZAC),
// Vineuil 41295 (4.55, hors zonage), Ormes 45235 (Loiret). `santemap aids` prints the same
// evaluation as JSON (aids_cli_test.cpp).
#include <gtest/gtest.h>

#include <map>

#include "domain/aid_context.hpp"

namespace {

class AidRules : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        geo::Diagnostics diag;
        auto loaded = app::loadAidContext("", "", diag);
        ASSERT_TRUE(loaded) << geo::describe(loaded.error());
        ctx = new app::AidContext(std::move(loaded.value()));
    }
    static void TearDownTestSuite() { delete ctx; }

    // The aids open to a profile in a commune, by aid id, and their total.
    struct Answer {
        std::map<std::string, app::ApplicableAid> byId;
        double total = 0;
        app::ZoneInfo zone;
    };
    static Answer evaluate(const std::string& profession,
                           const std::string& commune,
                           const std::string& date,
                           bool student = false,
                           bool first = true) {
        const app::Profession* p = ctx->professions.find(profession);
        auto row = ctx->communes.row(commune);
        EXPECT_TRUE(p && row) << profession << " in " << commune;
        if (!p || !row) return {};
        const app::AidPlace place = ctx->placeOf(*row, *p);
        const app::AidEvaluation e =
            app::evaluateAids(ctx->aids, ctx->professions, {profession, student, first, date, {}}, place);
        Answer a;
        for (const auto& aid : e.aids) a.byId[aid.rule->id] = aid;
        a.total = e.totalMax;
        a.zone = place.zones.at(p->zoningKey());
        return a;
    }
    static double amount(const Answer& a, const std::string& id) {
        auto it = a.byId.find(id);
        EXPECT_NE(it, a.byId.end()) << id << " is not listed";
        return it == a.byId.end() || !it->second.amountMax ? -1 : *it->second.amountMax;
    }
    static app::AidContext* ctx;
};
app::AidContext* AidRules::ctx = nullptr;

TEST_F(AidRules, GpFirstInstallationInZipBeforeTheCaimClosed) {
    const Answer a = evaluate("medecin-generaliste", "41143", "2025-06-01");
    ASSERT_TRUE(a.zone.zone);
    EXPECT_EQ(*a.zone.zone, app::Zone::ZIP);
    EXPECT_EQ(a.zone.source, "indicative");
    EXPECT_EQ(amount(a, "cnam-primo-installation-zip"), 10000);  // convention 2024-2029
    EXPECT_EQ(amount(a, "cnam-caim"), 50000);
    EXPECT_EQ(amount(a, "cd41-primo-installation"), 20000);
    EXPECT_EQ(amount(a, "cd41-pret-honneur"), 50000);  // a loan: listed, not added
    EXPECT_FALSE(a.byId.count("cnam-primo-installation-zac"));
    EXPECT_EQ(a.total, 10000 + 50000 + 20000);
}

TEST_F(AidRules, TheCaimClosesOnItsLastDay) {
    EXPECT_TRUE(evaluate("medecin-generaliste", "41143", "2025-12-31").byId.count("cnam-caim"));
    const Answer after = evaluate("medecin-generaliste", "41143", "2026-01-01");
    EXPECT_FALSE(after.byId.count("cnam-caim"));
    EXPECT_FALSE(after.byId.count("cnam-coscom"));
    EXPECT_EQ(after.total, 10000 + 20000);
}

TEST_F(AidRules, TheZoneDecidesTheNationalAids) {
    const Answer zac = evaluate("medecin-generaliste", "41018", "2026-06-01");
    EXPECT_EQ(*zac.zone.zone, app::Zone::ZAC);
    EXPECT_EQ(amount(zac, "cnam-primo-installation-zac"), 5000);
    EXPECT_FALSE(zac.byId.count("cnam-primo-installation-zip"));
    const Answer hz = evaluate("medecin-generaliste", "41295", "2026-06-01");
    EXPECT_EQ(*hz.zone.zone, app::Zone::HZ);
    for (const auto& [id, aid] : hz.byId) EXPECT_NE(id.rfind("cnam-", 0), 0u) << id << " outside ZIP and ZAC";
    EXPECT_EQ(hz.total, 20000);  // the Département's primo-installation aid only
}

TEST_F(AidRules, AnInternInLoirEtCher) {
    const Answer a = evaluate("medecin-generaliste", "41143", "2026-06-01", true);
    EXPECT_EQ(amount(a, "cd41-bourse-internes-ipa"), 12000);            // over the last two years
    EXPECT_EQ(amount(a, "cd41-allocation-stage"), 1500);                // 250 EUR a month, capped
    EXPECT_EQ(amount(a, "etat-indemnite-transport-stage"), 130 * 6);    // 130 EUR a month, one semester
    EXPECT_EQ(amount(a, "etat-indemnite-hebergement-stage"), 300 * 6);  // 300 EUR a month in ZIP/ZAC
    ASSERT_TRUE(a.byId.count("etat-cesp"));
    EXPECT_FALSE(a.byId.at("etat-cesp").amountMax) << "CESP: an unknown number of months, no total";
    EXPECT_FALSE(a.byId.count("cd41-primo-installation")) << "students are not installing";
    EXPECT_EQ(a.total, 12000 + 1500 + 780 + 1800);
}

TEST_F(AidRules, NotAFirstInstallation) {
    const Answer a = evaluate("medecin-generaliste", "41143", "2026-06-01", false, false);
    EXPECT_FALSE(a.byId.count("cnam-primo-installation-zip"));
    EXPECT_FALSE(a.byId.count("cd41-primo-installation"));
    EXPECT_TRUE(a.byId.count("cd41-pret-honneur"));
}

TEST_F(AidRules, AKineInLoiretHasAZoneOnlyWithAnOfficialZoning) {
    const Answer unknown = evaluate("masseur-kinesitherapeute", "45235", "2026-06-01");
    EXPECT_FALSE(unknown.zone.zone);
    ASSERT_TRUE(unknown.byId.count("cd45-aide-installation"));
    EXPECT_TRUE(unknown.byId.at("cd45-aide-installation").zoneUnknown);
    EXPECT_EQ(unknown.total, 0) << "an aid whose zone is not known is not added";

    // An official zoning naming Ormes ZIP for kinés: 35,000 EUR + the 2,000 EUR bonus for
    // maîtres de stage, the 37,000 EUR the Loiret voted in 2023 (seed 002).
    app::ZoningTable official;
    official.zones["masseur-kinesitherapeute|45235"] = app::Zone::ZIP;
    ctx->official = official;
    const Answer zip = evaluate("masseur-kinesitherapeute", "45235", "2026-06-01");
    ctx->official.reset();
    EXPECT_EQ(zip.zone.source, "official");
    EXPECT_EQ(zip.total, 37000);
}

TEST_F(AidRules, OutsideLoirEtCherAndLoiretOnlyNationalAidsApply) {
    const Answer bourges = evaluate("medecin-generaliste", "18033", "2026-06-01");
    EXPECT_FALSE(bourges.byId.empty());
    for (const auto& [id, aid] : bourges.byId) EXPECT_NE(aid.rule->funderType, "departement") << id;
}

TEST_F(AidRules, FormerCommuneCodesFindTheCurrentCommune) {
    // Arville (41005) is now part of Couëtron-au-Perche (41248).
    auto row = ctx->communes.row("41005");
    ASSERT_TRUE(row);
    EXPECT_EQ(ctx->communes.text(*row, "code"), "41248");
}

}  // namespace
