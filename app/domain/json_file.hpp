// Reading a JSON data file with errors that name the file and the place of a syntax error.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "geo/checked_number.hpp"
#include "geo/result.hpp"
#include "ui_text.hpp"

namespace app {

geo::Result<nlohmann::json> readJsonFile(const std::string& path);

// Lenient readers of an object's members, for files checked field by field by their callers:
// a missing key or a value of another type gives "", an empty list, or nullopt.
std::string jsonText(const nlohmann::json& j, const char* key);
std::vector<std::string> jsonTexts(const nlohmann::json& j, const char* key);  // the strings of an array
std::optional<int> jsonInt(const nlohmann::json& j, const char* key);

// The number at `key` (absent or null: nullopt), checked against `limits`: a value that is not a
// number, not whole when it must be, or out of range is an error naming `where`, the key and the
// value. Every number a data file gives goes through this (4294967297 pixels once became 1).
geo::Result<std::optional<double>> jsonCheckedNumber(const nlohmann::json& j,
                                                     const char* key,
                                                     const geo::NumberLimits& limits,
                                                     const std::string& where);
// A text in both languages: {"fr": ..., "en": ...}, or a plain string (French only).
LocalText jsonLocal(const nlohmann::json& j, const char* key);

}  // namespace app
