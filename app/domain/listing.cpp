#include "listing.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "geo/iso_date.hpp"

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

std::vector<std::string> validateListing(const Listing& l) {
    std::vector<std::string> problems;
    if (!oneOf(l.category, kListingCategories))
        problems.push_back("catégorie inconnue « " + l.category + " » (opportunite, structure, logement, stage)");
    if (l.category == "opportunite" && !oneOf(l.kind, kOpportunityKinds))
        problems.push_back("type d'opportunité inconnu « " + l.kind +
                           " » (cabinet-vacant, msp-recrute, remplacement, association, cession)");
    if (l.category == "structure" && !oneOf(l.kind, kStructureKinds))
        problems.push_back("type de structure inconnu « " + l.kind + " » (msp, centre-sante)");
    if (l.category == "logement" && !oneOf(l.kind, kHousingKinds))
        problems.push_back("type de logement inconnu « " + l.kind + " » (logement-etudiant, logement-interne)");
    if (l.title.empty()) problems.push_back("le titre est vide");
    if (!std::isfinite(l.lonLat.x) || !std::isfinite(l.lonLat.y) || std::abs(l.lonLat.x) > 180 ||
        std::abs(l.lonLat.y) > 90)
        problems.push_back("position hors des coordonnées WGS 84 (longitude, latitude en degrés)");
    if (!l.startDate.empty() && !geo::isIsoDate(l.startDate))
        problems.push_back("date de début « " + l.startDate + " » : format attendu AAAA-MM-JJ");
    if (l.capacity && *l.capacity < 0) problems.push_back("capacité négative");
    for (const auto* p : {&l.priceMinEur, &l.priceMaxEur})
        if (*p && (!std::isfinite(**p) || **p < 0)) problems.push_back("loyer négatif ou invalide");
    if (l.priceMinEur && l.priceMaxEur && *l.priceMinEur > *l.priceMaxEur)
        problems.push_back("loyer minimum supérieur au maximum");
    if (!l.contactEmail.empty() && l.contactEmail.find('@') == std::string::npos)
        problems.push_back("adresse électronique sans « @ »");
    return problems;
}

}  // namespace app
