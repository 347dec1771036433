#include "json_file.hpp"

#include <climits>
#include <cstdint>
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
    if (!j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
    // Only what an int holds: get<int>() would wrap 4294967297 to 1.
    if (j[key].is_number_unsigned()) {
        const auto v = j[key].get<std::uint64_t>();
        return v <= static_cast<std::uint64_t>(INT_MAX) ? std::optional<int>(static_cast<int>(v)) : std::nullopt;
    }
    const auto v = j[key].get<std::int64_t>();
    return v >= INT_MIN && v <= INT_MAX ? std::optional<int>(static_cast<int>(v)) : std::nullopt;
}

geo::Result<std::optional<double>> jsonCheckedNumber(const nlohmann::json& j,
                                                     const char* key,
                                                     const geo::NumberLimits& limits,
                                                     const std::string& where) {
    if (!j.is_object() || !j.contains(key) || j[key].is_null()) return std::optional<double>();
    const nlohmann::json& v = j[key];
    const std::string context = where.empty() ? std::string(key) : where + "." + key;
    if (!v.is_number())
        return geo::Error{geo::ErrorCode::BadFormat, context + ": '" + v.dump() + "' is not a number", ""};
    const double d = v.get<double>();
    const geo::NumberIssue issue = geo::checkNumber(d, limits);
    if (issue != geo::NumberIssue::None)
        return geo::Error{
            geo::ErrorCode::BadFormat, context + ": " + geo::describeNumberIssue(issue, v.dump(), limits), ""};
    return std::optional<double>(d);
}

}  // namespace app
