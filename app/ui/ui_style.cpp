// Theme and fonts.
#include "ui_style.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "map/scene_image.hpp"

namespace app {

void applyUiStyle(float scale, bool withBackend, bool kiosk) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar ranges[] = {0x0020,
                                     0x017F,
                                     0x03C1,  // ρ (Spearman's, in the lab)
                                     0x03C1,
                                     0x2010,
                                     0x2030,
                                     0x20AC,
                                     0x20AC,
                                     0x2190,
                                     0x2193,
                                     0x2212,
                                     0x2212,
                                     0x2248,
                                     0x2248,
                                     0x2264,
                                     0x2265,
                                     0};
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    if (!io.Fonts->AddFontFromFileTTF(defaultFontPath().c_str(), 16.0f * scale, &cfg, ranges))
        io.Fonts->AddFontDefault();
    // At the booth, titles read from 1.5 m: 28 px where the body is 20 px (the atlas's second font,
    // which beginTitledWindow pushes for the title bars).
    if (kiosk) io.Fonts->AddFontFromFileTTF(defaultFontPath().c_str(), 16.0f * scale * 1.4f, &cfg, ranges);
    io.Fonts->Build();
    if (withBackend) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.WindowPadding = ImVec2(10, 10);
    style.FramePadding = ImVec2(8, kiosk ? 14 : 6);
    style.ItemSpacing = ImVec2(8, kiosk ? 10 : 7);
    style.ScrollbarSize = 16;
    style.GrabMinSize = 14;
    // Opaque: the legend and the labels of the map must not show through a sheet or a menu.
    style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Header] = ImVec4(0.90f, 0.55f, 0.20f, 0.35f);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.55f, 0.20f, 0.55f);
    style.Colors[ImGuiCol_CheckMark] = ImVec4(0.75f, 0.35f, 0.10f, 1);
    // Text boxes and checkboxes must show on a white panel: a light grey ground and a thin border.
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.94f, 0.95f, 1);
    style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.91f, 0.95f, 1);
    style.FrameBorderSize = 1;
    style.Colors[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.18f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace app
