// Text that comes from data (a listing's title, a commune's or a layer's name) inside an ImGui
// label. ImGui reads "##" in a label as "what follows is only the ID" and "###" as "the ID is what
// follows": a listing titled "##Hidden###id" hid the sheet's title and took another window's ID.
// Data never becomes an ID or a format string: the ID comes from PushID or a fixed "###" suffix,
// and every "##" of the text is broken so that all of it shows.
#pragma once

#include <string>
#include <string_view>

namespace app {

inline std::string dataLabel(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 4);
    for (char c : text) {
        if (c == '#' && !out.empty() && out.back() == '#') out += ' ';  // "##" → "# #"
        out += c;
    }
    return out;
}

}  // namespace app
