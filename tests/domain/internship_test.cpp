// `santemap stage` (issue 12): the student's journey. Oracles: a haversine written here from its
// definition (R = 6371.0088 km) and the estimate's own (× 1.3 / 50 km/h), the data pack read by
// ogrinfo (the hospitals, the communes' populations and APL), and the allowances of
// ../shared/guide/DOMAIN.md and the seeds: Loir-et-Cher 250 €/month up to 1,500 € and a car
// (seed 000), Loiret's rural forfait 60-200 €/month (seed 002), the State's 130 € transport
// allowance beyond 15 km of faculty and home, its housing allowance 150 € / 300 € a month in ZIP
// or ZAC.
#include <cmath>
#include <map>

#include "cli/cli_support.hpp"
#include "domain/semesters.hpp"
#include "domain/travel_time.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

double haversine(double lon1, double lat1, double lon2, double lat2) {
    const double r = M_PI / 180, dphi = (lat2 - lat1) * r, dl = (lon2 - lon1) * r;
    const double a =
        std::pow(std::sin(dphi / 2), 2) + std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin(dl / 2), 2);
    return 2 * 6371.0088 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

// A fresh store with the demo set for each test (the demo set is the data shown).
std::string freshStore(const std::string& name) {
    return testing_support::scratchDir("stage_" + name) + "/annonces.gpkg";
}

nlohmann::json stage(const std::string& args, const std::string& store) {
    auto r = santemap("stage " + args + " --store " + shellQuote(store));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return cli_support::parse(r);
}

std::map<std::string, nlohmann::json> allowances(const nlohmann::json& j) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& a : j["allowances"]) out[a["id"].get<std::string>()] = a;
    return out;
}

// One number from the data pack, by ogrinfo.
double packNumber(const std::string& sql) {
    auto r = run("ogrinfo -ro -q -sql " + shellQuote(sql) + " data/public-data.gpkg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto eq = r.out.rfind(" = ");
    return eq == std::string::npos ? NAN : std::stod(r.out.substr(eq + 3));
}

}  // namespace

TEST(TravelTime, TheMapsCirclesLieAtTheirRadiusOnTheSphere) {
    // Every vertex of the 30-minute circle around Mondoubleau at 19.23 km by the test's own
    // haversine, the first due north (same longitude, higher latitude), the ring turning clockwise.
    const double lon = 0.8979, lat = 47.9814, km = app::kmForMinutes(30);
    const auto ring = app::circleAround({lon, lat}, km, 96);
    ASSERT_EQ(ring.size(), 96u);
    for (const auto& p : ring) EXPECT_NEAR(haversine(lon, lat, p.x, p.y), km, 1e-9);
    EXPECT_NEAR(ring[0].x, lon, 1e-12);
    EXPECT_GT(ring[0].y, lat);
    EXPECT_GT(ring[24].x, lon) << "a quarter turn clockwise from north is east";
    EXPECT_NEAR(ring[24].y, lat, 0.01);
}

TEST(TravelTime, TheEstimateIsHaversineTimesDetourOverSpeed) {
    // Paris (Notre-Dame) to Lyon (Bellecour): 392 km by the great circle.
    EXPECT_NEAR(app::haversineKm({2.3499, 48.8530}, {4.8320, 45.7578}), 391.9, 0.5);
    EXPECT_NEAR(
        app::haversineKm({2.3499, 48.8530}, {4.8320, 45.7578}), haversine(2.3499, 48.8530, 4.8320, 45.7578), 1e-9);
    // 12 km: 12 × 1.3 / 50 h = 18.72 min.
    EXPECT_NEAR(app::estimatedMinutes(12), 18.72, 1e-12);
    // The 10, 20 and 30 minute circles of the journey's map: 6.41, 12.82 and 19.23 km.
    EXPECT_NEAR(app::estimatedMinutes(30 * 50 / 60.0 / 1.3), 30, 1e-12);
    EXPECT_NEAR(app::kmForMinutes(30), 30 * 50 / 60.0 / 1.3, 1e-12);
    EXPECT_EQ(app::estimatedMinutesText(app::Language::French, 12.4), "≈\u00a012\u00a0min (estimé)");
    EXPECT_EQ(app::estimatedMinutesText(app::Language::English, 12.6), "≈\u00a013\u00a0min (estimated)");
}

TEST(Semesters, CodesAndWordsBecomeCodesAndTheRestStaysANote) {
    EXPECT_TRUE(app::isSemesterCode("2026-S1"));
    EXPECT_FALSE(app::isSemesterCode("2026-S3"));
    EXPECT_FALSE(app::isSemesterCode("26-S1"));
    using V = std::vector<std::string>;
    EXPECT_EQ(app::readSemesters("2026-S2|2026-S1").codes, (V{"2026-S1", "2026-S2"}));
    EXPECT_EQ(app::readSemesters("S1 2026, S2 2026").codes, (V{"2026-S1", "2026-S2"}));
    // A month names its semester: November 2026 opens 2026-S1; May 2027 opens 2026-S2; March 2027
    // is still in 2026-S1.
    EXPECT_EQ(app::readSemesters("novembre 2026").codes, V{"2026-S1"});
    EXPECT_EQ(app::readSemesters("mai 2027 et novembre 2027").codes, (V{"2026-S2", "2027-S1"}));
    EXPECT_EQ(app::readSemesters("Mars 2027").codes, V{"2026-S1"});
    EXPECT_EQ(app::readSemesters("novembre 2026 - avril 2027").codes, V{"2026-S1"});
    EXPECT_EQ(app::semesterOfDate("2027-10-31"), "2026-S2");
    EXPECT_EQ(app::semesterOfDate("2026-11-02"), "2026-S1");
    // Words that name no semester: no code invented, the text kept whole.
    const auto r = app::readSemesters("selon disponibilités, S1 2026");
    EXPECT_TRUE(r.codes.empty());
    EXPECT_EQ(r.note, "selon disponibilités, S1 2026");
    EXPECT_EQ(app::semesterMonths(app::Language::French, "2026-S1"), "novembre 2026 – avril 2027");
}

TEST(Semesters, AnImportKeepsCodesAndMovesOtherTextToTheDescription) {
    const std::string dir = testing_support::scratchDir("stage_semesters");
    const std::string csv = dir + "/logements.csv", store = dir + "/annonces.gpkg";
    testing_support::writeFile(csv,
                               "categorie,type,titre,code_insee,description,semestres\n"
                               "logement,logement-etudiant,Studio A,41018,Près de la gare,S1 2026 et S2 2026\n"
                               "logement,logement-etudiant,Studio B,41018,Au centre,selon disponibilités\n");
    auto r = santemap("listings import " + shellQuote(csv) + " --store " + shellQuote(store));
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    auto j = cli_support::parse(santemap("listings list --store " + shellQuote(store)));
    ASSERT_EQ(j["listings"].size(), 2u);
    for (const auto& l : j["listings"]) {
        if (l["title"] == "Studio A") {
            EXPECT_EQ(l["semesters"], "2026-S1|2026-S2");
            EXPECT_EQ(l["description"], "Près de la gare");
        } else {
            EXPECT_EQ(l["semesters"], "");
            EXPECT_NE(l["description"].get<std::string>().find("selon disponibilités"), std::string::npos)
                << "the original text is kept: " << l["description"];
        }
    }
}

TEST(Stage, HousingIsRankedByEstimatedTimeThenRentWithDistancesFromTheHaversine) {
    const std::string store = freshStore("ranking");
    auto j = stage("--commune 41143", store);
    EXPECT_EQ(j["site"]["commune"]["name"], "Mondoubleau");
    const double lon = j["site"]["lon"], lat = j["site"]["lat"];
    EXPECT_NEAR(lon, packNumber("SELECT lon FROM indicateurs_communes WHERE code = '41143'"), 1e-9);
    ASSERT_GE(j["housing"].size(), 8u) << "every housing listing of the demo set, no filter";
    double lastMinutes = -1, lastRent = -1;
    bool lastHadRent = true;
    for (const auto& h : j["housing"]) {
        const double km = haversine(lon, lat, h["lon"], h["lat"]);
        EXPECT_NEAR(h["distance_km"].get<double>(), km, 0.0051) << h["title"];
        EXPECT_NEAR(h["minutes_estimated"].get<double>(), km * 1.3 / 50 * 60, 0.051) << h["title"];
        const double minutes = km * 1.3 / 50 * 60;
        const bool hasRent = !h["rent_min"].is_null();
        EXPECT_GE(minutes, lastMinutes - 1e-9) << h["title"];
        if (std::abs(minutes - lastMinutes) < 1e-9) {
            // Same place: those with a rent first, the cheapest first.
            EXPECT_TRUE(lastHadRent || !hasRent) << h["title"];
            if (hasRent && lastHadRent) {
                EXPECT_GE(h["rent_min"].get<double>(), lastRent) << h["title"];
            }
        }
        lastMinutes = minutes;
        lastHadRent = hasRent;
        lastRent = hasRent ? h["rent_min"].get<double>() : -1;
    }
    // Romorantin-Lanthenay holds two housing listings at its centre: 100 € before 280 €.
    std::vector<double> romorantin;
    for (const auto& h : j["housing"])
        if (h["commune"]["code"] == "41194") romorantin.push_back(h["rent_min"]);
    EXPECT_EQ(romorantin, (std::vector<double>{100, 280}));
}

TEST(Stage, FiltersKeepOnlyWhatIsKnownToMeetThem) {
    const std::string store = freshStore("filters");
    auto all = stage("--commune 41194", store);
    auto count = [](const nlohmann::json& j, auto pred) {
        std::size_t n = 0;
        for (const auto& h : j["housing"]) n += pred(h);
        return n;
    };
    auto near = stage("--commune 41194 --max-minutes 40", store);
    EXPECT_EQ(near["housing"].size(), count(all, [](const auto& h) { return h["minutes_estimated"] <= 40; }));
    EXPECT_GT(near["housing"].size(), 0u);
    EXPECT_LT(near["housing"].size(), all["housing"].size());
    auto cheap = stage("--commune 41194 --max-rent 260", store);
    EXPECT_EQ(cheap["housing"].size(),
              count(all, [](const auto& h) { return !h["rent_min"].is_null() && h["rent_min"] <= 260; }));
    auto s2 = stage("--commune 41194 --semester 2026-S2", store);
    EXPECT_EQ(s2["housing"].size(), count(all, [](const auto& h) {
                  const auto& s = h["semesters"];
                  return std::find(s.begin(), s.end(), "2026-S2") != s.end();
              }));
    EXPECT_GE(s2["housing"].size(), 2u);
    auto furnished = stage("--commune 41194 --furnished --max-rent 300 --max-minutes 200", store);
    for (const auto& h : furnished["housing"]) {
        EXPECT_EQ(h["furnished"], true);
        EXPECT_LE(h["rent_min"].get<double>(), 300);
    }
    EXPECT_EQ(furnished["housing"].size(), count(all, [](const auto& h) {
                  return h["furnished"] == true && !h["rent_min"].is_null() && h["rent_min"] <= 300 &&
                         h["minutes_estimated"] <= 200;
              }));
}

TEST(Stage, ASixMonthInternshipInMondoubleau) {
    // Mondoubleau: 41, APL 0.49 → indicative ZIP.
    auto j = stage("--commune 41143 --level interne --months 6", freshStore("mondoubleau"));
    auto a = allowances(j);
    ASSERT_TRUE(a.count("cd41-allocation-stage"));
    EXPECT_EQ(a["cd41-allocation-stage"]["amount_eur_max"], 1500) << "250 × 6 = 1,500, the cap";
    EXPECT_EQ(a["cd41-allocation-stage"]["counted_in_total"], true);
    ASSERT_TRUE(a.count("cd41-vehicule-stage"));
    EXPECT_EQ(a["cd41-vehicule-stage"]["counted_in_total"], false) << "a car lent is not money";
    ASSERT_TRUE(a.count("etat-indemnite-hebergement-stage"));
    EXPECT_EQ(a["etat-indemnite-hebergement-stage"]["amount_eur_max"], 300 * 6);
    // No faculty, no home: the transport allowance cannot be checked.
    ASSERT_TRUE(a.count("etat-indemnite-transport-stage"));
    EXPECT_EQ(a["etat-indemnite-transport-stage"]["counted_in_total"], false);
    EXPECT_EQ(a["etat-indemnite-transport-stage"]["confidence"], "à confirmer");
    EXPECT_FALSE(a.count("cd45-forfait-stage-rural")) << "a Loiret aid";
    EXPECT_EQ(j["total_eur_max"], 1500 + 1800);
    // Four months: 250 × 4 = 1,000, and an externe's housing allowance is 150 a month.
    auto four = allowances(stage("--commune 41143 --level externe --months 4", freshStore("mondoubleau4")));
    EXPECT_EQ(four["cd41-allocation-stage"]["amount_eur_max"], 1000);
    EXPECT_EQ(four["etat-indemnite-hebergement-stage"]["amount_eur_max"], 150 * 4);
}

TEST(Stage, TheTransportAllowanceNeedsFifteenKilometresFromFacultyAndHome) {
    const std::string store = freshStore("transport");
    // Mondoubleau is far from the Université de Tours' head office and from Blois.
    const double toTours = haversine(0.8979, 47.9814, 0.67367, 47.38376);
    ASSERT_GT(toTours, 15);
    auto far = allowances(stage("--commune 41143 --faculty tours --home 41018 --months 6", store));
    ASSERT_TRUE(far.count("etat-indemnite-transport-stage"));
    EXPECT_EQ(far["etat-indemnite-transport-stage"]["amount_eur_max"], 130 * 6);
    EXPECT_EQ(far["etat-indemnite-transport-stage"]["counted_in_total"], true);
    // Saran is within 15 km of the Université d'Orléans' head office: not due.
    auto near = allowances(stage("--commune 45302 --faculty orleans --home 41143", store));
    EXPECT_FALSE(near.count("etat-indemnite-transport-stage"));
    // Home within 15 km of the site: not due either, wherever the faculty.
    auto home = allowances(stage("--commune 41143 --faculty tours --home 41143", store));
    EXPECT_FALSE(home.count("etat-indemnite-transport-stage"));
}

TEST(Stage, LoiretRuralForfaitAndAParamedicalStudentInOrleans) {
    const std::string store = freshStore("loiret");
    // Ardon (45006): fewer than 2,000 inhabitants by the data pack.
    ASSERT_LT(packNumber("SELECT pop FROM indicateurs_communes WHERE code = '45006'"), 2000);
    auto rural = stage("--commune 45006 --months 5", store);
    auto a = allowances(rural);
    ASSERT_TRUE(a.count("cd45-forfait-stage-rural"));
    EXPECT_EQ(a["cd45-forfait-stage-rural"]["amount_eur_max"], 200 * 5);
    EXPECT_EQ(a["cd45-forfait-stage-rural"]["counted_in_total"], true);
    const std::string conditions = a["cd45-forfait-stage-rural"]["conditions"];
    EXPECT_NE(conditions.find("60 à 200"), std::string::npos) << conditions;
    EXPECT_NE(conditions.find("à confirmer"), std::string::npos) << conditions;
    // The collèges' rooms: listed with their contact, never on the map (no place).
    ASSERT_TRUE(a.count("cd45-logement-colleges"));
    EXPECT_NE(a["cd45-logement-colleges"]["conditions"].get<std::string>().find("caploiretsante.fr"),
              std::string::npos);
    EXPECT_FALSE(a.count("cd41-allocation-stage"));
    // Orléans: not rural.
    ASSERT_GT(packNumber("SELECT pop FROM indicateurs_communes WHERE code = '45234'"), 2000);
    auto city = allowances(stage("--commune 45234", store));
    EXPECT_FALSE(city.count("cd45-forfait-stage-rural"));
    // A paramedical student in Orléans: no State allowance (médecine only), no collège room
    // (médecine students), not rural.
    auto nurse = stage("--commune 45234 --level paramedical", store);
    auto n = allowances(nurse);
    EXPECT_FALSE(n.count("etat-indemnite-transport-stage"));
    EXPECT_FALSE(n.count("etat-indemnite-hebergement-stage"));
    EXPECT_FALSE(n.count("cd45-logement-colleges"));
    EXPECT_EQ(nurse["total_eur_max"], 0);
    // The same student in Loir-et-Cher gets the Département's allowance (extended to paramedical
    // students, seed 001).
    auto blois = allowances(stage("--commune 41018 --level paramedical --months 3", store));
    EXPECT_EQ(blois["cd41-allocation-stage"]["amount_eur_max"], 750);
}

TEST(Stage, NearbyHoldsEveryHospitalWithinThirtyMinutesAndNoFarther) {
    const std::string store = freshStore("nearby");
    auto j = stage("--finess 410000020", store);  // Centre hospitalier de Blois
    const double lon = j["site"]["lon"], lat = j["site"]["lat"];
    EXPECT_EQ(j["site"]["commune"]["code"], "41018");
    // Oracle: every hospital of the pack, its estimated time computed here.
    auto r = run("ogrinfo -ro -q -sql \"SELECT lon, lat FROM hopitaux\" data/public-data.gpkg");
    ASSERT_EQ(r.exitCode, 0);
    std::size_t within = 0;
    double lonV = NAN;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        if (auto at = line.find("lon (Real) = "); at != std::string::npos) lonV = std::stod(line.substr(at + 13));
        if (auto at = line.find("lat (Real) = "); at != std::string::npos) {
            const double minutes = haversine(lon, lat, lonV, std::stod(line.substr(at + 13))) * 1.3 / 50 * 60;
            within += minutes <= 30 && minutes > 1e-6;
        }
    }
    std::size_t hospitals = 0;
    for (const auto& n : j["nearby"]) {
        EXPECT_LE(n["minutes_estimated"].get<double>(), 30) << n["name"];
        hospitals += n["kind"] == "hopital";
    }
    EXPECT_EQ(hospitals, within);
    EXPECT_GT(hospitals, 0u);
}

TEST(Stage, SitesFromAListingAPointAndAHospitalAnywhereInFrance) {
    const std::string store = freshStore("sites");
    stage("--commune 45234", store);  // opens the new store: the demo set
    auto list = cli_support::parse(santemap("listings list --store " + shellQuote(store)));
    std::string chu;
    for (const auto& l : list["listings"])
        if (l["title"] == "CHU d'Orléans : terrains de stage des internes")
            chu = std::to_string(l["id"].get<long long>());
    ASSERT_FALSE(chu.empty());
    auto j = stage("--site " + chu, store);
    EXPECT_EQ(j["site"]["commune"]["code"], "45234");
    auto point = stage("--at 1.3347,47.5861", store);  // Blois, by the Loire
    EXPECT_EQ(point["site"]["commune"]["code"], "41018");
    EXPECT_DOUBLE_EQ(point["site"]["lon"].get<double>(), 1.3347);
    // A hospital in Lyon (far from the territory): its commune from the nearest commune centre.
    auto r =
        run("ogrinfo -ro -q -sql \"SELECT finess_et FROM hopitaux WHERE city = 'LYON' LIMIT 1\" "
            "data/public-data.gpkg");
    const auto eq = r.out.rfind(" = ");
    ASSERT_NE(eq, std::string::npos) << r.out;
    const std::string finess = r.out.substr(eq + 3, 9);
    auto lyon = stage("--finess " + finess, store);
    EXPECT_EQ(lyon["site"]["commune"]["code"].get<std::string>().substr(0, 2), "69") << lyon["site"];
    EXPECT_TRUE(allowances(lyon).count("cd41-allocation-stage") == 0);
}

TEST(Stage, UnknownCodesAndBadValuesAreRefusedWithWhy) {
    const std::string store = freshStore("bad");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"--commune 99999", "99999"},
        {"--commune 41143 --months 0", "--months"},
        {"--commune 41143 --months 6.5", "--months"},
        {"--commune 41143 --level docteur", "--level"},
        {"--commune 41143 --semester 2026-S3", "2026-S3"},
        {"--commune 41143 --faculty lyon", "lyon"},
        {"--commune 41143 --home 00000", "00000"},
        {"--commune 41143 --max-rent -5", "--max-rent"},
        {"--commune 41143 --max-minutes abc", "--max-minutes"},
        {"--at 200,100", "--at"},
        {"--finess 123", "123"},
        {"--site 999999", "999999"},
    };
    for (const auto& [args, named] : cases) {
        auto r = santemap("stage " + args + " --store " + shellQuote(store));
        EXPECT_EQ(r.exitCode, 1) << args << ": " << r.err;
        EXPECT_NE(r.err.find(named), std::string::npos) << args << ": " << r.err;
    }
    EXPECT_EQ(santemap("stage --store " + shellQuote(store)).exitCode, 2) << "no place given";
    EXPECT_EQ(santemap("stage --commune 41143 --at 1,47 --store " + shellQuote(store)).exitCode, 2);
}
