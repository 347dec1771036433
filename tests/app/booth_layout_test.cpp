// The booth's defects that a layout shows (issue 11): every control on screen at every interface
// size at 1280×720 and 1920×1080, the left column following the size both ways, panels opaque,
// the legend folding rather than hiding the map and moving left of an open sheet, the help page.
// Oracles: the windows' rectangles as ImGui laid them out, the display size, DejaVu's own metrics.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "map/finder_layers.hpp"
#include "map/map_furniture.hpp"
#include "map/styling.hpp"
#include "map/take_away_page.hpp"
#include "territory_fixture.hpp"
#include "ui/ui_style.hpp"
#include "ui/widgets.hpp"

namespace {

using testing_support::TerritoryUi;

ImRect rectOf(const char* name) {
    ImGuiWindow* w = ImGui::FindWindowByName(name);
    EXPECT_NE(w, nullptr) << name;
    return w ? w->Rect() : ImRect();
}

// DejaVu as ImGui loaded it, at any pixel size: the map's legend uses the same font file.
float measure(const std::string& text, float px) {
    return ImGui::GetIO().Fonts->Fonts[0]->CalcTextSizeA(px, FLT_MAX, 0, text.c_str()).x;
}

}  // namespace

class BoothLayout : public TerritoryUi {
protected:
    // Frames at this display size and interface size, enough for auto-resizing windows to settle.
    void settleAt(float width, float height, float scale) {
        ImGui::GetIO().DisplaySize = ImVec2(width, height);
        app::applyUiStyle(scale, false);
        ui.uiScale = scale;
        for (int i = 0; i < 3; ++i) frame();
    }
};

TEST_F(BoothLayout, EveryControlIsOnScreenAtEverySizeAndTheLeftColumnFollowsIt) {
    for (const ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080)}) {
        std::vector<float> widths;  // of the finder, at each size in turn
        for (float scale : {1.0f, 1.25f, 1.5f, 2.0f, 1.0f}) {
            SCOPED_TRACE(testing::Message() << display.x << "x" << display.y << " at " << scale * 100 << " %");
            settleAt(display.x, display.y, scale);
            // The menu bar: every entry either in the bar, inside the screen, or under "Plus…";
            // Réglages (the way back to a smaller size) and Aide always in the bar.
            std::set<std::string> seen;
            for (const auto& item : ui.menuBar.bar) {
                EXPECT_LE(item.right, display.x) << item.label;
                EXPECT_GE(item.left, 0) << item.label;
                seen.insert(item.label);
            }
            for (const auto& label : ui.menuBar.overflow) seen.insert(label);
            for (const char* label : {"SantéMap",
                                      "Trouver",
                                      "Couches",
                                      "Ajouter une couche…",
                                      "Sources",
                                      "Édition",
                                      "Exporter la vue",
                                      "Tout le territoire (Origine)",
                                      "Réglages",
                                      "Aide"})
                EXPECT_TRUE(seen.count(label)) << label << " cannot be reached";
            const auto inBar = [&](const char* label) {
                return std::any_of(
                    ui.menuBar.bar.begin(), ui.menuBar.bar.end(), [&](const auto& i) { return i.label == label; });
            };
            EXPECT_TRUE(inBar("Réglages"));
            EXPECT_TRUE(inBar("Aide"));
            EXPECT_EQ(inBar("Plus…"), !ui.menuBar.overflow.empty());
            // The search box and the finder: inside the screen, one under the other, in a column
            // that leaves most of the map free; the finder scrolls rather than running off screen.
            const ImRect search = rectOf("##search"), finder = rectOf("###finder");
            for (const ImRect& r : {search, finder}) {
                EXPECT_GE(r.Min.x, 0);
                EXPECT_LE(r.Max.x, display.x * 0.45f);
                EXPECT_LE(r.Max.y, display.y);
            }
            EXPECT_GE(finder.Min.y, search.Max.y) << "the finder covers the search box";
            widths.push_back(finder.GetWidth());
        }
        // The column grows with the size and, back at 100 %, is what it was at 100 %.
        EXPECT_GT(widths[3], widths[0] * 1.4f);
        EXPECT_FLOAT_EQ(widths.back(), widths.front());
    }
}

TEST_F(BoothLayout, PanelsAreOpaque) {
    app::applyUiStyle(2.0f, false);
    const ImGuiStyle& style = ImGui::GetStyle();
    for (ImGuiCol c : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_MenuBarBg, ImGuiCol_TitleBgActive})
        EXPECT_EQ(style.Colors[c].w, 1.0f) << ImGui::GetStyleColorName(c);
}

TEST_F(BoothLayout, TheLegendFoldsRatherThanHideTheMapAndStaysLeftOfAnOpenSheet) {
    const auto rows = app::legendRows(model->scene, model->layers);
    ASSERT_GT(rows.size(), 5u);
    auto layout = [&](int w, int h, float scale, app::ScreenPanels panels) {
        render::View view;
        view.width = w;
        view.height = h;
        return app::layoutLegend(rows, "Légende +", measure, view, scale, panels);
    };
    // A wide screen with nothing over the map: the whole legend.
    const app::LegendLayout open = layout(1920, 1080, 1, {30, 40, 0, 0, app::LegendMode::Auto});
    EXPECT_FALSE(open.collapsed);
    EXPECT_GT(open.y1 - open.y0, rows.size() * open.rowH);
    // 200 % on 1280×720 with the finder open: whole, it would cover more than a fifth of the map
    // left free, so it folds to one line.
    const app::ScreenPanels crowded{56, 64, 560, 0, app::LegendMode::Auto};
    const app::LegendLayout folded = layout(1280, 720, 2, crowded);
    EXPECT_TRUE(folded.collapsed);
    EXPECT_LT(folded.y1 - folded.y0, 3 * folded.rowH);
    // A touch opens it anyway, and folds it again.
    EXPECT_FALSE(layout(1280, 720, 2, {56, 64, 560, 0, app::LegendMode::Open}).collapsed);
    EXPECT_TRUE(layout(1920, 1080, 1, {30, 40, 0, 0, app::LegendMode::Collapsed}).collapsed);

    // An open sheet: the sheet's window as the panels drew it, and the legend left of it.
    settleAt(1600, 1000, 1);
    ui.selected = app::FeatureRef{*model->layerOf("communes"), 0};
    frame();
    frame();
    const ImRect sheet = rectOf("###details");
    ASSERT_GT(ui.covered.right, 0);
    EXPECT_FLOAT_EQ(ui.covered.right, sheet.Min.x);
    const app::LegendLayout beside = layout(1600, 1000, 1, {30, 40, ui.covered.left, 1600 - ui.covered.right});
    EXPECT_LE(beside.x1, sheet.Min.x) << "the legend under the sheet";
    EXPECT_GE(beside.x0, ui.covered.left) << "the legend under the finder";
}

TEST_F(BoothLayout, TheHelpPageOpensOnTheTopicAskedAndFitsTheScreen) {
    settleAt(1280, 720, 2);
    for (const auto& [topic, tab] : {std::pair{app::HelpTopic::Colours, "Couleurs"},
                                     std::pair{app::HelpTopic::About, "À propos"},
                                     std::pair{app::HelpTopic::Gestures, "Gestes"}}) {
        ui.openHelp(topic);
        frame();
        frame();
        const ImGuiWindow* help = ImGui::FindWindowByName("###help");
        ASSERT_NE(help, nullptr);
        EXPECT_TRUE(help->Active);
        // The tab shown is the one asked for (ImGui's tab ids: the label hashed under the bar's).
        const ImGuiID bar = ImHashStr("topics", 0, help->ID);
        const ImGuiTabBar* tabs = GImGui->TabBars.GetByKey(bar);
        ASSERT_NE(tabs, nullptr);
        EXPECT_EQ(tabs->SelectedTabId, ImHashStr(tab, 0, bar)) << tab;
        EXPECT_GE(help->Pos.x, 0);
        EXPECT_GE(help->Pos.y, 0);
        EXPECT_LE(help->Pos.x + help->Size.x, 1280);
        EXPECT_LE(help->Pos.y + help->Size.y, 720);
    }
    ui.showHelp = false;
    frame();
    EXPECT_FALSE(ImGui::FindWindowByName("###help")->Active);
}

TEST_F(BoothLayout, SheetLinesStayInsideTheSheet) {
    // Every listing sheet, commune sheets, maisons de santé and hospitals, at 200 % on 1280×720 and
    // at 100 % on 1600×1000: what a sheet holds is never wider than the sheet (a line past its
    // edge is cut off), and the sheet is inside the screen.
    const std::size_t communes = *model->layerOf("communes"), listings = *model->layerOf("annonces");
    ui.finder.professions = {"medecin-generaliste"};
    for (const auto& [w, h, scale] : {std::tuple{1280.f, 720.f, 2.f}, std::tuple{1600.f, 1000.f, 1.f}}) {
        settleAt(w, h, scale);
        const std::size_t nListings = model->layers[listings].data.layer.table.rowCount();
        std::vector<app::FeatureRef> sheets;
        for (std::size_t f = 0; f < nListings; ++f) sheets.push_back({listings, f});
        for (std::size_t f = 0; f < 40; ++f) sheets.push_back({communes, f * 13});
        // Features with the plain attribute sheet: maisons de santé, hospitals.
        for (const char* id : {"msp", "hopitaux"})
            for (std::size_t f = 0; f < 10; ++f) sheets.push_back({*model->layerOf(id), f});
        for (const auto& ref : sheets) {
            ui.selected = ref;
            frame();
            frame();
            const ImGuiWindow* sheet = ImGui::FindWindowByName("###details");
            ASSERT_NE(sheet, nullptr);
            const float inner = sheet->Size.x - 2 * ImGui::GetStyle().WindowPadding.x;
            EXPECT_LE(sheet->ContentSize.x, inner + 1)
                << model->nameOf(ref, app::Language::French) << " at " << scale * 100 << " %";
            EXPECT_LE(sheet->Pos.x + sheet->Size.x, w);
            EXPECT_GE(sheet->Pos.x, 0);
            EXPECT_LE(sheet->Pos.y + sheet->Size.y, h);
        }
    }
}

TEST_F(BoothLayout, MonStageFitsItsColumnAtEverySize) {
    // The journey's tab (site, level, length, faculty, filters, housing, allowances, places) is
    // never wider than the left column, at 100 % and 200 % on 1280×720.
    const app::TerritoryData& t = *model->scene.territory;
    geo::Diagnostics diag;
    auto places = app::loadInternshipPlaces(t.catalogue, "", diag);
    ASSERT_TRUE(places) << geo::describe(places.error());
    ui.stage.places = std::make_shared<const app::InternshipPlaces>(std::move(places.value()));
    auto site = app::siteOfCommune(t, "41194");
    ASSERT_TRUE(site);
    for (float scale : {1.0f, 2.0f}) {
        app::setStageSite(ui, site.value());
        ui.stage.query = "hopital";  // a list of hospitals with long names too
        settleAt(1280, 720, scale);
        ASSERT_TRUE(ui.stage.journey);
        ImGui::FindWindowByName("###finder")->ScrollTarget.y = 1e6f;  // down to the housing
        frame();
        const ImGuiWindow* finder = ImGui::FindWindowByName("###finder");
        ASSERT_NE(finder, nullptr);
        const float inner = finder->Size.x - 2 * ImGui::GetStyle().WindowPadding.x;
        EXPECT_LE(finder->ContentSize.x, inner + 1) << scale * 100 << " %";
        EXPECT_LE(finder->Pos.y + finder->Size.y, 720);
    }
    ui.stage = {};
}

namespace {

// CIE 1976 colour difference, sRGB (D65) to L*a*b*: the usual measure of "looks different".
double deltaE(render::Rgba a, render::Rgba b) {
    auto lab = [](render::Rgba c) {
        auto lin = [](double v) {
            v /= 255;
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        const double r = lin(c.r), g = lin(c.g), bl = lin(c.b);
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a), q = lab(b);
    return std::sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
}

}  // namespace

TEST_F(BoothLayout, MarkersNeverTakeAZoningColour) {
    // ZIP's orange was the internship sites' orange: every marker colour of the catalogue now
    // differs from every zone's by a ΔE of at least 20 (2.3 is "just noticeable").
    const auto& zoning = model->layers[*model->layerOf("zonage-medecins")].spec;
    ASSERT_TRUE(zoning.categories);
    std::size_t markers = 0;
    for (const auto& l : model->layers) {
        if (!l.isPoints) continue;
        std::vector<render::Rgba> colours;
        if (l.spec.fill) colours.push_back(*l.spec.fill);
        if (l.spec.categories)
            for (const auto& [value, c] : l.spec.categories->values) colours.push_back(c);
        for (const render::Rgba c : colours) {
            ++markers;
            for (const auto& [zone, z] : zoning.categories->values)
                EXPECT_GE(deltaE(c, z), 20) << l.name() << " and zone " << zone;
        }
    }
    EXPECT_GE(markers, 6u);  // maisons de santé, hospitals, the four listing categories
}

TEST_F(BoothLayout, AZoningOverAnIndicatorIsHatchedAndBothLegendsStay) {
    const std::size_t z = *model->layerOf("zonage-medecins");
    app::MapLayer& zoning = model->layers[z];
    zoning.view.shown = true;
    auto zipColour = [&] {
        const auto& table = zoning.data.layer.table;
        const auto col = table.fieldIndex("zonage_mg");
        const auto colours = app::featureColors(table, zoning.spec, table.rowCount());
        for (std::size_t r = 0; r < table.rowCount(); ++r)
            if (geo::toText(table.at(r, *col)) == "ZIP") return colours.fill[r];
        ADD_FAILURE() << "no ZIP commune";
        return render::Rgba{};
    };
    auto valueOf = [](const std::vector<std::pair<std::string, render::Rgba>>& values, const std::string& key) {
        for (const auto& [k, c] : values)
            if (k == key) return c;
        ADD_FAILURE() << "no colour for " << key;
        return render::Rgba{};
    };
    auto headings = [&] {
        std::vector<std::string> out;
        for (const auto& row : app::legendRows(model->scene, model->layers))
            if (row.heading) out.push_back(row.text);
        return out;
    };
    // Communes coloured by département: the zoning keeps its solid colours.
    app::applyFinder(ui.finder, *model, *base);
    EXPECT_FALSE(zoning.spec.hatched);
    EXPECT_EQ(zipColour(), valueOf(zoning.spec.categories->values, "ZIP"));
    // An indicator on the communes: the zoning becomes lines, and the legend has both.
    ui.finder.professions = {"medecin-generaliste"};
    ui.finder.indicator = "apl";
    const auto changed = app::applyFinder(ui.finder, *model, *base);
    EXPECT_TRUE(zoning.spec.hatched);
    EXPECT_NE(std::find(changed.begin(), changed.end(), z), changed.end()) << "the zoning is not restyled";
    ASSERT_TRUE(zoning.spec.hatching);
    const render::Rgba zip = zipColour();
    EXPECT_EQ(zip, valueOf(zoning.spec.hatching->values, "ZIP"));
    const auto titles = headings();
    EXPECT_NE(std::find(titles.begin(), titles.end(), "APL médecins généralistes 2023"), titles.end());
    EXPECT_NE(std::find_if(titles.begin(),
                           titles.end(),
                           [](const std::string& t) { return t.find("(hachures)") != std::string::npos; }),
              titles.end());
    ui.finder = {};
    app::applyFinder(ui.finder, *model, *base);
    EXPECT_FALSE(zoning.spec.hatched);
    zoning.view.shown = false;
}

TEST_F(BoothLayout, ATapOnListingsAtOnePlaceOffersTheListAndElsewhereZooms) {
    // Oracle: the listings' own positions, grouped exactly (several demo listings sit at their
    // commune's centre).
    const std::size_t k = *model->layerOf("annonces");
    const app::MapLayer& listings = model->layers[k];
    std::map<std::pair<double, double>, std::set<std::size_t>> byPlace;
    for (std::size_t i = 0; i < listings.styled.points.size(); ++i)
        byPlace[{listings.styled.points[i].x, listings.styled.points[i].y}].insert(listings.styled.pointFeature[i]);
    const auto shared = std::find_if(byPlace.begin(), byPlace.end(), [](const auto& p) { return p.second.size() > 1; });
    ASSERT_NE(shared, byPlace.end()) << "no two listings at one place in the demo set";
    const geo::Vec2 place{shared->first.first, shared->first.second};
    auto features = [&](const app::TapTarget& t) {
        std::set<std::size_t> out;
        for (const auto& m : t.members) {
            EXPECT_EQ(m.layer, k);
            out.insert(m.feature);
        }
        return out;
    };
    // Close in (5 m a pixel): exactly the listings at that place, offered as a list.
    const app::TapTarget close = model->tapAt(place, 5, 1);
    EXPECT_EQ(features(close), shared->second);
    EXPECT_TRUE(close.together);
    // Zoomed out until the nearest other listing joins the cluster: it holds listings of another
    // place too, and a tap zooms on them instead.
    double nearest = 1e12;
    for (const auto& [at, members] : byPlace)
        if (at != shared->first) nearest = std::min(nearest, std::hypot(at.first - place.x, at.second - place.y));
    const double clusterRadiusPx = 1.2 * listings.spec.marker.size;  // clusterMarkers' radius at scale 1
    const app::TapTarget far = model->tapAt(place, 1.5 * nearest / clusterRadiusPx, 1);
    const auto farFeatures = features(far);
    EXPECT_GT(farFeatures.size(), shared->second.size());
    EXPECT_TRUE(std::includes(farFeatures.begin(), farFeatures.end(), shared->second.begin(), shared->second.end()));
    EXPECT_FALSE(far.together);
    for (const auto& m : far.members) {
        const geo::Box b = model->extentOf(m);
        EXPECT_TRUE(far.extent.minX <= b.minX && b.maxX <= far.extent.maxX);
    }
    // The list: one row per listing; the window opens where the tap was.
    ui.choices = close.members;
    ui.choicesAt = {600, 400};
    frame();
    frame();  // an auto-sized window takes its size on its second frame
    const ImGuiWindow* list = ImGui::FindWindowByName("###choices");
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->Active);
    EXPECT_FLOAT_EQ(list->Pos.x, 600);
    EXPECT_GT(list->Size.y, shared->second.size() * 30.0f);
}

TEST_F(BoothLayout, KioskIdleCountdownTourTouchAndResetOnAFakeClock) {
    auto tour = app::readTour("data/tours/default.json");
    ASSERT_TRUE(tour) << geo::describe(tour.error());
    std::vector<bool> shownBefore;
    for (const auto& l : model->layers) shownBefore.push_back(l.view.shown);
    // Readable from 1.5 m and touchable: body text 20 px, targets 48 px at the kiosk's size.
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    app::applyUiStyle(1.25f, false, true);
    ImGui::NewFrame();
    EXPECT_GE(ImGui::GetFontSize(), 20);
    EXPECT_GE(ImGui::GetFrameHeight(), 48);
    // Titles 28 px: a sheet's title bar in the title font, its text in the body's.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    bool open = true;
    app::beginTitledWindow("Blois###kiosk-title-test", &open, 0);
    EXPECT_GE(ImGui::GetCurrentWindow()->TitleBarHeight(), 28);
    EXPECT_NEAR(ImGui::GetFontSize(), 20, 0.01);
    ImGui::TextUnformatted("Loir-et-Cher");  // drawn with the atlas's texture (ImGui asserts it)
    ImGui::End();
    ImGui::EndFrame();
    ASSERT_EQ(ImGui::GetIO().Fonts->Fonts.Size, 2);
    EXPECT_NEAR(ImGui::GetIO().Fonts->Fonts[1]->FontSize, 28, 0.01);

    app::startKiosk(ui, tour.value(), {90, 15}, 0);
    // A visitor: a nurse, a commune's sheet, a search.
    ui.finder.professions = {"infirmier"};
    ui.selected = app::FeatureRef{*model->layerOf("communes"), 3};
    ui.query = "blois";
    auto at = [&](double now, bool touched = false, bool corner = false) {
        app::kioskFrame(ui, *model, now, touched, corner);
        ImGui::NewFrame();
        app::drawKioskOverlays(ui);
        ImGui::Render();
    };
    auto shown = [](const char* name) {
        const ImGuiWindow* w = ImGui::FindWindowByName(name);
        return w && w->Active;
    };
    at(10, true);
    at(99.9);
    EXPECT_FALSE(shown("###kiosk-countdown"));
    at(100);
    EXPECT_TRUE(shown("###kiosk-countdown")) << "90 s after the last touch";
    EXPECT_EQ(ui.kiosk.secondsLeft, 15);
    at(114.2);
    EXPECT_EQ(ui.kiosk.secondsLeft, 1);
    EXPECT_EQ(ui.finder.professions, std::vector<std::string>{"infirmier"}) << "nothing reset before the tour";
    // Nobody came: the tour, and everything the visitor chose is gone.
    at(115);
    EXPECT_FALSE(shown("###kiosk-countdown"));
    EXPECT_TRUE(shown("###kiosk-caption"));
    ASSERT_TRUE(ui.kiosk.step);
    EXPECT_EQ(*ui.kiosk.step, 0u);
    EXPECT_FALSE(ui.selected);
    EXPECT_TRUE(ui.query.empty());
    EXPECT_TRUE(ui.finder.professions.empty());
    ASSERT_TRUE(ui.flyToLonLat);
    EXPECT_DOUBLE_EQ(ui.flyToLonLat->minX, tour->steps[0].extentLonLat.minX);
    // The second step after the first's seconds: its layers, and its caption on screen.
    at(115 + tour->steps[0].seconds);
    ASSERT_TRUE(ui.kiosk.step);
    EXPECT_EQ(*ui.kiosk.step, 1u);
    for (const auto& l : model->layers) {
        ASSERT_FALSE(l.spec.catalogueId.empty());  // the territory's layers are the catalogue's
        const auto& wanted = tour->steps[1].layers;
        EXPECT_EQ(l.view.shown, std::count(wanted.begin(), wanted.end(), l.spec.catalogueId) > 0) << l.spec.catalogueId;
    }
    // The third step chooses a GP and the aids.
    at(115 + tour->steps[0].seconds + tour->steps[1].seconds);
    EXPECT_EQ(ui.finder.professions, std::vector<std::string>{"medecin-generaliste"});
    EXPECT_EQ(ui.finder.indicator, "aides");
    // A touch: the tour ends, the next visitor starts from nothing.
    at(200, true);
    EXPECT_FALSE(ui.kiosk.step);
    EXPECT_FALSE(shown("###kiosk-caption"));
    EXPECT_TRUE(ui.finder.professions.empty());
    EXPECT_EQ(ui.kiosk.session->phase(), app::KioskPhase::Visitor);
    // Leaving needs staff: a press held 3 s in the corner opens the way out, not a shorter one.
    at(300, false, true);
    at(302.9, false, true);
    EXPECT_FALSE(ui.kiosk.askLeave);
    at(303, false, true);
    EXPECT_TRUE(ui.kiosk.askLeave);
    at(303.1);
    EXPECT_TRUE(shown("###kiosk-leave"));
    // "Emporter" at the booth: the sheet's QR code full size, each dark module a square of the
    // draw list, as large as 60 % of the screen's height; the next visitor does not see it.
    ui.kiosk.askLeave = false;
    ui.kiosk.showQr = true;
    ui.kiosk.qrPayload = "https://www.caploiretsante.fr";
    ui.kiosk.qrTitle = "Orléans";
    at(310, true);  // the visitor's touch on "Emporter"
    at(310.1);
    const ImGuiWindow* qr = ImGui::FindWindowByName("###kiosk-qr");
    ASSERT_NE(qr, nullptr);
    EXPECT_TRUE(qr->Active);
    const auto modules = app::qrModules(*ui.kiosk.qrPayload);
    std::size_t dark = 0;
    for (const auto& row : modules) dark += std::count(row.begin(), row.end(), true);
    ASSERT_GT(dark, 100u);
    EXPECT_GE(static_cast<std::size_t>(qr->DrawList->VtxBuffer.Size), 4 * dark);
    EXPECT_GE(qr->Size.y, 1080 * 0.6f);
    EXPECT_LE(qr->Pos.y + qr->Size.y, 1080);
    // The PDF and PNG written for this visitor are gone after the reset.
    const auto folder = std::filesystem::path(testing::TempDir()) / "kiosk-sheets";
    std::filesystem::create_directories(folder);
    for (const char* name : {"fiche.pdf", "fiche.png"}) {
        std::ofstream(folder / name) << "sheet";
        ui.kiosk.visitorFiles.push_back((folder / name).string());
    }
    std::ofstream(folder / "staff.txt") << "not the visitor's";
    app::resetVisitor(ui);
    EXPECT_FALSE(ui.kiosk.showQr);
    EXPECT_FALSE(ui.kiosk.qrPayload);
    EXPECT_FALSE(std::filesystem::exists(folder / "fiche.pdf"));
    EXPECT_FALSE(std::filesystem::exists(folder / "fiche.png"));
    EXPECT_TRUE(std::filesystem::exists(folder / "staff.txt"));
    EXPECT_TRUE(ui.kiosk.visitorFiles.empty());
    for (std::size_t k = 0; k < model->layers.size(); ++k) model->layers[k].view.shown = shownBefore[k];
    ui.kiosk = {};
}
