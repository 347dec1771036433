#include "semesters.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

namespace app {

namespace {

// The semester a month of a year falls in.
std::string semesterOfMonth(int year, int month) {
    if (month >= 11) return std::to_string(year) + "-S1";
    if (month <= 4) return std::to_string(year - 1) + "-S1";
    return std::to_string(year - 1) + "-S2";
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// French and English month names (and their usual abbreviations), accents optional.
int monthNumber(const std::string& word) {
    static const std::vector<std::pair<std::string, int>> kMonths = {
        {"janvier", 1},   {"janv", 1},      {"january", 1},   {"jan", 1},       {"fevrier", 2},   {"février", 2},
        {"fevr", 2},      {"févr", 2},      {"february", 2},  {"feb", 2},       {"mars", 3},      {"march", 3},
        {"mar", 3},       {"avril", 4},     {"avr", 4},       {"april", 4},     {"apr", 4},       {"mai", 5},
        {"may", 5},       {"juin", 6},      {"june", 6},      {"jun", 6},       {"juillet", 7},   {"juil", 7},
        {"july", 7},      {"jul", 7},       {"aout", 8},      {"août", 8},      {"august", 8},    {"aug", 8},
        {"septembre", 9}, {"sept", 9},      {"september", 9}, {"sep", 9},       {"octobre", 10},  {"oct", 10},
        {"october", 10},  {"novembre", 11}, {"nov", 11},      {"november", 11}, {"decembre", 12}, {"décembre", 12},
        {"dec", 12},      {"déc", 12},      {"december", 12}};
    for (const auto& [name, number] : kMonths)
        if (word == name) return number;
    return 0;
}

// One part of the text ("S1 2026", "2026-S2", "novembre 2026", "novembre 2026 - avril 2027"): the
// semester it names, or nothing.
std::optional<std::string> readPart(const std::string& part) {
    static const std::regex code(R"(^\s*(20\d\d)\s*[-/ ]?\s*s([12])\s*$)", std::regex::icase);
    static const std::regex codeFirst(R"(^\s*s([12])\s*[-/ ]?\s*(20\d\d)\s*$)", std::regex::icase);
    static const std::regex monthYear(R"(^\s*(?:semestre\s+(?:de|d')\s*)?([^\s\d]+)\.?\s+(20\d\d)\b)",
                                      std::regex::icase);
    std::smatch m;
    if (std::regex_match(part, m, code)) return m[1].str() + "-S" + m[2].str();
    if (std::regex_match(part, m, codeFirst)) return m[2].str() + "-S" + m[1].str();
    const std::string low = lower(part);
    if (std::regex_search(low, m, monthYear)) {
        const int month = monthNumber(m[1].str());
        if (month) return semesterOfMonth(std::stoi(m[2].str()), month);
    }
    return std::nullopt;
}

}  // namespace

bool isSemesterCode(const std::string& text) {
    static const std::regex code(R"(^20\d\d-S[12]$)");
    return std::regex_match(text, code);
}

SemesterReading readSemesters(const std::string& text) {
    SemesterReading out;
    if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); })) return out;
    // Parts are separated by | , ; or the word "et"/"and"; a range ("novembre 2026 - avril 2027")
    // is one part, read by its first month.
    static const std::regex separators(R"(\s*(?:[|,;+]|\bet\b|\band\b)\s*)", std::regex::icase);
    for (std::sregex_token_iterator it(text.begin(), text.end(), separators, -1), end; it != end; ++it) {
        const std::string part = *it;
        if (part.find_first_not_of(" \t") == std::string::npos) continue;
        auto code = readPart(part);
        if (!code) return {{}, text};
        out.codes.push_back(*code);
    }
    std::sort(out.codes.begin(), out.codes.end());
    out.codes.erase(std::unique(out.codes.begin(), out.codes.end()), out.codes.end());
    return out;
}

std::string semesterMonths(Language lang, const std::string& code) {
    if (!isSemesterCode(code)) return code;
    const int year = std::stoi(code.substr(0, 4));
    const bool winter = code.back() == '1';
    const std::string y0 = std::to_string(year), y1 = std::to_string(year + 1);
    if (lang == Language::English)
        return winter ? "November " + y0 + " – April " + y1 : "May " + y1 + " – October " + y1;
    return winter ? "novembre " + y0 + " – avril " + y1 : "mai " + y1 + " – octobre " + y1;
}

std::string semesterOfDate(const std::string& isoDate) {
    static const std::regex date(R"(^(\d{4})-(\d{2})-\d{2}$)");
    std::smatch m;
    if (!std::regex_match(isoDate, m, date)) return "";
    const int month = std::stoi(m[2].str());
    if (month < 1 || month > 12) return "";
    return semesterOfMonth(std::stoi(m[1].str()), month);
}

}  // namespace app
