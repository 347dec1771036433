// The take-away sheet as a PNG (issue 11), compared with a golden page: the layout, the map
// excerpt drawn by the map's renderer, the QR code and the "EXEMPLE" mark of a demo listing.
// pdftotext and zbarimg check what the page says (tests/domain/take_away_test.cpp); this checks
// how it looks. The date is fixed, the store is a fresh demo set.
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "golden_compare.hpp"
#include "support/test_support.hpp"

using testing_support::santemap;
using testing_support::shellQuote;

namespace {

TEST(TakeAwayGolden, ADemoListingOfTheLoiretLooksAsItsGolden) {
    const std::string dir = testing_support::scratchDir("take_away_golden");
    const std::string store = dir + "/annonces.gpkg", png = dir + "/page.png";
    // A first sheet opens the new store, which fills it with the demo set (as the window's first
    // start does); then the listing's id is known.
    ASSERT_EQ(santemap("sheet --commune 45234 --store " + shellQuote(store) + " --out " + shellQuote(dir + "/o.png"))
                  .exitCode,
              0);
    auto list = santemap("listings list --store " + shellQuote(store));
    ASSERT_EQ(list.exitCode, 0) << list.err;
    std::string id;
    const auto listings = nlohmann::json::parse(list.out);
    for (const auto& l : listings["listings"])
        if (l["title"] == "Exemple fictif : maison de santé qui recrute un·e kinésithérapeute")
            id = std::to_string(l["id"].get<long long>());
    ASSERT_FALSE(id.empty()) << "the demo set's physiotherapy listing is gone: " << list.out;
    auto r = santemap("sheet --listing " + id + " --date 2026-06-01 --store " + shellQuote(store) + " --out " +
                      shellQuote(png));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(nlohmann::json::parse(r.out)["qr_payload"], "https://www.caploiretsante.fr") << r.out;

    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &n, 4);
    ASSERT_NE(pixels, nullptr) << png;
    EXPECT_EQ(w, 1240) << "A4 at 150 dpi";
    EXPECT_EQ(h, 1753);
    const std::vector<std::uint8_t> rgba(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(pixels);
    golden::expectMatches(
        std::filesystem::path(SANTEMAP_SOURCE_DIR) / "tests/render/take_away/expected.png", w, h, rgba, {24, 0.0005});
}

}  // namespace
