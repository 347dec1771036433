// Settings as JSON.
#include "settings.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "geo/output_file.hpp"

namespace app {

std::string settingsPath() {
    std::filesystem::path base;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x)
        base = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        base = std::filesystem::path(h) / ".config";
    else
        base = ".";
    return (base / "santemap" / "settings.json").string();
}

Settings loadSettings(const std::string& path) {
    Settings s;
    std::ifstream in(path);
    if (!in) return s;
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return s;
    try {
        if (j.value("language", "fr") == "en") s.language = Language::English;
        s.uiScale = std::clamp(j.value("ui_scale", 1.0f), 0.5f, 4.0f);
        s.windowWidth = std::clamp(j.value("window_width", 1400), 320, 16384);
        s.windowHeight = std::clamp(j.value("window_height", 900), 240, 16384);
        if (const int n = j.value("msaa_samples", 0); n == 1 || n == 2 || n == 4 || n == 8) s.msaaSamples = n;
        s.takeAwayFolder = j.value("take_away_folder", "");
        s.kiosk = j.value("kiosk", false);
        s.kioskIdleSeconds = std::clamp(j.value("kiosk_idle_seconds", 90.0), 10.0, 3600.0);
        s.kioskPin = j.value("kiosk_pin", "");
        s.kioskPrinter = j.value("kiosk_printer", "");
        if (j.contains("view")) {
            render::View v;
            v.centerX = j["view"].at("center_x").get<double>();
            v.centerY = j["view"].at("center_y").get<double>();
            v.metresPerPixel = j["view"].at("metres_per_pixel").get<double>();
            if (v.metresPerPixel > 0) s.view = v;
        }
        if (j.contains("layers"))
            for (const auto& [name, l] : j["layers"].items())
                s.layers[name] =
                    LayerSettings{l.value("shown", true), std::clamp(l.value("opacity", 1.0f), 0.0f, 1.0f)};
    } catch (const nlohmann::json::exception&) {
        return Settings{};
    }
    return s;
}

std::string settingsText(const Settings& s) {
    nlohmann::json j;
    j["language"] = s.language == Language::English ? "en" : "fr";
    j["ui_scale"] = s.uiScale;
    j["window_width"] = s.windowWidth;
    j["window_height"] = s.windowHeight;
    if (s.msaaSamples) j["msaa_samples"] = s.msaaSamples;
    if (!s.takeAwayFolder.empty()) j["take_away_folder"] = s.takeAwayFolder;
    if (s.kiosk) j["kiosk"] = true;
    if (s.kioskIdleSeconds != 90) j["kiosk_idle_seconds"] = s.kioskIdleSeconds;
    if (!s.kioskPin.empty()) j["kiosk_pin"] = s.kioskPin;
    if (!s.kioskPrinter.empty()) j["kiosk_printer"] = s.kioskPrinter;
    if (s.view)
        j["view"] = {
            {"center_x", s.view->centerX}, {"center_y", s.view->centerY}, {"metres_per_pixel", s.view->metresPerPixel}};
    for (const auto& [name, l] : s.layers) j["layers"][name] = {{"shown", l.shown}, {"opacity", l.opacity}};
    return j.dump(2) + "\n";
}

geo::Status saveSettings(const std::string& path, const Settings& s) {
    geo::makeParentFolder(path);
    return geo::writeFileAtomically(path, settingsText(s));
}

std::string takeAwayFolder(const Settings& s) {
    if (!s.takeAwayFolder.empty()) return s.takeAwayFolder;
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/Documents/SantéMap";
}

}  // namespace app
