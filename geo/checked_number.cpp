#include "checked_number.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace geo {

NumberIssue checkNumber(double value, const NumberLimits& limits) {
    if (!std::isfinite(value)) return NumberIssue::NotANumber;
    if (value < limits.min) return NumberIssue::TooSmall;
    if (value > limits.max) return NumberIssue::TooLarge;
    if (limits.whole && value != std::floor(value)) return NumberIssue::NotWhole;
    return NumberIssue::None;
}

NumberIssue readNumber(std::string_view text, const NumberLimits& limits, double& value) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty() || text.size() > 64) return NumberIssue::NotANumber;
    std::string t(text);
    for (char& c : t)
        if (c == ',') c = '.';
    if (t.front() == '+') t.erase(0, 1);
    // from_chars in the C locale, decimal or scientific only: no "nan", "inf" or "0x1p3".
    const auto r = std::from_chars(t.data(), t.data() + t.size(), value, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range) return t.front() == '-' ? NumberIssue::TooSmall : NumberIssue::TooLarge;
    if (r.ec != std::errc() || r.ptr != t.data() + t.size()) return NumberIssue::NotANumber;
    return checkNumber(value, limits);
}

std::string numberText(double value) {
    char buf[32];
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", value);
    else
        std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
}

std::string describeNumberIssue(NumberIssue issue, std::string_view text, const NumberLimits& limits) {
    const std::string quoted = "'" + std::string(text) + "'";
    switch (issue) {
        case NumberIssue::None:
            return "";
        case NumberIssue::NotANumber:
            return quoted + " is not a number";
        case NumberIssue::NotWhole:
            return quoted + " is not a whole number";
        case NumberIssue::TooSmall:
            return quoted + " is smaller than " + numberText(limits.min);
        case NumberIssue::TooLarge:
            return quoted + " is larger than " + numberText(limits.max);
    }
    return "";
}

}  // namespace geo
