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
// a missing key or a value of another type gives "" or an empty list.
std::string jsonText(const nlohmann::json& j, const char* key);
std::vector<std::string> jsonTexts(const nlohmann::json& j, const char* key);  // the strings of an array

// A JSON value checked as a number against `limits`: an error naming `what` and the value when it
// is not a number, not whole when it must be, or out of range.
geo::Result<double> jsonCheckedValue(const nlohmann::json& v, const std::string& what, const geo::NumberLimits& limits);

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
