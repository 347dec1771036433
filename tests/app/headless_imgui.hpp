// A Dear ImGui context with no backend (like imgui's example_null): panels can be drawn and their
// windows inspected without a display. One per test; destroyed with the test.
#pragma once

#include <imgui.h>

#include "ui/ui_style.hpp"

namespace testing_support {

inline void createHeadlessImGui(float width, float height) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60;
    app::applyUiStyle(1.0f, false);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the font atlas, as a backend would
}

}  // namespace testing_support
