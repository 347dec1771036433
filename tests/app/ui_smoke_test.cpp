// The panels drawn with a Dear ImGui context and no backend (like imgui's example_null), over a
// small fixture scene loaded the way the window loads its layers.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "headless_imgui.hpp"
#include "map/map_model.hpp"
#include "map/scene.hpp"
#include "ui/data_label.hpp"
#include "ui/ui_state.hpp"

namespace {

class UiSmoke : public ::testing::Test {
protected:
    void SetUp() override {
        testing_support::createHeadlessImGui(1280, 800);

        auto scene = app::readScene(std::string(SANTEMAP_SOURCE_DIR) + "/tests/app/fixture_scene.json");
        ASSERT_TRUE(scene.ok()) << geo::describe(scene.error());
        geo::Diagnostics diag;
        auto layers = app::loadLayers(scene.value(), diag);
        ASSERT_TRUE(layers.ok()) << geo::describe(layers.error());
        model.scene = scene.value();
        model.layers = std::move(layers.value());
        model.buildSearch();
        ui.load.loading = false;
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame of every panel; returns the number of vertices ImGui produced.
    int frame() {
        ImGui::NewFrame();
        app::drawMenuBar(ui);
        app::drawSearchPanel(ui, model);
        app::drawLayersPanel(ui, model);
        app::drawDetailsPanel(ui, model);
        app::drawExportPanel(ui);
        app::drawStatusBar(ui, model);
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }

    app::MapModel model;
    app::UiState ui;
};

// The window's name as ImGui shows it in its title bar: what comes before "###".
std::string shownTitle(const char* id) {
    ImGuiWindow* w = ImGui::FindWindowByName(id);
    if (!w) return "(no window " + std::string(id) + ")";
    return std::string(w->Name).substr(0, std::string(w->Name).find("###"));
}

TEST_F(UiSmoke, EveryPanelDrawsInBothLanguages) {
    ui.showExport = true;
    ui.showLayers = true;
    for (auto lang : {app::Language::French, app::Language::English}) {
        // A fresh context per language: ImGui 1.86 keeps a window's first name for its lifetime.
        ImGui::DestroyContext();
        testing_support::createHeadlessImGui(1280, 800);
        ui.language = lang;
        EXPECT_GT(frame(), 0);
        // The same windows, titled in the language chosen, from the text table.
        EXPECT_EQ(shownTitle("###layers"), app::tr(lang, app::Text::MenuLayers));
        EXPECT_EQ(shownTitle("###export"), app::tr(lang, app::Text::ExportTitle));
    }
    EXPECT_EQ(shownTitle("###layers"), "Layers");
    EXPECT_EQ(shownTitle("###export"), "Export the view as an image (PNG)");
}

TEST_F(UiSmoke, SearchFindsFixtureFeaturesAndSelectingOpensTheSheet) {
    ui.query = "archipel";
    app::runSearch(ui, model);
    ASSERT_FALSE(ui.results.empty());
    const auto& target = model.targets[ui.results[0]];
    EXPECT_EQ(target.name, "archipelago");
    ui.selected = target.ref;
    frame();
    ImGuiWindow* sheet = ImGui::FindWindowByName("###details");
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->Active);
    bool hasName = false;
    for (const auto& row : model.describe(target.ref)) hasName |= row.value == "archipelago";
    EXPECT_TRUE(hasName);
}

TEST_F(UiSmoke, PickFindsPolygonsAndRespectsHoles) {
    // The fixture's donut has a hole at lon 1.1..1.25, lat 47.1..47.25; pick in display metres.
    const auto& layer = model.layers[0];
    const geo::Box box = layer.data.display.featureBox(0);
    auto inside = model.pick({box.minX + (box.maxX - box.minX) * 0.05, box.minY + (box.maxY - box.minY) * 0.5}, 100);
    ASSERT_TRUE(inside.has_value());
    EXPECT_EQ(model.nameOf(*inside), "donut");
    // Hiding the layer hides it from the mouse too.
    model.layers[0].view.shown = false;
    EXPECT_FALSE(model.pick({box.minX + (box.maxX - box.minX) * 0.05, box.minY + (box.maxY - box.minY) * 0.5}, 100));
}

}  // namespace

// Data in ImGui labels: the whole text shows (ImGui's own FindRenderedTextEnd is the oracle) and
// the ID is the caller's, whatever the text holds.
TEST(DataLabel, TitlesWithHashesShowWholeAndKeepTheCallersId) {
    for (const std::string title : {"##Hidden###id", "Maison ## B", "###", "#1 # 2", "Plain"}) {
        SCOPED_TRACE(title);
        const std::string shown = app::dataLabel(title);
        EXPECT_EQ(ImGui::FindRenderedTextEnd(shown.c_str()), shown.c_str() + shown.size());
        std::string withoutBreaks;
        for (std::size_t i = 0; i < shown.size(); ++i)
            if (!(shown[i] == ' ' && i > 0 && shown[i - 1] == '#' && i + 1 < shown.size() && shown[i + 1] == '#'))
                withoutBreaks += shown[i];
        EXPECT_EQ(withoutBreaks, title);
        const std::string label = shown + "###details";
        EXPECT_EQ(ImHashStr(label.c_str()), ImHashStr("###details"));
    }
}
