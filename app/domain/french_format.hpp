// Numbers the French way for what people read ("47 219", "3,8", "1 500 €"); files and JSON keep
// the C locale and never go through here.
#pragma once

#include <string>

namespace app {

// Thousands separated by a narrow no-break space (U+202F), decimal comma.
std::string formatFrench(double value, int decimals = 0);

}  // namespace app
