// `santemap aids`, case by case against the aids of ../shared/guide/DOMAIN.md §2 and §5 and the
// départements' documents (../shared/seeds). Communes are chosen by their published APL 2023:
// Mondoubleau 41143 (0.49, ZIP), Blois 41018 (ZAC), Vineuil 41295 (4.55, hors zonage),
// Patay 45248 (1.68, ZIP).
#include <set>

#include "cli/cli_support.hpp"

using testing_support::santemap;
using testing_support::shellQuote;

namespace {

nlohmann::json aids(const std::string& args) {
    auto r = santemap("aids " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return cli_support::parse(r);
}

std::map<std::string, nlohmann::json> byId(const nlohmann::json& j) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& a : j["aids"]) out[a["id"].get<std::string>()] = a;
    return out;
}

}  // namespace

TEST(AidsCli, GpFirstInstallationInZipBeforeCaimClosed) {
    auto j = aids("--profession medecin-generaliste --commune 41143 --date 2025-06-01");
    EXPECT_EQ(j["commune"]["name"], "Mondoubleau");
    EXPECT_EQ(j["commune"]["zone"], "ZIP");
    EXPECT_EQ(j["commune"]["zone_source"], "indicative");
    auto a = byId(j);
    // National: 10,000 EUR once in ZIP (convention 2024-2029), CAIM up to 50,000 EUR, 5 years.
    ASSERT_TRUE(a.count("cnam-primo-installation-zip"));
    EXPECT_EQ(a["cnam-primo-installation-zip"]["amount_eur_max"], 10000);
    ASSERT_TRUE(a.count("cnam-caim"));
    EXPECT_EQ(a["cnam-caim"]["amount_eur_max"], 50000);
    EXPECT_EQ(a["cnam-caim"]["commitment_years"], 5);
    EXPECT_FALSE(a.count("cnam-primo-installation-zac")) << "a ZIP commune is not in ZAC";
    // Loir-et-Cher: primo-installation up to 20,000 EUR, 3 years; prêt d'honneur listed, not added.
    EXPECT_EQ(a["cd41-primo-installation"]["amount_eur_max"], 20000);
    EXPECT_EQ(a["cd41-primo-installation"]["commitment_years"], 3);
    EXPECT_EQ(a["cd41-pret-honneur"]["kind"], "loan");
    EXPECT_EQ(a["cd41-pret-honneur"]["amount_eur_max"], 50000);
    EXPECT_EQ(j["total_eur_max"], 10000 + 50000 + 20000);
    for (const auto& [id, aid] : a) {
        EXPECT_FALSE(id.rfind("cd45-", 0) == 0) << "a Loiret aid in Loir-et-Cher: " << id;
        for (const char* key : {"name", "funder", "funder_type", "kind", "conditions", "source_url", "confidence"})
            EXPECT_TRUE(aid.contains(key)) << id << " lacks " << key;
    }
}

TEST(AidsCli, CaimIsNotListedAfterItsClosingDate) {
    auto before = byId(aids("--profession medecin-generaliste --commune 41143 --date 2025-12-31"));
    auto after = byId(aids("--profession medecin-generaliste --commune 41143 --date 2026-01-01"));
    EXPECT_TRUE(before.count("cnam-caim"));
    EXPECT_FALSE(after.count("cnam-caim"));
    EXPECT_FALSE(after.count("cnam-coscom"));
    EXPECT_TRUE(after.count("cnam-primo-installation-zip"));
}

TEST(AidsCli, ZoneDecidesTheNationalAids) {
    auto zac = aids("--profession medecin-generaliste --commune 41018 --date 2026-06-01");
    EXPECT_EQ(zac["commune"]["zone"], "ZAC");
    auto a = byId(zac);
    EXPECT_EQ(a["cnam-primo-installation-zac"]["amount_eur_max"], 5000);
    EXPECT_EQ(a["cnam-primo-installation-zac"]["confidence"], "partial");
    EXPECT_FALSE(a.count("cnam-primo-installation-zip"));

    auto hz = aids("--profession medecin-generaliste --commune 41295 --date 2026-06-01");
    EXPECT_EQ(hz["commune"]["zone"], "HZ");
    for (const auto& [id, aid] : byId(hz)) EXPECT_NE(id.rfind("cnam-", 0), 0u) << id << " outside ZIP/ZAC";
    EXPECT_EQ(hz["total_eur_max"], 20000);  // only the Département's primo-installation aid
}

TEST(AidsCli, NotFirstInstallationLeavesOutPrimoInstallationAids) {
    auto a = byId(aids("--profession medecin-generaliste --commune 41143 --first-installation no --date 2026-06-01"));
    EXPECT_FALSE(a.count("cnam-primo-installation-zip"));
    EXPECT_FALSE(a.count("cd41-primo-installation"));
    EXPECT_TRUE(a.count("cd41-pret-honneur"));
}

TEST(AidsCli, GpInternInLoirEtCher) {
    auto j = aids("--profession medecin-generaliste --commune 41143 --student --date 2026-06-01");
    auto a = byId(j);
    // 12,000 EUR over the last two years, 3-year commitment.
    EXPECT_EQ(a["cd41-bourse-internes-ipa"]["amount_eur_max"], 12000);
    EXPECT_EQ(a["cd41-bourse-internes-ipa"]["commitment_years"], 3);
    // 250 EUR a month, capped at 1,500 EUR.
    EXPECT_EQ(a["cd41-allocation-stage"]["amount_eur_max"], 1500);
    // State: transport 130 EUR/month and housing 300 EUR/month in ZIP/ZAC, for a 6-month semester.
    EXPECT_EQ(a["etat-indemnite-transport-stage"]["amount_eur_max"], 130 * 6);
    EXPECT_EQ(a["etat-indemnite-hebergement-stage"]["amount_eur_max"], 300 * 6);
    // CESP: 1,200 EUR a month for an unknown number of months: listed, no total.
    EXPECT_TRUE(a["etat-cesp"]["amount_eur_max"].is_null());
    EXPECT_FALSE(a["etat-cesp"]["counted_in_total"].get<bool>());
    EXPECT_EQ(a["cd41-vehicule-stage"]["kind"], "in_kind");
    EXPECT_FALSE(a.count("cd41-primo-installation")) << "students are not installing";
    EXPECT_EQ(j["total_eur_max"], 12000 + 1500 + 780 + 1800);
}

TEST(AidsCli, ParamedicalBursaryKeepsTheVerifiedAmountAndTheOtherInANote) {
    auto a = byId(aids("--profession infirmier --commune 41269 --student --date 2026-06-01"));
    ASSERT_TRUE(a.count("cd41-bourse-paramedical"));
    EXPECT_EQ(a["cd41-bourse-paramedical"]["amount_eur_max"], 5000);
    EXPECT_EQ(a["cd41-bourse-paramedical"]["confidence"], "verified");
    EXPECT_NE(a["cd41-bourse-paramedical"]["note"].get<std::string>().find("6 000"), std::string::npos);
    EXPECT_FALSE(a.count("cd41-bourse-internes-ipa"));
    EXPECT_FALSE(a.count("etat-cesp")) << "CESP is for medical and dental students";
}

TEST(AidsCli, KineInLoiretWithoutOfficialZoningHasItsZoneUnavailable) {
    auto j = aids("--profession masseur-kinesitherapeute --commune 45235 --date 2026-06-01");
    EXPECT_EQ(j["commune"]["name"], "Ormes");
    EXPECT_TRUE(j["commune"]["zone"].is_null());
    EXPECT_TRUE(j["commune"]["zone_source"].is_null());
    auto a = byId(j);
    ASSERT_TRUE(a.count("cd45-aide-installation"));
    EXPECT_TRUE(a["cd45-aide-installation"]["zone_to_confirm"].get<bool>());
    EXPECT_FALSE(a["cd45-aide-installation"]["counted_in_total"].get<bool>());
    EXPECT_EQ(j["total_eur_max"], 0);
}

TEST(AidsCli, OfficialZoningFileIsUsedAndMatchesThePublishedLoiretAward) {
    // An official zoning keyed by code INSEE with a profession column (as ARS files for kinés are).
    const std::string dir = testing_support::scratchDir("aids_official_zoning");
    const std::string csv = dir + "/zonage.csv";
    testing_support::writeFile(csv,
                               "code_insee,profession,zonage\n"
                               "45235,masseur-kinesitherapeute,Zone d'intervention prioritaire\n"
                               "41143,,hors zonage\n"
                               "99999,,nonsense\n");
    auto r = santemap("aids --profession masseur-kinesitherapeute --commune 45235 --date 2026-06-01 --zoning " +
                      shellQuote(csv));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("1 row(s)"), std::string::npos) << "the bad row is reported: " << r.err;
    auto j = cli_support::parse(r);
    EXPECT_EQ(j["commune"]["zone"], "ZIP");
    EXPECT_EQ(j["commune"]["zone_source"], "official");
    // Seed 002: 37,000 EUR voted in 2023 for a kiné who commits to becoming maître de stage
    // (35,000 EUR + the 2,000 EUR bonus).
    EXPECT_EQ(j["total_eur_max"], 37000);

    // The official file overrides the indicative GP zoning (Mondoubleau is ZIP by its APL).
    auto gp = aids("--profession medecin-generaliste --commune 41143 --date 2026-06-01 --zoning " + shellQuote(csv));
    EXPECT_EQ(gp["commune"]["zone"], "HZ");
    EXPECT_EQ(gp["commune"]["zone_source"], "official");
}

TEST(AidsCli, FormerCommuneCodesMapToTheCurrentCommune) {
    // Chouzy-sur-Cisse (41055) became a commune déléguée; Arville (41005) is in Couëtron-au-Perche.
    auto j = aids("--profession medecin-generaliste --commune 41005 --date 2026-06-01");
    EXPECT_EQ(j["commune"]["code"], "41248");
    EXPECT_EQ(j["commune"]["code_asked"], "41005");
}

TEST(AidsCli, OutsideLoirEtCherAndLoiretOnlyNationalAidsApply) {
    auto j = aids("--profession medecin-generaliste --commune 18033 --date 2026-06-01");  // Bourges
    for (const auto& [id, aid] : byId(j))
        EXPECT_EQ(aid["funder_type"].get<std::string>().rfind("departement", 0), std::string::npos) << id;
}

TEST(AidsCli, BadInputIsRefusedWithAClearMessage) {
    auto r = santemap("aids --profession plombier --commune 41018");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown profession 'plombier'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("masseur-kinesitherapeute"), std::string::npos) << "known codes are listed";
    r = santemap("aids --profession infirmier --commune 00000");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("00000"), std::string::npos) << r.err;
    r = santemap("aids --profession infirmier --commune 41018 --date 2026-13-01");
    EXPECT_EQ(r.exitCode, 2);
    r = santemap("aids --profession infirmier --commune 41018 --first-installation maybe");
    EXPECT_EQ(r.exitCode, 2);

    // A broken aids.json in a --data folder: the file is named, nothing crashes.
    const std::string dir = testing_support::scratchDir("aids_bad_rules");
    testing_support::writeFile(dir + "/aids.json", "{\"aids\": [{\"id\": \"x\", \"name\": \"X\"");
    r = santemap("aids --profession infirmier --commune 41018 --data " + shellQuote(dir));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(dir + "/aids.json"), std::string::npos) << r.err;
    testing_support::writeFile(dir + "/aids.json",
                               R"({"aids": [{"id": "x", "name": "X", "funder": "F", "funder_type": "etat",
                                  "kind": "gift", "professions": ["*"], "status": ["student"],
                                  "confidence": "seed", "source_url": "u"}]})");
    r = santemap("aids --profession infirmier --commune 41018 --data " + shellQuote(dir));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("aid 'x': kind must be"), std::string::npos) << r.err;
}
