// The table of interface text, and "{}" placeholders.
#include "ui_text.hpp"

namespace app {

namespace {

struct Entry {
    const char* fr;
    const char* en;
};

constexpr Entry kTable[] = {
#define SANTEMAP_TEXT_ENTRY(key, fr, en) {fr, en},
    SANTEMAP_TEXTS(SANTEMAP_TEXT_ENTRY)
#undef SANTEMAP_TEXT_ENTRY
};
static_assert(std::size(kTable) == static_cast<std::size_t>(Text::Count_), "one entry per key");

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    auto arg = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 2, "{}") == 0 && arg != args.end()) {
            out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace

const char* tr(Language lang, Text t) {
    const Entry& e = kTable[static_cast<std::size_t>(t)];
    return lang == Language::English ? e.en : e.fr;
}

LocalText localText(Text t) { return {tr(Language::French, t), tr(Language::English, t)}; }

std::string trf(Language lang, Text t, std::initializer_list<std::string_view> args) { return fill(tr(lang, t), args); }

LocalText localTextf(Text t, std::initializer_list<std::string_view> args) {
    return {trf(Language::French, t, args), trf(Language::English, t, args)};
}

}  // namespace app
