#include "access_scenario.hpp"

#include <nlohmann/json.hpp>

#include "geo/output_file.hpp"
#include "json_file.hpp"

namespace app {

geo::Result<Scenario> readScenario(const std::string& path) {
    auto json = readJsonFile(path);
    if (!json) return json.error();
    auto bad = [&](const std::string& why) {
        return geo::Error{geo::ErrorCode::BadFormat,
                          why + " (expected {\"name\": ..., \"changes\": [{\"commune\": CODE, \"delta\": N}]})",
                          path};
    };
    const auto& j = json.value();
    if (!j.is_object()) return bad("a scenario is a JSON object");
    Scenario s;
    if (j.contains("name") && !j["name"].is_string()) return bad("\"name\" must be a text");
    s.name = jsonText(j, "name");
    if (!j.contains("changes") || !j["changes"].is_array()) return bad("\"changes\" must be a list");
    for (std::size_t k = 0; k < j["changes"].size(); ++k) {
        const auto& c = j["changes"][k];
        const std::string where = "change " + std::to_string(k + 1);
        if (!c.is_object() || !c.contains("commune") || !c["commune"].is_string() ||
            c["commune"].get<std::string>().empty())
            return bad(where + ": \"commune\" must be a commune code");
        if (!c.contains("delta")) return bad(where + ": \"delta\" is missing");
        auto delta = jsonCheckedValue(c["delta"], where + " delta", {-100000, 100000, true});
        if (!delta) return geo::Error{geo::ErrorCode::BadFormat, delta.error().message, path};
        s.changes.push_back({c["commune"].get<std::string>(), static_cast<int>(delta.value())});
    }
    return s;
}

geo::Status writeScenario(const std::string& path, const Scenario& s) {
    nlohmann::ordered_json j;
    j["name"] = s.name;
    j["changes"] = nlohmann::ordered_json::array();
    for (const auto& c : s.changes) j["changes"].push_back({{"commune", c.commune}, {"delta", c.delta}});
    return geo::writeFileAtomically(path, j.dump(2) + "\n");
}

}  // namespace app
