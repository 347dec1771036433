#include "kiosk_mode.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <filesystem>

#include "map/take_away_page.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

void resetVisitor(UiState& ui) {
    ui.kiosk.showQr = false;
    ui.kiosk.qrPayload.reset();
    ui.kiosk.qrTitle.clear();
    for (const auto& file : ui.kiosk.visitorFiles) {
        std::error_code ignored;  // already gone (staff tidied the folder) is as good
        std::filesystem::remove(file, ignored);
    }
    ui.kiosk.visitorFiles.clear();
    ui.finder = {};
    resetStage(ui.stage);
    resetLab(ui.lab);
    ui.finder.date = todayIso();
    ui.finderChanged = true;
    ui.selected.reset();
    ui.hovered.reset();
    ui.choices.clear();
    ui.query.clear();
    ui.results.clear();
    ui.takeAway.reset();
    ui.showHelp = false;
    ui.fitHome = true;
}

void startKiosk(UiState& ui, Tour tour, KioskTimings timings, double now) {
    KioskState& k = ui.kiosk;
    k.active = true;
    k.session.emplace(timings, now);
    std::vector<double> seconds;
    for (const auto& s : tour.steps) seconds.push_back(s.seconds);
    k.session->setTour(seconds);
    k.tour = std::move(tour);
    k.countdown = false;
    k.step.reset();
    resetVisitor(ui);
}

namespace {

// The step's framing, profession, indicator and layers.
void showStep(UiState& ui, MapModel& model, const TourStep& s) {
    ui.flyToLonLat = s.extentLonLat;
    ui.finder.professions.clear();
    if (s.profession) ui.finder.professions.push_back(*s.profession);
    ui.finder.indicator = s.indicator.value_or("");
    ui.finderChanged = true;
    if (s.layers.empty()) return;
    for (auto& l : model.layers)
        if (!l.spec.catalogueId.empty())
            l.view.shown = std::find(s.layers.begin(), s.layers.end(), l.spec.catalogueId) != s.layers.end();
}

// The sheet's QR code as large as the screen allows, to scan with a phone; or, without a public
// contact, the agency to ask.
void qrWindow(UiState& ui) {
    KioskState& k = ui.kiosk;
    const Language lang = ui.language;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    centreNextWindow(ImGuiCond_Always);
    bool open = true;
    const std::string title = k.qrTitle + "###kiosk-qr";
    beginTitledWindow(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    const auto modules = k.qrPayload ? qrModules(*k.qrPayload) : std::vector<std::vector<bool>>{};
    if (modules.empty()) {
        ImGui::TextUnformatted(tr(lang, Text::SheetNoPublicContact));
    } else {
        // Whole pixels per module, the quiet zone of four modules in white around them.
        const float side = vp->WorkSize.y * 0.6f;
        const float n = static_cast<float>(modules.size() + 8), m = std::floor(side / n);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        auto* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(p, ImVec2(p.x + m * n, p.y + m * n), IM_COL32_WHITE);
        for (std::size_t r = 0; r < modules.size(); ++r)
            for (std::size_t c = 0; c < modules[r].size(); ++c)
                if (modules[r][c])
                    dl->AddRectFilled(ImVec2(p.x + (c + 4) * m, p.y + (r + 4) * m),
                                      ImVec2(p.x + (c + 5) * m, p.y + (r + 5) * m),
                                      IM_COL32_BLACK);
        ImGui::Dummy(ImVec2(m * n, m * n));
        ImGui::TextUnformatted(tr(lang, Text::SheetScanToContact));
    }
    if (ImGui::Button(tr(lang, Text::Close), ImVec2(ImGui::GetContentRegionAvail().x, 0))) open = false;
    ImGui::End();
    if (!open) k.showQr = false;
}

void leaveDialog(UiState& ui) {
    KioskState& k = ui.kiosk;
    const Language lang = ui.language;
    centreNextWindow(ImGuiCond_Always);
    const std::string title = std::string(tr(lang, Text::KioskLeaveTitle)) + "###kiosk-leave";
    if (!beginTitledWindow(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    bool confirmed = false;
    if (k.pinHash.empty()) {
        ImGui::TextUnformatted(tr(lang, Text::KioskLeaveConfirm));
        confirmed = ImGui::Button(tr(lang, Text::KioskLeaveButton));
    } else {
        ImGui::TextUnformatted(tr(lang, Text::KioskPinPrompt));
        ImGui::SetNextItemWidth(10 * ImGui::GetFontSize());
        const bool enter = ImGui::InputText(
            "##pin",
            &k.pinEntry,
            ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
        if ((ImGui::Button(tr(lang, Text::KioskLeaveButton)) || enter) && !k.pinEntry.empty()) {
            confirmed = pinMatches(k.pinHash, k.pinEntry);
            k.pinError = confirmed ? "" : tr(lang, Text::KioskPinWrong);
            k.pinEntry.clear();
        }
        if (!k.pinError.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", k.pinError.c_str());
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::Close))) {
        k.askLeave = false;
        k.pinEntry.clear();
        k.pinError.clear();
    }
    if (confirmed) {
        k.askLeave = false;
        k.leave = true;
    }
    ImGui::End();
}

}  // namespace

void kioskFrame(UiState& ui, MapModel& model, double now, bool touched, bool cornerDown) {
    KioskState& k = ui.kiosk;
    if (!k.active || !k.session) return;
    // The staff's way out: a press held in the corner.
    if (!cornerDown)
        k.cornerPressSince = -1;
    else if (k.cornerPressSince < 0)
        k.cornerPressSince = now;
    else if (now - k.cornerPressSince >= kKioskLeavePressSeconds)
        k.askLeave = true;
    KioskAction action = touched ? k.session->touched(now) : KioskAction::None;
    if (action == KioskAction::EndTour) {
        k.step.reset();
        resetVisitor(ui);
    }
    action = k.session->update(now);
    k.countdown = action == KioskAction::ShowCountdown;
    k.secondsLeft = k.session->secondsLeft(now);
    if (action == KioskAction::StartTour) resetVisitor(ui);
    if ((action == KioskAction::StartTour || action == KioskAction::NextStep) &&
        k.session->step() < k.tour.steps.size()) {
        k.step = k.session->step();
        showStep(ui, model, k.tour.steps[*k.step]);
    }
}

void drawKioskOverlays(UiState& ui) {
    KioskState& k = ui.kiosk;
    if (!k.active) return;
    const Language lang = ui.language;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (k.countdown) {
        centreNextWindow(ImGuiCond_Always);
        ImGui::Begin("###kiosk-countdown", nullptr, fixed);
        ImGui::TextUnformatted(tr(lang, Text::KioskStillThere));
        ImGui::TextUnformatted(trf(lang, Text::KioskTourIn, {std::to_string(k.secondsLeft)}).c_str());
        // The whole window is the answer: any touch counts, this button says so.
        ImGui::Button(tr(lang, Text::KioskYes), ImVec2(ImGui::GetContentRegionAvail().x, 0));
        ImGui::End();
    }
    if (k.step && *k.step < k.tour.steps.size()) {
        const float width = vp->WorkSize.x * 0.6f;
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y - 24),
                                ImGuiCond_Always,
                                ImVec2(0.5f, 1.0f));
        ImGui::SetNextWindowSize(ImVec2(width, 0));
        ImGui::Begin("###kiosk-caption", nullptr, fixed & ~ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::TextWrapped("%s", k.tour.steps[*k.step].caption.in(lang).c_str());
        ImGui::TextDisabled("%s", tr(lang, Text::KioskTouchToStart));
        ImGui::End();
    }
    if (k.showQr) qrWindow(ui);
    if (k.askLeave) leaveDialog(ui);
}

}  // namespace app
