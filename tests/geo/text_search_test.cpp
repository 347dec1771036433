// Place-name search on the real communes of Loir-et-Cher and Loiret (from the data pack).
#include <gtest/gtest.h>

#include "geo/table_ref.hpp"
#include "geo/text_search.hpp"
#include "support/test_support.hpp"

namespace {

struct Names {
    std::vector<std::string> names;
    geo::SearchIndex index;
};

const Names& communes() {
    static const Names n = [] {
        Names out;
        geo::Diagnostics diag;
        auto layer = geo::readTable(
            {testing_support::dataFile("public-data.gpkg"), "communes", "territoire IN ('41', '45')"}, diag);
        const auto col = *layer->table.fieldIndex("nom");
        for (std::size_t r = 0; r < layer->table.rowCount(); ++r) {
            out.index.add(static_cast<std::uint32_t>(out.names.size()), geo::toText(layer->table.at(r, col)));
            out.names.push_back(geo::toText(layer->table.at(r, col)));
        }
        return out;
    }();
    return n;
}

std::string first(const std::string& query) {
    auto hits = communes().index.search(query, 5);
    return hits.empty() ? "" : communes().names[hits[0].id];
}

TEST(TextSearch, FoldsAccentsCaseAndAbbreviations) {
    EXPECT_EQ(geo::foldForSearch("Châteauneuf-sur-Loire"), "chateauneuf sur loire");
    EXPECT_EQ(geo::foldForSearch("St-Aignan"), "saint aignan");
    EXPECT_EQ(geo::foldForSearch("L'Œuvre  ÉTÉ"), "l oeuvre ete");
}

TEST(TextSearch, FindsWhatPeopleType) {
    EXPECT_EQ(first("romorantin"), "Romorantin-Lanthenay");
    EXPECT_EQ(first("st aignan"), "Saint-Aignan");
    EXPECT_EQ(first("chateauneuf loire"), "Châteauneuf-sur-Loire");
    EXPECT_EQ(first("BLOIS"), "Blois");
    EXPECT_EQ(first("vendome"), "Vendôme");
    EXPECT_EQ(first("romorentin"), "Romorantin-Lanthenay");  // a typo
    EXPECT_EQ(first("orleans"), "Orléans");
}

TEST(TextSearch, NothingForNonsense) {
    EXPECT_TRUE(communes().index.search("zzqxw").empty());
    EXPECT_TRUE(communes().index.search("   ").empty());
}

}  // namespace
