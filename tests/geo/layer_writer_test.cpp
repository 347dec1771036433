// CSV exports cannot carry a formula into a spreadsheet: text cells starting with = + - @ tab or
// carriage return get a leading quote (OWASP); numbers keep their sign; GeoJSON keeps the text.
#include <gtest/gtest.h>

#include <algorithm>

#include "geo/layer.hpp"
#include "geo/layer_writer.hpp"
#include "geo/reader.hpp"
#include "support/test_support.hpp"

namespace {

const std::vector<std::string> kHostile = {
    "=HYPERLINK(\"http://x\")", "+33 6 00", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "Plain", "a=b"};

geo::Layer hostileTable() {
    geo::Layer layer;
    layer.table.fields = {{"text", "String", geo::ValueKind::String}, {"number", "Integer64", geo::ValueKind::Integer}};
    layer.table.columns.resize(2);
    for (std::size_t i = 0; i < kHostile.size(); ++i) {
        layer.table.columns[0].push_back(kHostile[i]);
        layer.table.columns[1].push_back(std::int64_t(-5) - static_cast<std::int64_t>(i));
        layer.geometry.beginFeature(geo::GeomKind::None);
        layer.geometry.endFeature();
    }
    return layer;
}

}  // namespace

TEST(CsvInjection, TextCellsThatLookLikeFormulasAreQuotedNumbersAreNot) {
    const std::string dir = testing_support::scratchDir("csv_injection");
    const geo::Layer layer = hostileTable();
    for (bool excel : {false, true}) {
        SCOPED_TRACE(excel ? "excel" : "plain");
        const std::string path = dir + (excel ? "/excel.csv" : "/plain.csv");
        geo::WriteOptions options;
        options.format = geo::ExportFormat::Csv;
        options.excel = excel;
        options.geometry = false;
        ASSERT_TRUE(geo::writeLayer(layer, path, options));
        // The oracle: GDAL reads the cells back as they are in the file.
        const geo::Layer read = testing_support::readTableOk(path);
        ASSERT_EQ(read.table.rowCount(), kHostile.size());
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            const std::string cell = geo::toText(read.table.at(i, 0));
            const char c = kHostile[i].front();
            const bool formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
            // GDAL's CSV reader gives a quoted carriage return back as a line feed.
            std::string expected = formula ? "'" + kHostile[i] : kHostile[i];
            std::replace(expected.begin(), expected.end(), '\r', '\n');
            EXPECT_EQ(cell, expected);
            EXPECT_EQ(geo::toText(read.table.at(i, 1)), std::to_string(-5 - static_cast<int>(i)));
        }
        EXPECT_EQ(testing_support::readFile(path).find("\n=HYPERLINK"), std::string::npos);
    }
    // GeoJSON and GeoPackage are data formats, not spreadsheets: the text is kept as it is.
    geo::WriteOptions json;
    json.format = geo::ExportFormat::GeoJson;
    ASSERT_TRUE(geo::writeLayer(layer, dir + "/t.geojson", json));
    const geo::Layer read = testing_support::readTableOk(dir + "/t.geojson");
    ASSERT_EQ(read.table.rowCount(), kHostile.size());
    for (std::size_t i = 0; i < kHostile.size(); ++i) EXPECT_EQ(geo::toText(read.table.at(i, 0)), kHostile[i]);
}
