// UTF-8 validation and Latin-1 fallback for attribute text that is not UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace geo {

bool isValidUtf8(std::string_view s);
// Reads each byte as ISO-8859-1 and writes it as UTF-8 (never fails: every byte is a Latin-1 code point).
std::string latin1ToUtf8(std::string_view s);

}  // namespace geo
