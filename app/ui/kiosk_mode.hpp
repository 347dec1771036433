// The kiosk mode in the window (issue 11): a KioskSession run on the window's clock, its actions
// carried out on the UI state (the visitor's choices reset when the tour starts, each step's
// profession, indicator, layers and framing), and its overlays: the "Vous êtes toujours là ?"
// countdown, the tour's caption, and the staff's way out (a 3 s press in the top-left corner,
// then the PIN). Drawn by ImGui with no GL of its own, so a test drives it with a fake clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/kiosk.hpp"
#include "domain/tour.hpp"
#include "map/map_model.hpp"

namespace app {

struct UiState;

struct KioskState {
    bool active = false;
    std::optional<KioskSession> session;
    Tour tour;
    std::string pinHash;  // as hashPin writes it; empty: leaving asks for a confirmation only
    // On screen now.
    bool countdown = false;
    int secondsLeft = 0;
    std::optional<std::size_t> step;  // the tour's step shown, while the tour plays
    // Leaving: where a press in the corner began (-1: none), and the PIN dialog.
    double cornerPressSince = -1;
    bool askLeave = false;
    std::string pinEntry, pinError;
    bool leave = false;  // a request for the window: leave kiosk mode
    // "Emporter": the sheet's QR code, full size, until the visitor closes it or leaves.
    bool showQr = false;
    std::optional<std::string> qrPayload;
    std::string qrTitle;
    // The sheets written for this visitor (PDF, PNG), deleted by the reset: nothing about a
    // visitor is kept for the next one.
    std::vector<std::string> visitorFiles;
};

// Starts kiosk mode at `now` with the tour; the visitor's state is reset.
void startKiosk(UiState& ui, Tour tour, KioskTimings timings, double now);

// One frame: `touched` when someone touched the screen or pressed a key this frame;
// `cornerDown` while a press lasts in the top-left corner. Changes the UI state as the session
// says (a step's framing goes to ui.flyToLonLat).
void kioskFrame(UiState& ui, MapModel& model, double now, bool touched, bool cornerDown);

// Everything a visitor chose (profession, profile, selection, search, sheets) back to nothing;
// the sheets written for the visitor deleted.
void resetVisitor(UiState& ui);

// The countdown, the caption, the QR code of a sheet taken away, the way out.
void drawKioskOverlays(UiState& ui);

// The corner that a 3-second press turns into the way out, in window units.
inline constexpr float kKioskCornerSize = 90;
inline constexpr double kKioskLeavePressSeconds = 3;

}  // namespace app
