// JSON output helpers.
#include "json_values.hpp"

#include <cmath>
#include <cstdio>

#include "geo/source.hpp"

namespace app {

nlohmann::ordered_json toJson(const geo::Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (const auto* d = std::get_if<double>(&v))
        return std::isfinite(*d) ? nlohmann::ordered_json(*d) : nlohmann::ordered_json();
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    return nullptr;
}

nlohmann::ordered_json properties(const geo::FeatureTable& table, std::size_t row) {
    nlohmann::ordered_json p = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < table.fields.size(); ++c) p[table.fields[c].name] = toJson(table.at(row, c));
    return p;
}

nlohmann::ordered_json boxToJson(const geo::Box& b) {
    if (b.empty()) return nullptr;
    return nlohmann::ordered_json::array({b.minX, b.minY, b.maxX, b.maxY});
}

namespace {

// Passwords masked in every string of the output, before escaping (a quoted password's escaped
// quote would otherwise change under JSON's own escaping).
void maskPasswords(nlohmann::ordered_json& j) {
    if (j.is_string())
        j = geo::maskPassword(j.get<std::string>());
    else if (j.is_structured())
        for (auto& child : j) maskPasswords(child);
}

}  // namespace

void printJson(const nlohmann::ordered_json& given) {
    nlohmann::ordered_json j = given;
    maskPasswords(j);
    const std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

}  // namespace app
