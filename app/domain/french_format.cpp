// Formatting by hand: the process locale is never changed.
#include "french_format.hpp"

#include <cmath>
#include <cstdio>

namespace app {

std::string formatFrench(double value, int decimals) {
    if (!std::isfinite(value)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(value));
    std::string digits = buf, frac;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        frac = "," + digits.substr(dot + 1);
        digits.resize(dot);
    }
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        if ((n - i - 1) % 3 == 0 && i + 1 < n) out += "\u202F";
    }
    const bool negative = value < 0 && out.find_first_not_of("0,\u202F") != std::string::npos;
    std::string result = negative ? "−" : "";
    result += out;
    result += frac;
    return result;
}

}  // namespace app
