// `santemap export`: the territory's joins checked against the source files, filters, formats
// (read back by GDAL), French spreadsheet CSV, hidden contacts, and bad requests.
#include <fstream>
#include <map>

#include "cli/cli_support.hpp"
#include "domain/commune_directory.hpp"
#include "geo/reader.hpp"
#include "geo/source.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

nlohmann::json exportOk(const std::string& args) {
    auto r = santemap("export " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return cli_support::parse(r);
}

}  // namespace

TEST(Export, EveryCommuneOfLoirEtCherAndLoiretGetsItsPopulationAndApl) {
    NEEDS_NATIONAL_DATA("sante_communes_santescope/indicateurs_sante_communes.csv");
    const std::string dir = testing_support::scratchDir("export_communes");
    auto summary = exportOk("--layer communes --format gpkg --out " + shellQuote(dir + "/c.gpkg"));
    EXPECT_EQ(summary["zoning_source"], "indicatif, calculé à partir de l'APL");
    geo::Layer c = testing_support::readTableOk(dir + "/c.gpkg");
    const auto dep = *c.table.fieldIndex("departement"), pop = *c.table.fieldIndex("population"),
               apl = *c.table.fieldIndex("apl"), code = *c.table.fieldIndex("code_insee");
    std::map<std::string, double> population;
    std::map<std::string, int> count;
    // The oracle for APL: the santescope file, read on its own.
    auto changes = geo::CodeChanges{};
    auto indicators = app::CommuneDirectory::read(
        {testing_support::dataFile("sante_communes_santescope/indicateurs_sante_communes.csv")}, "code", changes);
    ASSERT_TRUE(indicators);
    for (std::size_t r = 0; r < c.table.rowCount(); ++r) {
        const std::string d = geo::toText(c.table.at(r, dep));
        if (d != "41" && d != "45") continue;
        ++count[d];
        auto p = geo::numberOf(c.table.at(r, pop));
        ASSERT_TRUE(p) << geo::toText(c.table.at(r, code)) << " has no population";
        population[d] += *p;
        auto a = geo::numberOf(c.table.at(r, apl));
        ASSERT_TRUE(a) << geo::toText(c.table.at(r, code)) << " has no APL";
        auto row = indicators->row(geo::toText(c.table.at(r, code)));
        ASSERT_TRUE(row);
        EXPECT_DOUBLE_EQ(*a, *indicators->number(*row, "apl"));
    }
    // COG 2026 counts and INSEE's published totals (SOURCES.md §1): merged communes counted once.
    EXPECT_EQ(count["41"], 267);
    EXPECT_EQ(count["45"], 325);
    EXPECT_DOUBLE_EQ(population["41"], 328543);
    EXPECT_DOUBLE_EQ(population["45"], 691268);
}

TEST(Export, SpecialtyCountsMatchTheRppsFile) {
    NEEDS_NATIONAL_DATA("sante_communes_santescope/medecins_specialites_communes_41_45.csv");
    const std::string dir = testing_support::scratchDir("export_rpps");
    auto summary = exportOk("--layer communes --specialty ophtalmologue pediatre --format geojson --out " +
                            shellQuote(dir + "/c.geojson"));
    geo::Layer c = testing_support::readTableOk(dir + "/c.geojson");
    EXPECT_TRUE(c.table.fieldIndex("rpps_ophtalmologue"));
    EXPECT_TRUE(c.table.fieldIndex("rpps_pediatre"));
    EXPECT_FALSE(c.table.fieldIndex("rpps_psychiatre")) << "other specialties' columns are left out";
    // Oracle: the sum of "Ophtalmologie" rows of the RPPS extraction.
    geo::Layer rpps = testing_support::readTableOk(
        testing_support::dataFile("sante_communes_santescope/medecins_specialites_communes_41_45.csv"));
    double expected = 0;
    for (std::size_t r = 0; r < rpps.table.rowCount(); ++r)
        if (geo::toText(rpps.table.at(r, *rpps.table.fieldIndex("specialite"))) == "Ophtalmologie")
            expected += *geo::numberOf(rpps.table.at(r, *rpps.table.fieldIndex("effectif")));
    double got = 0;
    int unknown = 0;
    for (std::size_t r = 0; r < c.table.rowCount(); ++r) {
        auto v = geo::numberOf(c.table.at(r, *c.table.fieldIndex("rpps_ophtalmologue")));
        const std::string d = geo::toText(c.table.at(r, *c.table.fieldIndex("departement")));
        if (d == "41" || d == "45") {
            ASSERT_TRUE(v) << "known (0 or more) in 41 and 45";
            got += *v;
        } else {
            EXPECT_FALSE(v) << "outside 41 and 45 the count is unknown, not 0";
            ++unknown;
        }
    }
    EXPECT_GT(expected, 20);
    EXPECT_DOUBLE_EQ(got, expected);
    EXPECT_GT(unknown, 100);
}

TEST(Export, ZoningExportSaysItIsIndicative) {
    const std::string dir = testing_support::scratchDir("export_zoning");
    exportOk("--layer zonage-medecins --commune 41143 41018 41295 --format csv --out " + shellQuote(dir + "/z.csv"));
    geo::Layer z = testing_support::readTableOk(dir + "/z.csv");
    ASSERT_EQ(z.table.rowCount(), 3u);
    std::map<std::string, std::string> zone;
    for (std::size_t r = 0; r < z.table.rowCount(); ++r) {
        zone[geo::toText(z.table.at(r, *z.table.fieldIndex("code_insee")))] =
            geo::toText(z.table.at(r, *z.table.fieldIndex("zonage_mg")));
        EXPECT_EQ(geo::toText(z.table.at(r, *z.table.fieldIndex("zonage_mg_source"))),
                  "indicatif, calculé à partir de l'APL");
    }
    EXPECT_EQ(zone["41143"], "ZIP");
    EXPECT_EQ(zone["41018"], "ZAC");
    EXPECT_EQ(zone["41295"], "HZ");
    EXPECT_NE(testing_support::readFile(dir + "/z.csv").find("MULTIPOLYGON"), std::string::npos) << "polygons as WKT";
}

TEST(Export, ListingsForFrenchSpreadsheetsWithDemoColumnAndHiddenContacts) {
    const std::string dir = testing_support::scratchDir("export_listings");
    const std::string store = dir + "/a.gpkg";
    ASSERT_EQ(santemap("listings import data/demo/annonces-exemple.csv --store " + shellQuote(store)).exitCode, 0);
    auto summary =
        exportOk("--layer annonces --store " + shellQuote(store) +
                 " --specialty chirurgien-dentiste --format csv --excel --out " + shellQuote(dir + "/a.csv"));
    const std::string text = testing_support::readFile(dir + "/a.csv");
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF") << "UTF-8 byte order mark";
    const std::string header = text.substr(3, text.find('\n') - 3);
    EXPECT_NE(header.find("id;exemple;categorie"), std::string::npos) << header;
    EXPECT_NE(header.find(";lon;lat"), std::string::npos) << header;
    EXPECT_EQ(text.find("exemple@example.org"), std::string::npos) << "a non-public contact left in an export";
    EXPECT_GE(summary["contacts_hidden"].get<int>(), 1);
    EXPECT_EQ(summary["demo_features"], summary["features"]);
    // Decimal commas in coordinates (Romorantin: 1,7...).
    EXPECT_NE(text.find(";\"1,7"), std::string::npos);
    // The same export, not for Excel: GDAL reads lon/lat back as the stored positions.
    exportOk("--layer annonces --store " + shellQuote(store) + " --format csv --out " + shellQuote(dir + "/b.csv"));
    geo::Layer b = testing_support::readTableOk(dir + "/b.csv");
    auto listed = cli_support::parse(santemap("listings list --store " + shellQuote(store)));
    ASSERT_EQ(b.table.rowCount(), listed["listings"].size());
    for (std::size_t r = 0; r < b.table.rowCount(); ++r) {
        ASSERT_EQ(b.geometry.kind[r], geo::GeomKind::Point);
        EXPECT_DOUBLE_EQ(b.geometry.firstVertex(r).x, listed["listings"][r]["lon"].get<double>());
    }
    // Staff can include private contacts on purpose.
    exportOk("--layer annonces --store " + shellQuote(store) + " --include-private-contacts --format geojson --out " +
             shellQuote(dir + "/c.geojson"));
    EXPECT_NE(testing_support::readFile(dir + "/c.geojson").find("exemple@example.org"), std::string::npos);
}

TEST(Export, HospitalsKeepTheirFinessNumbers) {
    const std::string dir = testing_support::scratchDir("export_hospitals");
    auto s = exportOk("--layer hopitaux --format geojson --out " + shellQuote(dir + "/h.geojson"));
    EXPECT_EQ(s["features"], 50);  // 17 in 41, 33 in 45 (SOURCES.md §2)
    geo::Layer h = testing_support::readTableOk(dir + "/h.geojson");
    ASSERT_EQ(h.table.rowCount(), 50u);
    for (std::size_t r = 0; r < h.table.rowCount(); ++r)
        EXPECT_EQ(geo::toText(h.table.at(r, *h.table.fieldIndex("finess_et"))).size(), 9u);
}

// Point layers whose table already has lon and lat columns (hospitals, the MSP layer) export to
// CSV with one pair of columns, holding each point's position.
TEST(Export, PointLayersWithTheirOwnLonLatColumnsExportToCsv) {
    const std::string dir = testing_support::scratchDir("export_points_csv");
    for (const char* layer : {"hopitaux", "msp"}) {
        SCOPED_TRACE(layer);
        const std::string csv = dir + "/" + layer + ".csv", geojson = dir + "/" + layer + ".geojson";
        exportOk(std::string("--layer ") + layer + " --format csv --out " + shellQuote(csv));
        exportOk(std::string("--layer ") + layer + " --format geojson --out " + shellQuote(geojson));
        geo::Layer table = testing_support::readTableOk(csv), points = testing_support::readTableOk(geojson);
        ASSERT_EQ(table.table.rowCount(), points.geometry.featureCount());
        ASSERT_GT(table.table.rowCount(), 0u);
        std::size_t lonColumns = 0;
        for (const auto& f : table.table.fields) lonColumns += f.name == "lon";
        EXPECT_EQ(lonColumns, 1u);
        // The oracle: the same rows as GeoJSON points, read back by GDAL.
        const auto lon = *table.table.fieldIndex("lon"), lat = *table.table.fieldIndex("lat");
        for (std::size_t r = 0; r < table.table.rowCount(); ++r) {
            EXPECT_NEAR(*geo::numberOf(table.table.at(r, lon)), points.geometry.firstVertex(r).x, 1e-7);
            EXPECT_NEAR(*geo::numberOf(table.table.at(r, lat)), points.geometry.firstVertex(r).y, 1e-7);
        }
    }
}

TEST(Export, BadRequestsAreExplained) {
    const std::string dir = testing_support::scratchDir("export_bad");
    auto r = santemap("export --layer routes --format csv --out " + shellQuote(dir + "/x.csv"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("communes, zonage-medecins"), std::string::npos) << r.err;
    r = santemap("export --layer hopitaux --commune 41018 --format csv --out " + shellQuote(dir + "/x.csv"));
    EXPECT_EQ(r.exitCode, 2);
    r = santemap("export --layer hopitaux --format shp --out " + shellQuote(dir + "/x.shp"));
    EXPECT_EQ(r.exitCode, 2);
    r = santemap("export --layer hopitaux --format csv --out /nonexistent/folder/x.csv");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("/nonexistent/folder"), std::string::npos) << r.err;
    r = santemap("export --layer communes --specialty plombier --format csv --out " + shellQuote(dir + "/x.csv"));
    EXPECT_EQ(r.exitCode, 2);
    // Nothing half-written is left behind.
    for (const auto& e : std::filesystem::directory_iterator(dir)) ADD_FAILURE() << "left behind: " << e.path();
}

TEST(Export, AnOfficialZoningNamedInTheCatalogueReplacesTheIndicativeOne) {
    // A --data folder with its own catalogue: every other file still comes through the search path.
    const std::string dir = testing_support::scratchDir("export_official_zoning");
    auto catalogue = nlohmann::json::parse(testing_support::readFile("data/catalogue.json"));
    for (auto& l : catalogue["layers"])
        if (l["id"] == "zonage-medecins") l["official_source"] = "zonage-ars.csv";
    testing_support::writeFile(dir + "/catalogue.json", catalogue.dump());
    testing_support::writeFile(dir + "/zonage-ars.csv",
                               "insee;zonage\n41018;ZIP\n41143;Zone d'action complémentaire\n");
    exportOk("--data " + shellQuote(dir) + " --layer zonage-medecins --commune 41018 41143 41295 --format csv --out " +
             shellQuote(dir + "/z.csv"));
    geo::Layer z = testing_support::readTableOk(dir + "/z.csv");
    std::map<std::string, std::pair<std::string, std::string>> zone;
    for (std::size_t r = 0; r < z.table.rowCount(); ++r)
        zone[geo::toText(z.table.at(r, *z.table.fieldIndex("code_insee")))] = {
            geo::toText(z.table.at(r, *z.table.fieldIndex("zonage_mg"))),
            geo::toText(z.table.at(r, *z.table.fieldIndex("zonage_mg_source")))};
    EXPECT_EQ(zone["41018"], (std::pair<std::string, std::string>{"ZIP", "officiel"}));
    EXPECT_EQ(zone["41143"], (std::pair<std::string, std::string>{"ZAC", "officiel"}));
    // A commune the official file does not list keeps the indicative zone, labelled as such.
    EXPECT_EQ(zone["41295"], (std::pair<std::string, std::string>{"HZ", "indicatif, calculé à partir de l'APL"}));
}

// Every layer of the catalogue exports in every format, and GDAL reads back as many rows as the
// summary announces (hopitaux and msp once failed as CSV: their own lon/lat columns).
TEST(Export, EveryCatalogueLayerInEveryFormat) {
    const std::string dir = testing_support::scratchDir("export_every_layer");
    std::ifstream in("data/catalogue.json");
    const auto catalogue = nlohmann::json::parse(in);
    ASSERT_GE(catalogue.at("layers").size(), 7u);
    for (const auto& layer : catalogue.at("layers")) {
        const std::string id = layer.at("id");
        // --excel changes only how cells are written: once, on the listings, is enough.
        std::vector<std::string> formats = {"csv", "geojson", "gpkg"};
        if (id == "annonces") formats.push_back("csv --excel");
        for (const std::string& format : formats) {
            SCOPED_TRACE(id + " " + format);
            const std::string out = dir + "/" + id + (format == "csv --excel" ? "-excel.csv" : "." + format);
            auto summary = exportOk("--layer " + id + " --format " + format + " --out " + shellQuote(out));
            ASSERT_TRUE(summary.contains("features"));
            const geo::Layer read = testing_support::readTableOk(out);
            const std::size_t rows = std::max(read.table.rowCount(), read.geometry.featureCount());
            EXPECT_EQ(rows, summary.at("features").get<std::size_t>());
            EXPECT_GT(rows, 0u);
        }
    }
}
