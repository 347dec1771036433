// Numbers as people read them: "47 219" and "3,8" in French, "47,219" and "3.8" in English.
// Files and JSON keep the C locale and never go through here.
#pragma once

#include <string>

#include "ui_text.hpp"

namespace app {

// French: thousands separated by a narrow no-break space (U+202F), decimal comma.
std::string formatFrench(double value, int decimals = 0);
// In the interface's language (English: thousands comma, decimal point).
std::string formatNumber(Language lang, double value, int decimals = 0);

}  // namespace app
