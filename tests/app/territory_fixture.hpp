// The default territory as the window holds it (catalogue layers, aid rules, demo listings), with
// the panels drawn by an ImGui context with no backend: shared by the UI tests of app_tests.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "headless_imgui.hpp"
#include "map/default_territory.hpp"
#include "map/finder_layers.hpp"
#include "support/test_support.hpp"
#include "ui/ui_state.hpp"

namespace testing_support {

// Loaded once: building the territory takes a couple of seconds.
class TerritoryUi : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // One store per process: ctest runs each test in its own process, in parallel.
        const std::string store =
            testing_support::scratchDir("territory_ui_" + std::to_string(::getpid())) + "/annonces.gpkg";
        setenv("SANTEMAP_STORE", store.c_str(), 1);
        geo::Diagnostics diag;
        auto scene = app::defaultTerritoryScene("", diag);
        ASSERT_TRUE(scene.ok()) << geo::describe(scene.error());
        auto layers = app::loadLayers(scene.value(), diag);
        ASSERT_TRUE(layers.ok()) << geo::describe(layers.error());
        model = new app::MapModel;
        model->scene = scene.value();
        model->layers = std::move(layers.value());
        model->buildSearch();
        base = new app::LayerSpec(model->layers[*model->layerOf("communes")].spec);
    }
    static void TearDownTestSuite() {
        delete model;
        delete base;
    }
    void SetUp() override {
        ASSERT_NE(model, nullptr);
        testing_support::createHeadlessImGui(1600, 1000);
        ui.load.loading = false;
        ui.finder = {};
        ui.finder.date = "2026-06-01";
        app::applyFinder(ui.finder, *model, *base);
    }
    void TearDown() override { ImGui::DestroyContext(); }
    int frame() {
        ImGui::NewFrame();
        ui.covered = {};  // as the window does: the panels say what they cover
        app::drawMenuBar(ui);
        app::drawSearchPanel(ui, *model);
        app::drawFinderPanel(ui, *model);
        app::drawDetailsPanel(ui, *model);
        app::drawChoicesPanel(ui, *model);
        app::drawComparePanel(ui, *model);
        app::drawEditPanel(ui, *model);
        app::drawSourcesPanel(ui, *model);
        app::drawHelpPanel(ui, *model);
        app::drawStatusBar(ui, *model);
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
    std::size_t visiblePoints(const char* id) { return model->layers[*model->layerOf(id)].styled.points.size(); }
    inline static app::MapModel* model = nullptr;
    inline static app::LayerSpec* base = nullptr;
    app::UiState ui;
};

}  // namespace testing_support
