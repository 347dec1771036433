// The interface text: every key of the table in French and English, with the same placeholders,
// and every text of the data files that people read in both languages too.
#include <gtest/gtest.h>

#include <string>

#include "domain/aid_context.hpp"
#include "domain/number_format.hpp"
#include "domain/ui_text.hpp"

namespace {

std::size_t placeholders(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t at = s.find("{}"); at != std::string::npos; at = s.find("{}", at + 2)) ++n;
    return n;
}

TEST(UiText, EveryKeyHasItsFrenchAndEnglishWithTheSamePlaceholders) {
    for (int k = 0; k < static_cast<int>(app::Text::Count_); ++k) {
        const auto key = static_cast<app::Text>(k);
        const std::string fr = app::tr(app::Language::French, key), en = app::tr(app::Language::English, key);
        EXPECT_FALSE(fr.empty()) << "key " << k << " has no French";
        EXPECT_FALSE(en.empty()) << "key " << k << " (" << fr << ") has no English";
        EXPECT_EQ(placeholders(fr), placeholders(en)) << fr << " / " << en;
    }
}

TEST(UiText, PlaceholdersTakeTheirArgumentsInOrder) {
    EXPECT_EQ(app::trf(app::Language::French, app::Text::RentRange, {"100 €", "150 €"}),
              "Loyer : 100 € à 150 € par mois");
    EXPECT_EQ(app::trf(app::Language::English, app::Text::RentRange, {"€100", "€150"}), "Rent: €100 to €150 a month");
    // Fewer arguments than placeholders leave the rest as they are, never read past the list.
    EXPECT_EQ(app::trf(app::Language::English, app::Text::NameAndCode, {"Blois"}), "Blois ({})");
}

TEST(UiText, NumbersFollowTheLanguage) {
    EXPECT_EQ(app::formatNumber(app::Language::French, 47219.5, 1), "47\u202F219,5");
    EXPECT_EQ(app::formatNumber(app::Language::English, 47219.5, 1), "47,219.5");
    EXPECT_EQ(app::formatNumber(app::Language::English, -0.25, 2), "−0.25");
    EXPECT_EQ(app::formatNumber(app::Language::French, -0.25, 2), "−0,25");
}

void expectBoth(const app::LocalText& t, const std::string& where) {
    EXPECT_FALSE(t.fr.empty()) << where << " has no French";
    EXPECT_FALSE(t.en.empty()) << where << " (" << t.fr << ") has no English";
}

TEST(UiText, DataFilesGiveTheirTextsInBothLanguages) {
    geo::Diagnostics diag;
    auto catalogue = app::findCatalogue("");
    ASSERT_TRUE(catalogue) << geo::describe(catalogue.error());
    std::size_t texts = 0;
    for (const auto& l : catalogue->layers) {
        expectBoth(l.title, l.id + ".title");
        expectBoth(l.style.title, l.id + ".style.title");
        if (!l.note.empty()) expectBoth(l.note, l.id + ".note");
        expectBoth(l.attribution, l.id + ".attribution");
        for (const auto& d : l.details) expectBoth(d.label, l.id + ".details." + d.field);
        for (const auto& ind : l.indicators) {
            expectBoth(ind.title, l.id + ".indicators." + ind.id);
            expectBoth(ind.unit, l.id + ".indicators." + ind.id + ".unit");
            if (!ind.note.empty()) expectBoth(ind.note, l.id + ".indicators." + ind.id + ".note");
            for (const auto& label : ind.choropleth.labels)
                expectBoth(label, l.id + ".indicators." + ind.id + ".labels");
            texts += ind.choropleth.labels.size();
        }
        if (l.style.categories)
            for (const auto& label : l.style.categories->labels) expectBoth(label, l.id + ".style.categories.labels");
        texts += l.details.size() + l.indicators.size() + 1;
    }
    EXPECT_GT(texts, 60u);
    auto aid = app::loadAidContext("", "", diag);
    ASSERT_TRUE(aid) << geo::describe(aid.error());
    for (const auto& p : aid->professions.professions) expectBoth(p.label, "professions.json: " + p.code);
    for (const auto& a : aid->aids.aids) expectBoth(a.name, "aids.json: " + a.id);
}

}  // namespace
