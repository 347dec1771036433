#include "json_file.hpp"

#include <fstream>
#include <sstream>

namespace app {

geo::Result<nlohmann::json> readJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return geo::Error{geo::ErrorCode::NotFound, "cannot open the file", path};
    std::stringstream text;
    text << in.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& e) {
        return geo::Error{geo::ErrorCode::BadFormat, std::string("not valid JSON: ") + e.what(), path};
    }
}

std::string jsonText(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::vector<std::string> jsonTexts(const nlohmann::json& j, const char* key) {
    std::vector<std::string> out;
    if (j.contains(key) && j[key].is_array())
        for (const auto& v : j[key])
            if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

LocalText jsonLocal(const nlohmann::json& j, const char* key) {
    if (!j.contains(key)) return {};
    const auto& v = j[key];
    if (v.is_string()) return {v.get<std::string>(), {}};
    if (v.is_object()) return {jsonText(v, "fr"), jsonText(v, "en")};
    return {};
}

std::optional<int> jsonInt(const nlohmann::json& j, const char* key) {
    if (j.contains(key) && j[key].is_number_integer()) return j[key].get<int>();
    return std::nullopt;
}

}  // namespace app
