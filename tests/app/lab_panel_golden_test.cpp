// The "Simulation" tab (issue 13) as pixels, compared with a golden: the finder's column drawn by
// Dear ImGui's OpenGL 3 backend into an offscreen EGL framebuffer (Mesa llvmpipe), with the lab
// loaded on the default territory and thirty GPs fewer in Orléans.
#include <backends/imgui_impl_opengl3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <filesystem>

#include "../render/golden_compare.hpp"
#include "render/offscreen.hpp"
#include "territory_fixture.hpp"
#include "ui/ui_style.hpp"

namespace {

using testing_support::TerritoryUi;

TEST_F(TerritoryUi, TheSimulationTabLooksAsItsGolden) {
    auto context = render::HeadlessContext::create();
    ASSERT_TRUE(context) << geo::describe(context.error());
    const int w = 1280, h = 720;  // the booth's screen; the finder is its left column
    auto target = render::OffscreenTarget::create(w, h);
    ASSERT_TRUE(target) << geo::describe(target.error());
    // The fixture's ImGui context has no backend: this one draws with OpenGL.
    ImGuiContext* headless = ImGui::GetCurrentContext();
    ImGuiContext* gl = ImGui::CreateContext();
    ImGui::SetCurrentContext(gl);
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    ASSERT_TRUE(ImGui_ImplOpenGL3_Init("#version 330 core"));
    app::applyUiStyle(1.0f, true);
    ui.searchPanelBottom = 0;
    ui.lab.openTab = true;
    const auto t = model->scene.territory;
    auto drawOnce = [&] {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        app::drawFinderPanel(ui, *model);
        ImGui::Render();
    };
    drawOnce();
    drawOnce();
    ASSERT_TRUE(ui.lab.lab) << ui.lab.message;
    const auto orleans = app::accessPointOf(ui.lab.inputs->communes, t->aid.communes, "45234");
    ASSERT_TRUE(orleans && ui.lab.lab->apply(*orleans, {"45234", -30}));
    ui.lab.name = "Orléans −30";
    app::labColouring(ui.lab, *t, model->layers[*model->layerOf(app::kCommunesLayer)].data.layer.table);
    drawOnce();
    drawOnce();
    target->bind();
    glViewport(0, 0, w, h);
    glClearColor(0.91f, 0.93f, 0.95f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const auto rgba = target->read();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(gl);
    ImGui::SetCurrentContext(headless);
    golden::expectMatches(
        std::filesystem::path(SANTEMAP_SOURCE_DIR) / "tests/app/lab_panel/expected.png", w, h, rgba, {24, 0.002});
}

}  // namespace
