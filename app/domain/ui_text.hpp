// Interface text: one table (ui_texts.hpp) holds every key in French and English, so that the
// English interface is complete and no panel writes its own words. Data files carry their own
// texts in both languages as LocalText ({"fr": ..., "en": ...} in JSON).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ui_texts.hpp"

namespace app {

enum class Language { French, English };

// A text of a data file (catalogue, professions, aids) in both languages. A plain string in a file
// gives the French only, and English readers see it as it is.
struct LocalText {
    std::string fr, en;
    const std::string& in(Language lang) const { return lang == Language::English && !en.empty() ? en : fr; }
    bool empty() const { return fr.empty() && en.empty(); }
    bool operator==(const LocalText&) const = default;
};

enum class Text {
#define SANTEMAP_TEXT_KEY(key, fr, en) key,
    SANTEMAP_TEXTS(SANTEMAP_TEXT_KEY)
#undef SANTEMAP_TEXT_KEY
        Count_
};

const char* tr(Language lang, Text t);
// The key in both languages (for texts the domain builds once and the interface shows later).
LocalText localText(Text t);
// The text with each "{}" replaced by the next argument, in order.
std::string trf(Language lang, Text t, std::initializer_list<std::string_view> args);
LocalText localTextf(Text t, std::initializer_list<std::string_view> args);

}  // namespace app
