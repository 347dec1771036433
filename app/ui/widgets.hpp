// Small widgets the panels share, for labels longer than a narrow panel at a large interface size.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace app {

// Secondary text (units, sources, notes): grey, wrapped at the panel's edge.
inline const ImVec4 kMuted(0.45f, 0.45f, 0.45f, 1);
inline void mutedWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// A section heading (Dear ImGui 1.86 has no SeparatorText).
inline void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.12f, 0.31f, 0.47f, 1), "%s", text);
    ImGui::Separator();
}

// A checkbox whose label wraps at the panel's edge instead of running past it; a touch on the
// label toggles it too. `id` keeps the ImGui ID apart from the (data) text.
inline bool wrappedCheckbox(const char* id, const std::string& label, bool* value) {
    ImGui::PushID(id);
    bool changed = ImGui::Checkbox("##box", value);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked()) {
        *value = !*value;
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

// A selectable row as tall as its text wrapped at the panel's edge (ImGui's Selectable cuts a long
// label): a touch anywhere on it selects it.
inline bool wrappedSelectable(const char* id, const std::string& text, bool selected) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorPos();
    const float tall = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
    ImGui::PushID(id);
    const bool touched = ImGui::Selectable("##row", selected, 0, ImVec2(wrap, tall));
    ImGui::PopID();
    ImGui::SetCursorPos(at);
    ImGui::PushTextWrapPos(at.x + wrap);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    return touched;
}

// Text on the same line when it fits in what is left of the line, else on the next line.
inline void sameLineIfFits(const char* text) {
    const float w = ImGui::CalcTextSize(text).x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
}

// The next window centred on the screen (dialogs, the help, the kiosk's countdown and QR code).
inline void centreNextWindow(ImGuiCond cond) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), cond, ImVec2(0.5f, 0.5f));
}

// ImGui::Begin with the title bar in the atlas's title font when it has one (kiosk mode: 28 px);
// the window's content keeps the body font.
// Not PushFont: its PopFont after Begin would pop the new window's texture, not the parent's; both
// fonts share one atlas, so setting the current font around Begin is enough.
inline bool beginTitledWindow(const char* title, bool* open, ImGuiWindowFlags flags) {
    const ImVector<ImFont*>& fonts = ImGui::GetIO().Fonts->Fonts;
    ImFont* body = ImGui::GetFont();
    if (fonts.Size > 1) ImGui::SetCurrentFont(fonts[1]);
    const bool shown = ImGui::Begin(title, open, flags);
    if (fonts.Size > 1) ImGui::SetCurrentFont(body);
    return shown;
}

// The width of the left column (search box, finder): narrower than the screen's 42 %, so that the
// map stays visible at 200 % on a 1280-pixel-wide screen.
inline float leftPanelWidth(float uiScale) {
    return std::min(360 * uiScale, ImGui::GetMainViewport()->WorkSize.x * 0.42f);
}

}  // namespace app
