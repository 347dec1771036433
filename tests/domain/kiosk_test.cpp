// The kiosk mode's logic (issue 11): idle → countdown → tour → touch, driven by a fake clock; the
// staff PIN's salted SHA-256 against sha256sum; the default tour read and every number of its
// captions held to its source (GDAL's SQL on the data pack, or the seed document's own words).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "domain/kiosk.hpp"
#include "domain/tour.hpp"
#include "support/test_support.hpp"

using testing_support::run;
using testing_support::shellQuote;

TEST(Kiosk, IdleThenCountdownThenTourUntilATouch) {
    app::KioskSession k({90, 15}, 0);
    k.setTour({8, 9, 10});
    EXPECT_EQ(k.update(89.9), app::KioskAction::None);
    EXPECT_EQ(k.update(90), app::KioskAction::ShowCountdown);
    EXPECT_EQ(k.phase(), app::KioskPhase::Countdown);
    EXPECT_EQ(k.secondsLeft(90), 15);
    EXPECT_EQ(k.secondsLeft(95.5), 10);  // rounded up: "10" until a full second has gone
    // "Vous êtes toujours là ?" — yes: the countdown stops, the idle time starts again.
    EXPECT_EQ(k.touched(96), app::KioskAction::None);
    EXPECT_EQ(k.phase(), app::KioskPhase::Visitor);
    EXPECT_EQ(k.secondsLeft(97), 0);
    EXPECT_EQ(k.update(185.9), app::KioskAction::None);
    EXPECT_EQ(k.update(186), app::KioskAction::ShowCountdown);
    EXPECT_EQ(k.update(200.9), app::KioskAction::ShowCountdown);
    // Nobody: the tour starts (the window resets the visitor's choices) at its first step.
    EXPECT_EQ(k.update(201), app::KioskAction::StartTour);
    EXPECT_EQ(k.phase(), app::KioskPhase::Tour);
    EXPECT_EQ(k.step(), 0u);
    EXPECT_EQ(k.update(208.9), app::KioskAction::None);
    EXPECT_EQ(k.update(209), app::KioskAction::NextStep);
    EXPECT_EQ(k.step(), 1u);
    EXPECT_EQ(k.update(218), app::KioskAction::NextStep);
    EXPECT_EQ(k.step(), 2u);
    EXPECT_EQ(k.update(228), app::KioskAction::NextStep);
    EXPECT_EQ(k.step(), 0u) << "the loop plays again until someone comes";
    // Someone touches the screen: the tour ends, a visitor again, idle counted from the touch.
    EXPECT_EQ(k.touched(230), app::KioskAction::EndTour);
    EXPECT_EQ(k.phase(), app::KioskPhase::Visitor);
    EXPECT_EQ(k.update(319.9), app::KioskAction::None);
    EXPECT_EQ(k.update(320), app::KioskAction::ShowCountdown);
}

TEST(Kiosk, ThePinIsASaltedSha256) {
    const auto salt = app::newPinSalt();
    ASSERT_TRUE(salt);
    EXPECT_EQ(salt->size(), 32u);
    EXPECT_TRUE(
        std::all_of(salt->begin(), salt->end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }));
    EXPECT_NE(*salt, *app::newPinSalt());
    const std::string stored = app::hashPin("2468", *salt);
    // Oracle: coreutils' sha256sum of the salt followed by the PIN.
    auto sum = run("printf '%s' " + shellQuote(*salt + "2468") + " | sha256sum");
    ASSERT_EQ(sum.exitCode, 0);
    EXPECT_EQ(stored, "sha256:" + *salt + ":" + sum.out.substr(0, 64));
    EXPECT_TRUE(app::pinMatches(stored, "2468"));
    EXPECT_FALSE(app::pinMatches(stored, "2469"));
    EXPECT_FALSE(app::pinMatches(stored, ""));
    // The same PIN on another kiosk (another salt) is another hash.
    EXPECT_NE(app::hashPin("2468", *app::newPinSalt()), stored);
    for (const char* malformed : {"", "2468", "sha256:", "sha256::", "md5:aa:bb", "sha256:aa"})
        EXPECT_FALSE(app::pinMatches(malformed, "2468")) << malformed;
}

// Printing at the booth: a fake lp on PATH records its arguments, one by one. A file name with a
// shell's characters stays one argument; an lp that refuses the job, or no lp, is a failure.
TEST(Kiosk, PrintingRunsLpWithThePrinterAndTheFileAndNoShell) {
    const std::string dir = testing_support::scratchDir("kiosk_lp");
    const std::string args = dir + "/args.txt", bin = dir + "/bin";
    std::filesystem::create_directories(bin);
    testing_support::writeFile(bin + "/lp",
                               "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > " + args + "\nexit ${LP_EXIT:-0}\n");
    std::filesystem::permissions(bin + "/lp", std::filesystem::perms::owner_all);
    const std::string oldPath = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", (bin + ":" + oldPath).c_str(), 1);
    const std::string file = dir + "/fiche $(touch pwned); x.pdf";
    EXPECT_TRUE(app::printWithLp("accueil-salon", file));
    EXPECT_EQ(testing_support::readFile(args), "-d\naccueil-salon\n" + file + "\n");
    EXPECT_FALSE(std::filesystem::exists("pwned"));
    setenv("LP_EXIT", "1", 1);
    EXPECT_FALSE(app::printWithLp("accueil-salon", file)) << "lp refused the job";
    unsetenv("LP_EXIT");
    setenv("PATH", dir.c_str(), 1);  // no lp there
    EXPECT_FALSE(app::printWithLp("accueil-salon", file));
    setenv("PATH", oldPath.c_str(), 1);
}

TEST(Kiosk, CaptionNumbersAreReadInBothLanguages) {
    EXPECT_EQ(app::captionNumbers("592 communes, 1 019 811 habitants"), (std::vector<double>{592, 1019811}));
    EXPECT_EQ(app::captionNumbers("592 communes, 1,019,811 inhabitants"), (std::vector<double>{592, 1019811}));
    EXPECT_EQ(app::captionNumbers("APL 2,5 ; 17, 22 et 5 places en 2024"), (std::vector<double>{2.5, 17, 22, 5, 2024}));
    EXPECT_EQ(app::captionNumbers("10\u202f000 € ou 10\u00a0000 €"), (std::vector<double>{10000, 10000}));
    EXPECT_TRUE(app::captionNumbers("vingt maisons").empty());
}

TEST(Kiosk, EveryNumberOfTheDefaultTourComesFromItsSource) {
    auto tour = app::readTour("data/tours/default.json");
    ASSERT_TRUE(tour) << geo::describe(tour.error());
    ASSERT_GE(tour->steps.size(), 4u);
    const std::filesystem::path seeds = "../shared/seeds";
    if (!std::filesystem::is_directory(seeds)) {
        if (testing_support::inCi()) FAIL() << "needs the seeds (../shared/seeds)";
        GTEST_SKIP() << "needs the seeds (../shared/seeds)";
    }
    for (std::size_t i = 0; i < tour->steps.size(); ++i) {
        const app::TourStep& s = tour->steps[i];
        SCOPED_TRACE("step " + std::to_string(i + 1));
        std::set<double> declared;
        // Each figure: the data pack's answer, by GDAL's SQL.
        for (const auto& f : s.figures) {
            auto r = run("ogrinfo -ro -q -sql " + shellQuote(f.sql) + " data/public-data.gpkg");
            const auto at = r.out.find(") = ");
            ASSERT_NE(at, std::string::npos) << f.sql << "\n" << r.out << r.err;
            EXPECT_DOUBLE_EQ(std::stod(r.out.substr(at + 4)), f.value) << f.sql;
            declared.insert(f.value);
        }
        // Each quote: the seed document says it, word for word.
        for (const auto& q : s.quotes) {
            std::string text;
            for (const auto& e : std::filesystem::directory_iterator(seeds))
                if (e.path().filename().string().rfind(q.seed + "_", 0) == 0)
                    text = testing_support::readFile(e.path());
            ASSERT_FALSE(text.empty()) << "no seed " << q.seed;
            EXPECT_NE(text.find(q.text), std::string::npos) << "seed " << q.seed << " does not say: " << q.text;
            declared.insert(q.values.begin(), q.values.end());
        }
        // Every number a caption says, in French and in English, is one of them.
        for (const std::string& caption : {s.caption.fr, s.caption.en})
            for (double n : app::captionNumbers(caption))
                EXPECT_TRUE(declared.count(n)) << n << " in \"" << caption << "\" has no source";
    }
}

TEST(Kiosk, ABadTourIsRefusedNamingTheStep) {
    const std::string dir = testing_support::scratchDir("kiosk_bad_tour");
    const std::string path = dir + "/tour.json";
    testing_support::writeFile(path, R"({"name": {"fr": "T", "en": "T"}, "steps": [
        {"extent_lonlat": [1, 47, 2, 48], "caption": {"fr": "a", "en": "a"}, "seconds": 5},
        {"extent_lonlat": [3, 47, 2, 48], "caption": {"fr": "b", "en": "b"}, "seconds": 5}]})");
    auto bad = app::readTour(path);
    ASSERT_FALSE(bad);
    EXPECT_NE(geo::describe(bad.error()).find("step 2"), std::string::npos) << geo::describe(bad.error());
    EXPECT_NE(geo::describe(bad.error()).find(path), std::string::npos);
    testing_support::writeFile(path, R"({"name": {"fr": "T", "en": "T"}, "steps": [
        {"extent_lonlat": [1, 47, 2, 48], "caption": {"fr": "a", "en": "a"}, "seconds": 1e308}]})");
    EXPECT_FALSE(app::readTour(path));
    testing_support::writeFile(path, R"({"name": {"fr": "T", "en": "T"}, "steps": []})");
    EXPECT_FALSE(app::readTour(path));
}
