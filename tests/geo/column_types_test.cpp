// Type guesses for CSV columns: numbers become numbers, codes stay text.
#include <gtest/gtest.h>

#include "geo/column_types.hpp"

namespace {

geo::ValueKind guess(const char* name, std::initializer_list<const char*> values) {
    geo::ColumnTypeGuess g(name);
    for (const char* v : values) g.feed(v);
    return g.kind();
}

TEST(ColumnTypes, InseeCodesStayText) {
    EXPECT_EQ(guess("code", {"41018", "45234"}), geo::ValueKind::String);     // by name
    EXPECT_EQ(guess("commune", {"01001", "2A004"}), geo::ValueKind::String);  // by value
    EXPECT_EQ(guess("x", {"01001", "41018"}), geo::ValueKind::String);        // a leading zero
}

TEST(ColumnTypes, NumbersBecomeNumbers) {
    EXPECT_EQ(guess("population", {"47219", "", "12"}), geo::ValueKind::Integer);
    EXPECT_EQ(guess("apl", {"3.8", "2", "-1e-3"}), geo::ValueKind::Real);
    EXPECT_EQ(guess("ratio", {"0.26", "0.5"}), geo::ValueKind::Real);
    EXPECT_EQ(guess("nom", {"Blois", "12"}), geo::ValueKind::String);
    EXPECT_EQ(guess("vide", {"", ""}), geo::ValueKind::String);
}

TEST(ColumnTypes, ParsingIgnoresTheLocale) {
    double d = 0;
    EXPECT_TRUE(geo::parseReal("3.25", d));
    EXPECT_DOUBLE_EQ(d, 3.25);
    EXPECT_FALSE(geo::parseReal("3,25", d));
    EXPECT_FALSE(geo::parseReal("nan", d));
}

}  // namespace
