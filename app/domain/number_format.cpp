// Formatting by hand: the process locale is never changed.
#include "number_format.hpp"

#include <cmath>
#include <cstdio>

namespace app {

namespace {

std::string grouped(double value, int decimals, const char* thousands, const char* decimalMark) {
    if (!std::isfinite(value)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(value));
    std::string digits = buf, frac;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        frac = decimalMark + digits.substr(dot + 1);
        digits.resize(dot);
    }
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        if ((n - i - 1) % 3 == 0 && i + 1 < n) out += thousands;
    }
    const bool negative =
        value < 0 && (out + frac).find_first_not_of(std::string("0") + decimalMark + thousands) != std::string::npos;
    std::string result = negative ? "−" : "";
    result += out;
    result += frac;
    return result;
}

}  // namespace

std::string formatFrench(double value, int decimals) { return grouped(value, decimals, "\u202F", ","); }

std::string formatNumber(Language lang, double value, int decimals) {
    return lang == Language::English ? grouped(value, decimals, ",", ".") : formatFrench(value, decimals);
}

}  // namespace app
