// `santemap sheet`: the take-away sheet of a listing or a commune (issue 11). Oracles: pdfinfo and
// pdffonts (one A4 page, the text in DejaVu, as text), pdftotext (what the page says), zbarimg
// (the QR code read back from the PNG), `santemap aids` for the total, hand-worked payloads.
#include <filesystem>

#include "domain/take_away.hpp"

#include "cli/cli_support.hpp"
#include "domain/agencies.hpp"
#include "pdf_text.hpp"

using pdf_text::frenchThousands;
using pdf_text::pdfText;
using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

// A store holding the demo set and four listings with contacts, public or not.
std::string storeWithContacts(const std::string& dir) {
    const std::string store = dir + "/annonces.gpkg", csv = dir + "/contacts.csv";
    testing_support::writeFile(
        csv,
        "categorie,type,titre,professions,code_insee,lon,lat,date_debut,description,contact,telephone,email,"
        "contact_public,capacite,loyer_min,loyer_max,meuble,vehicule,semestres,service,maitre_de_stage,demo,source\n"
        "opportunite,cabinet-vacant,\"Cabinet à reprendre, Blois\",medecin-generaliste,41018,,,,Test,Dr Test,"
        "02 54 00 00 01,cabinet@example.org,oui,,,,,,,,,non,test\n"
        "opportunite,cabinet-vacant,Cabinet par téléphone,medecin-generaliste,41018,,,,Test,Dr Tel,"
        "02 54 00 00 02,,oui,,,,,,,,,non,test\n"
        "opportunite,cabinet-vacant,Cabinet privé Loiret,medecin-generaliste,45234,,,,Test,Dr Privé,"
        "02 38 00 00 03,prive@example.org,non,,,,,,,,,non,test\n"
        "opportunite,cabinet-vacant,Cabinet privé Loir-et-Cher,medecin-generaliste,41018,,,,Test,Dr Privé,"
        "02 54 00 00 04,prive41@example.org,non,,,,,,,,,non,test\n");
    auto r = santemap("listings import " + shellQuote(csv) + " --store " + shellQuote(store));
    EXPECT_EQ(r.exitCode, 0) << r.err << r.out;
    return store;
}

// The store id of the listing titled `title`, from `santemap listings list`.
std::string idOf(const std::string& store, const std::string& title) {
    auto j = cli_support::parse(santemap("listings list --store " + shellQuote(store)));
    for (const auto& l : j["listings"])
        if (l["title"] == title) return std::to_string(l["id"].get<long long>());
    ADD_FAILURE() << "no listing " << title;
    return "-1";
}

}  // namespace

TEST(TakeAway, AListingSheetIsOneA4PageThatSaysWhatTheScreenSays) {
    const std::string dir = testing_support::scratchDir("take_away_listing");
    const std::string store = dir + "/annonces.gpkg", pdf = dir + "/fiche.pdf";
    // The store as on a first launch: the demo set.
    auto listings = cli_support::parse(
        run("SANTEMAP_STORE=" + shellQuote(store) + " " + shellQuote(SANTEMAP_BIN) + " listings list"));
    // A demo opportunity for doctors.
    nlohmann::json chosen;
    for (const auto& l : listings["listings"])
        if (l["category"] == "opportunite" && chosen.is_null()) chosen = l;
    ASSERT_FALSE(chosen.is_null());
    const std::string id = std::to_string(chosen["id"].get<long long>());
    auto r = santemap("sheet --listing " + id + " --profession medecin-generaliste --date 2026-06-01 --store " +
                      shellQuote(store) + " --out " + shellQuote(pdf));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = cli_support::parse(r);
    EXPECT_EQ(j["path"], pdf);
    EXPECT_EQ(j["format"], "pdf");
    EXPECT_EQ(j["pages"], 1);
    EXPECT_TRUE(j["demo"].get<bool>());
    // The total is the aid calculator's, for the same profile, commune and day.
    auto aids = cli_support::parse(santemap("aids --profession medecin-generaliste --date 2026-06-01 --commune " +
                                            chosen["commune_code"].get<std::string>()));
    const long long total = aids["total_eur_max"].get<long long>();
    EXPECT_EQ(j["total_eur_max"].get<long long>(), total);
    ASSERT_GT(total, 0);

    const auto info = run("pdfinfo " + shellQuote(pdf));
    EXPECT_NE(info.out.find("Pages:           1\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info.out;
    // Text, not pictures of text: DejaVu embedded.
    EXPECT_NE(run("pdffonts " + shellQuote(pdf)).out.find("DejaVuSans"), std::string::npos);
    const std::string text = pdfText(pdf);
    const std::string title = chosen["title"];
    EXPECT_NE(text.find(title.substr(0, 30)), std::string::npos) << text;
    EXPECT_NE(text.find(chosen["commune_name"].get<std::string>()), std::string::npos) << text;
    EXPECT_NE(text.find("Total maximal : " + frenchThousands(total) + " €"), std::string::npos) << text;
    EXPECT_NE(text.find("EXEMPLE"), std::string::npos);
    EXPECT_NE(text.find("Fiche éditée le 2026-06-01"), std::string::npos);
    EXPECT_NE(text.find("Sources :"), std::string::npos);
}

TEST(TakeAway, TheQrCodeHoldsTheFirstPublicContactInOrder) {
    const std::string dir = testing_support::scratchDir("take_away_qr");
    const std::string store = storeWithContacts(dir);
    // Hand-worked: the listing's public e-mail with its title percent-encoded (UTF-8 "à" is
    // C3 A0), its public phone as dialled digits, a private contact never (the agency's web
    // address where a source gives one, nothing in Loir-et-Cher where none does).
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Cabinet à reprendre, Blois", "mailto:cabinet@example.org?subject=Cabinet%20%C3%A0%20reprendre%2C%20Blois"},
        {"Cabinet par téléphone", "tel:0254000002"},
        {"Cabinet privé Loiret", "https://www.caploiretsante.fr"},
    };
    for (const auto& [title, payload] : cases) {
        const std::string png = dir + "/qr.png";
        auto r = santemap("sheet --listing " + idOf(store, title) + " --store " + shellQuote(store) + " --out " +
                          shellQuote(png));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(cli_support::parse(r)["qr_payload"], payload) << title;
        auto read = run("zbarimg --quiet --raw " + shellQuote(png));
        EXPECT_EQ(read.exitCode, 0) << title << ": " << read.err;
        EXPECT_EQ(read.out, payload + "\n") << title;
    }
    const std::string pdf = dir + "/prive.pdf";
    auto r = santemap("sheet --listing " + idOf(store, "Cabinet privé Loir-et-Cher") + " --store " + shellQuote(store) +
                      " --out " + shellQuote(pdf));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(cli_support::parse(r)["qr_payload"].is_null());
    const std::string text = pdfText(pdf);
    EXPECT_EQ(text.find("prive41@example.org"), std::string::npos) << "a private contact on the sheet";
    EXPECT_EQ(text.find("02 54 00 00 04"), std::string::npos) << "a private contact on the sheet";
    EXPECT_NE(text.find("Be LC"), std::string::npos) << "the agency is named";
    // No QR code at all on a page without a public contact.
    const std::string png = dir + "/prive.png";
    ASSERT_EQ(santemap("sheet --listing " + idOf(store, "Cabinet privé Loir-et-Cher") + " --store " +
                       shellQuote(store) + " --out " + shellQuote(png))
                  .exitCode,
              0);
    EXPECT_EQ(run("zbarimg --quiet --raw " + shellQuote(png)).exitCode, 4) << "zbarimg: 4 is 'no symbol found'";
}

TEST(TakeAway, ACommuneSheetNamesItsAgencyWithOnlySourcedContacts) {
    const std::string dir = testing_support::scratchDir("take_away_commune");
    const std::string store = dir + "/annonces.gpkg";
    // Orléans (45234, Loiret): Cap Loiret Santé's web address and the Département's switchboard,
    // both from seed 002.
    auto r = santemap("sheet --commune 45234 --store " + shellQuote(store) + " --out " + shellQuote(dir + "/o.pdf"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(cli_support::parse(r)["qr_payload"], "https://www.caploiretsante.fr");
    EXPECT_FALSE(cli_support::parse(r)["demo"].get<bool>());
    const std::string text = pdfText(dir + "/o.pdf");
    EXPECT_NE(text.find("Orléans (45234)"), std::string::npos) << text;
    EXPECT_NE(text.find("Cap Loiret Santé"), std::string::npos);
    EXPECT_NE(text.find("02 38 25 45 45"), std::string::npos);
    EXPECT_EQ(text.find("EXEMPLE"), std::string::npos) << "a commune sheet is no demo";
}

TEST(TakeAway, BadRequestsAreRefusedWithWhy) {
    const std::string dir = testing_support::scratchDir("take_away_bad");
    const std::string store = " --store " + shellQuote(dir + "/annonces.gpkg");
    auto txt = santemap("sheet --commune 45234 --out " + shellQuote(dir + "/fiche.txt") + store);
    EXPECT_EQ(txt.exitCode, 2);
    EXPECT_NE(txt.err.find(".pdf or .png"), std::string::npos) << txt.err;
    auto none = santemap("sheet --listing 99999 --out " + shellQuote(dir + "/f.pdf") + store);
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.err.find("no listing 99999"), std::string::npos) << none.err;
    auto commune = santemap("sheet --commune 99999 --out " + shellQuote(dir + "/f.pdf") + store);
    EXPECT_EQ(commune.exitCode, 1);
    EXPECT_NE(commune.err.find("99999"), std::string::npos) << commune.err;
    auto both = santemap("sheet --commune 45234 --listing 1 --out " + shellQuote(dir + "/f.pdf") + store);
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(dir + "/f.pdf")) << "nothing written for a refused request";
}

TEST(TakeAway, AnAgencyContactWithoutItsSourceIsRefused) {
    const auto bad = app::agenciesFromJson(
        nlohmann::json::parse(R"([{"departement": "41", "name": "X", "web": "https://x.example"}])"), "catalogue.json");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("source"), std::string::npos) << bad.error().message;
    const auto named =
        app::agenciesFromJson(nlohmann::json::parse(R"([{"departement": "41", "name": "Be LC"}])"), "catalogue.json");
    ASSERT_TRUE(named);
    EXPECT_EQ(app::qrPayload(nullptr, app::agencyFor(named.value(), "41")), std::nullopt);
}
