// Conversions from geo values to JSON, and the one way JSON leaves the program.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "geo/feature_table.hpp"
#include "geo/types.hpp"

namespace app {

nlohmann::ordered_json toJson(const geo::Value& v);
nlohmann::ordered_json properties(const geo::FeatureTable& table, std::size_t row);
// The value, or null when there is none ("pas de données" stays null in JSON, never 0).
template <typename T>
nlohmann::ordered_json orNull(const std::optional<T>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}
// The text, or null when it is empty.
inline nlohmann::ordered_json textOrNull(const std::string& s) {
    return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

// [min_x, min_y, max_x, max_y], or null for an empty box.
nlohmann::ordered_json boxToJson(const geo::Box& b);

// Writes JSON on standard output: UTF-8, invalid bytes replaced, numbers in the C locale
// (nlohmann's serializer does not use the process locale).
void printJson(const nlohmann::ordered_json& j);

}  // namespace app
