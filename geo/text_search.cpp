// Folding by a table of Latin-1 and Latin Extended-A letters; typo tolerance by edit distance.
#include "text_search.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace geo {

namespace {

// Base letter(s) of a code point, lower case; "" for characters that separate words.
std::string baseOf(char32_t c) {
    if (c < 0x80) {
        const char a = static_cast<char>(c);
        if (a >= 'A' && a <= 'Z') return std::string(1, static_cast<char>(a - 'A' + 'a'));
        if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) return std::string(1, a);
        return " ";
    }
    static const struct {
        char32_t from, to;
        const char* base;
    } ranges[] = {
        {0xC0, 0xC5, "a"},    {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},   {0xC8, 0xCB, "e"},   {0xCC, 0xCF, "i"},
        {0xD0, 0xD0, "d"},    {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},   {0xD8, 0xD8, "o"},   {0xD9, 0xDC, "u"},
        {0xDD, 0xDD, "y"},    {0xDF, 0xDF, "ss"},  {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},  {0xE7, 0xE7, "c"},
        {0xE8, 0xEB, "e"},    {0xEC, 0xEF, "i"},   {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},   {0xF8, 0xF8, "o"},
        {0xF9, 0xFC, "u"},    {0xFD, 0xFD, "y"},   {0xFF, 0xFF, "y"},   {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},
        {0x10E, 0x111, "d"},  {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"},
        {0x134, 0x135, "j"},  {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"},
        {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"},
        {0x174, 0x175, "w"},  {0x176, 0x178, "y"}, {0x179, 0x17E, "z"},
    };
    for (const auto& r : ranges)
        if (c >= r.from && c <= r.to) return r.base;
    return " ";
}

std::vector<std::string> words(const std::string& folded) {
    std::vector<std::string> out;
    std::istringstream in(folded);
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

// Edit distance with transpositions, stopping early above `limit`.
int editDistance(std::string_view a, std::string_view b, int limit) {
    const std::size_t n = a.size(), m = b.size();
    if (static_cast<int>(n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

// How well a typed word matches a word of a name: 3 exact, 2 prefix, 1 close (typo), 0 no match.
int wordMatch(const std::string& typed, const std::string& word) {
    if (typed == word) return 3;
    if (word.rfind(typed, 0) == 0) return 2;
    if (typed.size() < 4) return 0;
    const int allowed = typed.size() >= 8 ? 2 : 1;
    // Compare with the word's beginning of about the typed length: a typo in a prefix still matches.
    for (std::size_t len : {typed.size(), typed.size() + 1, typed.size() - 1}) {
        if (len == 0 || len > word.size()) continue;
        if (editDistance(typed, std::string_view(word).substr(0, len), allowed) <= allowed) return 1;
    }
    return 0;
}

}  // namespace

std::string foldForSearch(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xC0 && c < 0xE0 && i + 1 < s.size()) {
            cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            len = 2;
        } else if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
            cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3F);
            len = 3;
        } else if (c >= 0xF0) {
            len = std::min<std::size_t>(4, s.size() - i);
            cp = ' ';
        }
        out += baseOf(cp);
        i += len;
    }
    // Abbreviations people type for saint / sainte.
    std::string result;
    for (const std::string& w : words(out)) {
        if (!result.empty()) result += ' ';
        result += w == "st" ? "saint" : w == "ste" ? "sainte" : w;
    }
    return result;
}

void SearchIndex::add(std::uint32_t id, std::string_view name, double weight) {
    m_entries.push_back({id, words(foldForSearch(name)), weight});
}

std::vector<SearchIndex::Hit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    const std::vector<std::string> typed = words(foldForSearch(query));
    std::vector<Hit> hits;
    if (typed.empty()) return hits;
    for (const Entry& e : m_entries) {
        double score = 0;
        bool all = true;
        for (std::size_t t = 0; t < typed.size() && all; ++t) {
            int best = 0;
            for (std::size_t w = 0; w < e.words.size(); ++w) {
                int m = wordMatch(typed[t], e.words[w]);
                if (m && t == 0 && w == 0) m += 1;  // the name starts with what was typed
                best = std::max(best, m);
            }
            all = best > 0;
            score += best;
        }
        if (!all) continue;
        // Fewer extra words: "Blois" before "Blois-sur-..." for "blois".
        score -= 0.05 * static_cast<double>(e.words.size() - std::min(e.words.size(), typed.size()));
        score += 0.02 * std::log10(1 + std::max(0.0, e.weight));
        hits.push_back({e.id, score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace geo
