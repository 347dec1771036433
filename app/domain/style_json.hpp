// Styles read from JSON (the catalogue, scene files): checked readers that name the key at fault.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "geo/result.hpp"
#include "style.hpp"

namespace app {

// Thrown by the checked readers below with the key at fault and what it should be; callers catch
// it where they know the file, and turn it into a geo::Error.
struct JsonError {
    std::string message;
};

render::Rgba jsonColor(const nlohmann::json& j, const std::string& key);  // "#rrggbb" or "#rrggbbaa"
double jsonNumber(const nlohmann::json& j, const std::string& key);
std::string jsonString(const nlohmann::json& j, const std::string& key);
// A text in both languages, {"fr": ..., "en": ...}, or a plain string (French only).
LocalText jsonLocalText(const nlohmann::json& j, const std::string& key);

// Reads the style keys of `j` into `style` (keys it lacks are left as they are). Throws JsonError.
void readLayerStyle(const nlohmann::json& j, const std::string& at, LayerStyle& style);
ChoroplethSpec readChoropleth(const nlohmann::json& j, const std::string& at);

// The same, as results: errors name the key at fault, prefixed with `at`.
geo::Result<LayerStyle> layerStyleFromJson(const nlohmann::json& j, const std::string& at);
geo::Result<ChoroplethSpec> choroplethFromJson(const nlohmann::json& j, const std::string& at);

}  // namespace app
