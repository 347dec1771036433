// The accessibility model (issue 13) against its definition: a grid of four communes worked out
// by hand, Spearman's ρ on hand-ranked pairs, the weight bands, and the invariant
// Σ_i P_i·A_i = Σ_j S_j. The real data is access_lab_test.cpp's.
#include <gtest/gtest.h>

#include <cmath>

#include "domain/access_model.hpp"

namespace {

// A point on the equator `km` east of 0°: distances between such points are R·Δλ exactly.
geo::Vec2 eastOnEquator(double km) { return {km / (app::kEarthRadiusKm * M_PI / 180), 0}; }

}  // namespace

TEST(AccessModel, WeightBandsAreHalfOpenAndParsedStrictly) {
    const auto bands = app::defaultWeightBands();
    EXPECT_EQ(app::bandWeight(bands, 0), 1);
    EXPECT_EQ(app::bandWeight(bands, 9.999), 1);
    EXPECT_EQ(app::bandWeight(bands, 10), 0.66) << "10 ≤ t < 15";
    EXPECT_EQ(app::bandWeight(bands, 15), 0.33);
    EXPECT_EQ(app::bandWeight(bands, 19.999), 0.33);
    EXPECT_EQ(app::bandWeight(bands, 20), 0) << "0 from 20 minutes";
    auto parsed = app::parseWeightBands("10:1,15:0.66,20:0.33");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed.value(), bands);
    EXPECT_EQ(app::weightBandsText(bands), "10:1,15:0.66,20:0.33");
    for (const char* wrong : {"", "10", "10:1,5:0.5", "10:2", "0:1", "10:1,10:0.5", "abc:1", "10:-0.1", "200:1"}) {
        auto r = app::parseWeightBands(wrong);
        ASSERT_FALSE(r) << "'" << wrong << "' accepted";
        EXPECT_NE(r.error().message.find("bands"), std::string::npos) << r.error().message;
    }
}

TEST(AccessModel, AHandWorkedGridOfFourCommunes) {
    // A, B, C, D on the equator at 0, 5, 8 and 20 km; times = km × 1.3 / 50 × 60 = 1.56 min/km:
    //   A–B 5 km  7.80 min  w 1       B–C 3 km  4.68 min  w 1       C–D 12 km 18.72 min  w 0.33
    //   A–C 8 km 12.48 min  w 0.66    B–D 15 km 23.40 min  w 0      A–D 20 km 31.20 min  w 0
    // Populations 1000, 500, 2000, 1000; GPs 2, 0, 1, 1.
    //   D_A = 1000 + 500 + 0.66·2000        = 2820     R_A = 2/2820
    //   D_B = 1000 + 500 + 2000             = 3500     R_B = 0
    //   D_C = 0.66·1000 + 500 + 2000 + 0.33·1000 = 3490  R_C = 1/3490
    //   D_D = 0.33·2000 + 1000              = 1660     R_D = 1/1660
    //   A_A = R_A + R_B + 0.66·R_C          = 8.98332e-4
    //   A_B = R_A + R_B + R_C               = 9.95753e-4
    //   A_C = 0.66·R_A + R_B + R_C + 0.33·R_D = 9.53413e-4
    //   A_D = 0.33·R_C + R_D                = 6.96966e-4
    const std::vector<geo::Vec2> at = {eastOnEquator(0), eastOnEquator(5), eastOnEquator(8), eastOnEquator(20)};
    const std::vector<double> pop = {1000, 500, 2000, 1000};
    const app::Catchments c = app::buildCatchments(at, {});
    EXPECT_EQ(c.pairCount(), 4u + 2 * 4u) << "4 self pairs and A–B, A–C, B–C, C–D both ways";
    const app::AccessState s = app::computeAccess(c, pop, {2, 0, 1, 1});
    const double RA = 2.0 / 2820, RC = 1.0 / 3490, RD = 1.0 / 1660;
    const double expected[] = {RA + 0.66 * RC, RA + RC, 0.66 * RA + RC + 0.33 * RD, 0.33 * RC + RD};
    const double demand[] = {2820, 3500, 3490, 1660};
    for (int i = 0; i < 4; ++i) {
        EXPECT_NEAR(s.demand[i], demand[i], 1e-9) << i;
        EXPECT_NEAR(s.access[i], expected[i], 1e-15) << i;
    }
    EXPECT_NEAR(s.access[0], 8.98332e-4, 1e-9);
    EXPECT_NEAR(s.access[3], 6.96966e-4, 1e-9);
    // Σ P_i·A_i = Σ S_j: every GP is shared out among the inhabitants who reach it.
    double served = 0;
    for (int i = 0; i < 4; ++i) served += pop[i] * s.access[i];
    EXPECT_NEAR(served, 4.0, 1e-12);
    // Calibrated on A and C only: C·(1000·A_A + 2000·A_C) = 1000·3.1 + 2000·2.2.
    const double C = app::calibrationConstant(s.access, pop, {3.1, std::nullopt, 2.2, std::nullopt});
    EXPECT_NEAR(C, (1000 * 3.1 + 2000 * 2.2) / (1000 * expected[0] + 2000 * expected[2]), 1e-9);
}

TEST(AccessModel, AChangeMovesOnlyTheCatchmentOfItsCommune) {
    const std::vector<geo::Vec2> at = {eastOnEquator(0), eastOnEquator(5), eastOnEquator(8), eastOnEquator(20)};
    const std::vector<double> pop = {1000, 500, 2000, 1000};
    const app::Catchments c = app::buildCatchments(at, {});
    app::AccessState s = app::computeAccess(c, pop, {2, 0, 1, 1});
    // Two GPs more in D: R_D = 3/1660; C and D reach D, A and B do not.
    std::vector<std::uint32_t> touched;
    app::changeSupply(c, s, 3, 2, &touched);
    std::sort(touched.begin(), touched.end());
    EXPECT_EQ(touched, (std::vector<std::uint32_t>{2, 3}));
    const app::AccessState fresh = app::computeAccess(c, pop, {2, 0, 1, 3});
    for (int i = 0; i < 4; ++i) EXPECT_NEAR(s.access[i], fresh.access[i], 1e-15) << i;
    EXPECT_NEAR(s.access[3], 0.33 / 3490 + 3.0 / 1660, 1e-15);
}

TEST(AccessModel, SpearmanOnHandRankedPairs) {
    // No ties: d = 1, −1, 1, −1, 0, so ρ = 1 − 6·4 / (5·24) = 0.8.
    EXPECT_NEAR(*app::spearmanRho({1, 2, 3, 4, 5}, {2, 1, 4, 3, 5}), 0.8, 1e-12);
    // Ties take their mean rank: y ranks 1.5, 1.5, 3, 4 against 1, 2, 3, 4: ρ = 4.5 / √(5 × 4.5).
    EXPECT_NEAR(*app::spearmanRho({1, 2, 3, 4}, {1, 1, 2, 3}), 4.5 / std::sqrt(22.5), 1e-12);
    EXPECT_NEAR(*app::spearmanRho({10, 20, 30}, {3, 2, 1}), -1, 1e-12);
    EXPECT_FALSE(app::spearmanRho({1, 2}, {1, 2})) << "too few pairs";
    EXPECT_FALSE(app::spearmanRho({1, 1, 1}, {1, 2, 3})) << "a constant side";
}
