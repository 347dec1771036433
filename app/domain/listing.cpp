#include "listing.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "geo/iso_date.hpp"
#include "semesters.hpp"

namespace app {

bool Listing::hasProfession(const std::string& code) const {
    return professions.empty() || std::find(professions.begin(), professions.end(), code) != professions.end();
}

std::string joinCodes(const std::vector<std::string>& codes) {
    std::string s;
    for (const auto& c : codes) s += (s.empty() ? "" : "|") + c;
    return s;
}

std::vector<std::string> splitCodes(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text + "|") {
        if (c == '|' || c == ',' || c == ';') {
            while (!cur.empty() && cur.back() == ' ') cur.pop_back();
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else if (!(cur.empty() && c == ' ')) {
            cur += c;
        }
    }
    return out;
}

namespace {

template <std::size_t N>
bool oneOf(const std::string& s, const char* const (&set)[N]) {
    return std::any_of(std::begin(set), std::end(set), [&](const char* k) { return s == k; });
}

}  // namespace

std::vector<std::string> validateListing(const Listing& l, Language lang) {
    std::vector<std::string> problems;
    auto add = [&](Text t, std::initializer_list<std::string_view> args = {}) {
        problems.push_back(trf(lang, t, args));
    };
    if (!oneOf(l.category, kListingCategories)) add(Text::ProblemCategory, {l.category});
    if (l.category == "opportunite" && !oneOf(l.kind, kOpportunityKinds)) add(Text::ProblemOpportunityKind, {l.kind});
    if (l.category == "structure" && !oneOf(l.kind, kStructureKinds)) add(Text::ProblemStructureKind, {l.kind});
    if (l.category == "logement" && !oneOf(l.kind, kHousingKinds)) add(Text::ProblemHousingKind, {l.kind});
    if (l.title.empty()) add(Text::ProblemNoTitle);
    if (!std::isfinite(l.lonLat.x) || !std::isfinite(l.lonLat.y) || std::abs(l.lonLat.x) > 180 ||
        std::abs(l.lonLat.y) > 90)
        add(Text::ProblemPosition);
    if (!l.startDate.empty() && !geo::isIsoDate(l.startDate)) add(Text::ProblemStartDate, {l.startDate});
    if (l.capacity && *l.capacity < 0) add(Text::ProblemCapacity);
    for (const auto* p : {&l.priceMinEur, &l.priceMaxEur})
        if (*p && (!std::isfinite(**p) || **p < 0)) add(Text::ProblemRent);
    if (l.priceMinEur && l.priceMaxEur && *l.priceMinEur > *l.priceMaxEur) add(Text::ProblemRentOrder);
    if (!l.contactEmail.empty() && l.contactEmail.find('@') == std::string::npos) add(Text::ProblemEmail);
    if (!readSemesters(l.semesters).note.empty()) add(Text::ProblemSemesters, {l.semesters});
    return problems;
}

void normaliseSemesters(Listing& l) {
    const SemesterReading r = readSemesters(l.semesters);
    l.semesters = joinCodes(r.codes);
    if (r.note.empty()) return;
    // Stored data speaks French, as the agencies' other records.
    const std::string note = trf(Language::French, Text::SemestersNote, {r.note});
    l.description += (l.description.empty() ? "" : "\n") + note;
}

Text categoryText(const std::string& category) {
    if (category == "opportunite") return Text::CategoryOpportunity;
    if (category == "structure") return Text::CategoryStructure;
    if (category == "logement") return Text::CategoryHousing;
    if (category == "stage") return Text::CategoryInternship;
    return Text::CategoryUnknown;
}

}  // namespace app
