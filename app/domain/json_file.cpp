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
    } catch (const nlohmann::json::exception& e) {
        // Valid syntax the parser still refuses: a number beyond a double's range (-2e308).
        return geo::Error{geo::ErrorCode::BadFormat, std::string("cannot be read as JSON: ") + e.what(), path};
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

geo::Result<double> jsonCheckedValue(const nlohmann::json& v,
                                     const std::string& what,
                                     const geo::NumberLimits& limits) {
    if (!v.is_number()) return geo::Error{geo::ErrorCode::BadFormat, what + ": '" + v.dump() + "' is not a number", ""};
    const double d = v.get<double>();
    const geo::NumberIssue issue = geo::checkNumber(d, limits);
    if (issue != geo::NumberIssue::None)
        return geo::Error{
            geo::ErrorCode::BadFormat, what + ": " + geo::describeNumberIssue(issue, v.dump(), limits), ""};
    return d;
}

geo::Result<std::optional<double>> jsonCheckedNumber(const nlohmann::json& j,
                                                     const char* key,
                                                     const geo::NumberLimits& limits,
                                                     const std::string& where) {
    if (!j.is_object() || !j.contains(key) || j[key].is_null()) return std::optional<double>();
    auto v = jsonCheckedValue(j[key], where.empty() ? std::string(key) : where + "." + key, limits);
    if (!v) return v.error();
    return std::optional<double>(v.value());
}

}  // namespace app
