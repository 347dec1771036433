// Replay scripts as JSON, checked field by field.
#include "replay_script.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace app {

namespace {

using nlohmann::json;

geo::Error bad(const std::string& path, const std::string& what) {
    return geo::Error{geo::ErrorCode::BadArgument, what, path};
}

std::optional<geo::Vec2> pointOf(const json& v) {
    if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number()) return std::nullopt;
    const geo::Vec2 p{v[0].get<double>(), v[1].get<double>()};
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return std::nullopt;
    return p;
}

std::optional<double> numberOf(const json& e, const char* key) {
    if (!e.contains(key) || !e[key].is_number()) return std::nullopt;
    const double v = e[key].get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

const std::map<std::string, ReplayType>& types() {
    static const std::map<std::string, ReplayType> t = {{"move", ReplayType::Move},
                                                        {"click", ReplayType::Click},
                                                        {"double_click", ReplayType::DoubleClick},
                                                        {"drag", ReplayType::Drag},
                                                        {"wheel", ReplayType::Wheel},
                                                        {"key", ReplayType::Key},
                                                        {"text", ReplayType::Text}};
    return t;
}

// Fills the fields of one event; the message says which field is missing or wrong.
std::optional<std::string> readFields(const json& e, ReplayEvent& ev) {
    auto at = [&]() -> std::optional<std::string> {
        const auto x = numberOf(e, "x"), y = numberOf(e, "y");
        if (!x || !y) return "needs numbers \"x\" and \"y\" (window pixels)";
        ev.at = {*x, *y};
        return std::nullopt;
    };
    switch (ev.type) {
        case ReplayType::Move:
        case ReplayType::Click:
        case ReplayType::DoubleClick:
            ev.rightButton = e.value("button", std::string("left")) == "right";
            return at();
        case ReplayType::Wheel: {
            const auto dy = numberOf(e, "dy");
            if (!dy) return "needs a number \"dy\" (> 0 zooms in)";
            ev.dy = *dy;
            return at();
        }
        case ReplayType::Drag: {
            const auto from = e.contains("from") ? pointOf(e["from"]) : std::nullopt;
            const auto to = e.contains("to") ? pointOf(e["to"]) : std::nullopt;
            if (!from || !to) return "needs \"from\" and \"to\" as [x, y]";
            ev.from = *from;
            ev.to = *to;
            ev.seconds = numberOf(e, "seconds").value_or(0.3);
            if (ev.seconds < 0 || ev.seconds > 60) return "\"seconds\" must be between 0 and 60";
            ev.rightButton = e.value("button", std::string("left")) == "right";
            return std::nullopt;
        }
        case ReplayType::Key: {
            if (!e.contains("key") || !e["key"].is_string()) return "needs a string \"key\"";
            ev.key = replayKeyCode(e["key"].get<std::string>());
            if (ev.key < 0) return "unknown key \"" + e["key"].get<std::string>() + "\"";
            return std::nullopt;
        }
        case ReplayType::Text:
            if (!e.contains("text") || !e["text"].is_string()) return "needs a string \"text\"";
            ev.text = e["text"].get<std::string>();
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

const char* replayTypeName(ReplayType type) {
    for (const auto& [name, t] : types())
        if (t == type) return name.c_str();
    return "?";
}

int replayKeyCode(const std::string& name) {
    std::string n;
    for (char c : name) n += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (n.size() == 1 && n[0] >= 'A' && n[0] <= 'Z') return GLFW_KEY_A + (n[0] - 'A');
    if (n.size() == 1 && n[0] >= '0' && n[0] <= '9') return GLFW_KEY_0 + (n[0] - '0');
    if (n.size() >= 2 && n.size() <= 3 && n[0] == 'F' && std::isdigit(static_cast<unsigned char>(n[1]))) {
        const int k = std::atoi(n.c_str() + 1);
        if (k >= 1 && k <= 12 && std::to_string(k) == n.substr(1)) return GLFW_KEY_F1 + k - 1;
    }
    static const std::map<std::string, int> named = {{"HOME", GLFW_KEY_HOME},
                                                     {"END", GLFW_KEY_END},
                                                     {"ESCAPE", GLFW_KEY_ESCAPE},
                                                     {"ENTER", GLFW_KEY_ENTER},
                                                     {"BACKSPACE", GLFW_KEY_BACKSPACE},
                                                     {"TAB", GLFW_KEY_TAB},
                                                     {"SPACE", GLFW_KEY_SPACE},
                                                     {"DELETE", GLFW_KEY_DELETE},
                                                     {"LEFT", GLFW_KEY_LEFT},
                                                     {"RIGHT", GLFW_KEY_RIGHT},
                                                     {"UP", GLFW_KEY_UP},
                                                     {"DOWN", GLFW_KEY_DOWN},
                                                     {"PLUS", GLFW_KEY_KP_ADD},
                                                     {"MINUS", GLFW_KEY_MINUS},
                                                     {"EQUAL", GLFW_KEY_EQUAL}};
    auto it = named.find(n);
    return it == named.end() ? -1 : it->second;
}

geo::Result<std::vector<ReplayEvent>> parseReplayScript(const std::string& text, const std::string& path) {
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return bad(path, "not valid JSON");
    if (!doc.is_object() || !doc.contains("events") || !doc["events"].is_array())
        return bad(path, "expected {\"events\": [...]}");
    std::vector<ReplayEvent> events;
    for (std::size_t i = 0; i < doc["events"].size(); ++i) {
        const json& e = doc["events"][i];
        const std::string where = "events[" + std::to_string(i) + "]";
        if (!e.is_object()) return bad(path, where + " is not an object");
        ReplayEvent ev;
        const auto t = numberOf(e, "t");
        if (!t || *t < 0 || *t > 3600) return bad(path, where + " needs \"t\", seconds from 0 to 3600");
        ev.t = *t;
        const std::string type = e.value("type", std::string());
        auto it = types().find(type);
        if (it == types().end())
            return bad(path,
                       where + ": unknown type \"" + type + "\" (move, click, double_click, drag, wheel, key, text)");
        ev.type = it->second;
        if (auto problem = readFields(e, ev)) return bad(path, where + " (" + type + ") " + *problem);
        events.push_back(ev);
    }
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.t < b.t; });
    return events;
}

geo::Result<std::vector<ReplayEvent>> readReplayScript(const std::string& path) {
    std::ifstream in(path);
    if (!in) return bad(path, "cannot read the replay script");
    std::ostringstream text;
    text << in.rdbuf();
    return parseReplayScript(text.str(), path);
}

}  // namespace app
