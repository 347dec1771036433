// What the window remembers between runs, in $XDG_CONFIG_HOME/santemap/settings.json
// (~/.config/santemap/settings.json), written by geo::writeFileAtomically whenever it changes.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "domain/ui_text.hpp"
#include "geo/result.hpp"
#include "render/view.hpp"

namespace app {

struct LayerSettings {
    bool shown = true;
    float opacity = 1;
};

struct Settings {
    Language language = Language::French;
    float uiScale = 1;
    std::optional<render::View> view;             // centre and metres per pixel (size is the window's)
    std::map<std::string, LayerSettings> layers;  // by layer title
    int windowWidth = 1400, windowHeight = 900;
    // Multisampling of the map's polygons: 0 = chosen by the GL (4 on a GPU, 1 and an
    // edge-smoothing pass on software GL), else 1, 2, 4 or 8 ("msaa_samples" in the file).
    int msaaSamples = 0;
    // Where "Emporter cette fiche" writes its PDF and PNG ("take_away_folder"); empty: the
    // default, ~/Documents/SantéMap.
    std::string takeAwayFolder;
    // The booth's kiosk mode ("kiosk"), its idle time before the countdown and the staff code
    // that leaves it, a salted SHA-256 ("kiosk_idle_seconds", "kiosk_pin").
    bool kiosk = false;
    double kioskIdleSeconds = 90;
    std::string kioskPin;
    std::string kioskPrinter;  // a CUPS printer for the kiosk's sheets ("kiosk_printer"); empty: none
};

// The folder take-away sheets go to: the setting, else $HOME/Documents/SantéMap.
std::string takeAwayFolder(const Settings& s);

std::string settingsPath();
// Missing or unreadable settings give the defaults (never an error at start-up).
Settings loadSettings(const std::string& path);
// The file's content: the window compares it with what it last saved to save only changes.
std::string settingsText(const Settings& s);
geo::Status saveSettings(const std::string& path, const Settings& s);

}  // namespace app
