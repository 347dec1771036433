// Place-name search that forgives what people type: case, accents, hyphens, "st" for "saint",
// prefixes ("romorantin") and small typos ("romorentin").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// Lower case, accents removed, punctuation as spaces, "st"/"ste" spelled out:
// "Saint-Aignan" and "st aignan" both give "saint aignan".
std::string foldForSearch(std::string_view utf8);

class SearchIndex {
public:
    struct Hit {
        std::uint32_t id;
        double score;
    };
    // weight orders equally good matches (a population, for instance); larger first.
    void add(std::uint32_t id, std::string_view name, double weight = 0);
    // Best matches first; every word of the query must match a word of the name.
    std::vector<Hit> search(std::string_view query, std::size_t limit = 10) const;
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::uint32_t id;
        std::vector<std::string> words;
        double weight;
    };
    std::vector<Entry> m_entries;
};

}  // namespace geo
