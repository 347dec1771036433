#include "listing_import.hpp"

#include <cpl_conv.h>

#include <cmath>
#include <cstring>
#include <map>

#include "geo/checked_number.hpp"
#include "geo/reader.hpp"
#include "geo/source.hpp"
#include "geo/text_search.hpp"

namespace app {

namespace {

// Schema field → the headers accepted for it (compared folded: case, accents, punctuation).
const std::map<std::string, std::vector<std::string>> kAliases = {
    {"category", {"category", "categorie"}},
    {"kind", {"kind", "type", "nature"}},
    {"title", {"title", "titre", "nom", "intitule"}},
    {"professions", {"professions", "profession", "specialite", "specialites"}},
    {"commune_code", {"commune_code", "code_insee", "insee", "code commune", "commune"}},
    {"lon", {"lon", "longitude", "x"}},
    {"lat", {"lat", "latitude", "y"}},
    {"start_date", {"start_date", "date_debut", "debut", "disponible le"}},
    {"description", {"description", "commentaire", "details"}},
    {"contact_name", {"contact_name", "contact", "contact nom"}},
    {"contact_phone", {"contact_phone", "telephone", "tel"}},
    {"contact_email", {"contact_email", "email", "courriel", "mail"}},
    {"contact_public", {"contact_public", "contact public"}},
    {"capacity", {"capacity", "capacite", "places"}},
    {"price_min_eur", {"price_min_eur", "loyer_min", "prix_min"}},
    {"price_max_eur", {"price_max_eur", "loyer_max", "prix_max", "loyer", "prix"}},
    {"furnished", {"furnished", "meuble"}},
    {"vehicle", {"vehicle", "vehicule", "vehicule prete"}},
    {"semesters", {"semesters", "semestres"}},
    {"service", {"service", "lieu de stage"}},
    {"supervisor", {"supervisor", "maitre_de_stage", "maitre de stage"}},
    {"demo", {"demo", "exemple"}},
    {"source", {"source", "provenance"}},
};

std::optional<bool> parseBool(const std::string& s, std::vector<std::string>& problems, const std::string& field) {
    const std::string t = geo::foldForSearch(s);
    if (t.empty()) return std::nullopt;
    if (t == "1" || t == "oui" || t == "o" || t == "yes" || t == "true" || t == "vrai") return true;
    if (t == "0" || t == "non" || t == "n" || t == "no" || t == "false" || t == "faux") return false;
    problems.push_back(field + " : « " + s + " » n'est ni oui ni non");
    return std::nullopt;
}

// A number of a listing within its limits (listing.hpp), else the line's problem, in French: a rent
// of 1e308 € or a capacity of 10^20 places rejects its own line, the others are imported.
std::optional<double> parseNumber(const std::string& s,
                                  std::vector<std::string>& problems,
                                  const std::string& field,
                                  const geo::NumberLimits& limits) {
    if (s.empty()) return std::nullopt;
    double v = 0;
    const geo::NumberIssue issue = geo::readNumber(s, limits, v);
    const std::string quoted = field + " : « " + s + " » ";
    switch (issue) {
        case geo::NumberIssue::None:
            return v;
        case geo::NumberIssue::NotANumber:
            problems.push_back(quoted + "n'est pas un nombre");
            break;
        case geo::NumberIssue::NotWhole:
            problems.push_back(quoted + "n'est pas un nombre entier");
            break;
        case geo::NumberIssue::TooSmall:
            problems.push_back(quoted + "est inférieur à " + geo::numberText(limits.min));
            break;
        case geo::NumberIssue::TooLarge:
            problems.push_back(quoted + "dépasse " + geo::numberText(limits.max));
            break;
    }
    return std::nullopt;
}

class SheetAsTypedList {
public:
    SheetAsTypedList() {
        for (const char* o : kOptions) CPLSetThreadLocalConfigOption(o, std::strstr(o, "HEADERS") ? "FORCE" : "STRING");
    }
    ~SheetAsTypedList() {
        for (const char* o : kOptions) CPLSetThreadLocalConfigOption(o, nullptr);
    }

private:
    static constexpr const char* kOptions[] = {
        "OGR_XLSX_HEADERS", "OGR_XLSX_FIELD_TYPES", "OGR_ODS_HEADERS", "OGR_ODS_FIELD_TYPES"};
};

bool looksLikeCode(const std::string& s) {
    return s.size() == 5 && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '2') &&
           std::isdigit(static_cast<unsigned char>(s[4]));
}

}  // namespace

const std::vector<std::string>& CommuneNames::codesOf(const std::string& name) {
    if (!m_built) {
        for (std::size_t r = 0; r < m_communes.table().rowCount(); ++r)
            m_codesByName[geo::foldForSearch(m_communes.text(r, "nom"))].push_back(m_communes.text(r, "code"));
        m_built = true;
    }
    static const std::vector<std::string> none;
    auto it = m_codesByName.find(geo::foldForSearch(name));
    return it == m_codesByName.end() ? none : it->second;
}

std::vector<std::string> placeInCommune(Listing& l,
                                        const CommuneDirectory& communes,
                                        CommuneNames& names,
                                        bool hasPosition) {
    std::vector<std::string> problems;
    if (l.communeCode.empty()) {
        if (!hasPosition) problems.push_back("ni commune ni position : impossible de placer l'annonce");
        return problems;
    }
    if (!looksLikeCode(l.communeCode)) {
        // A name: accepted when exactly one commune bears it.
        const std::vector<std::string>& matches = names.codesOf(l.communeCode);
        if (matches.size() != 1) {
            problems.push_back(matches.empty() ? "commune « " + l.communeCode + " » inconnue"
                                               : "commune « " + l.communeCode + " » ambiguë (codes " +
                                                     joinCodes(matches) + ") : donnez le code INSEE");
            return problems;
        }
        l.communeCode = matches.front();
    }
    auto row = communes.row(l.communeCode);
    if (!row) {
        problems.push_back("code commune « " + l.communeCode + " » inconnu");
        return problems;
    }
    l.communeCode = communes.text(*row, "code");
    l.communeName = communes.text(*row, "nom");
    if (!hasPosition) {
        auto lon = communes.number(*row, "lon");
        auto lat = communes.number(*row, "lat");
        if (!lon || !lat) {
            problems.push_back("la commune " + l.communeCode + " n'a pas de centre connu : donnez lon et lat");
            return problems;
        }
        l.lonLat = {*lon, *lat};
        l.atCommuneCentre = true;
    }
    return problems;
}

geo::Result<ImportResult> readListingsFile(const std::string& path,
                                           const ProfessionCatalogue& professions,
                                           const CommuneDirectory& communes) {
    geo::Result<geo::Layer> layer = geo::Error{};
    geo::Result<geo::OpenedSource> src = geo::Error{};
    {
        // Lists typed by people: the first row of a sheet is the header even when every cell is
        // text, and cells are read as text (codes keep their zeros). GDAL 3.6 reads sheets lazily,
        // so the options stay set while the layer is read.
        SheetAsTypedList typed;
        src = geo::openSource(path);
        if (!src) return src.error();
        geo::Diagnostics readNotes;  // a spreadsheet without geometry is expected
        layer = geo::readLayer(src.value(), 0, readNotes);
    }
    if (!layer) return layer.error();
    const geo::FeatureTable& t = layer->table;

    ImportResult out;
    std::map<std::string, std::size_t> column;  // schema field → column
    for (std::size_t c = 0; c < t.fields.size(); ++c) {
        const std::string header = geo::foldForSearch(t.fields[c].name);
        bool used = false;
        for (const auto& [field, aliases] : kAliases)
            for (const auto& a : aliases)
                if (!used && !column.count(field) && geo::foldForSearch(a) == header) {
                    column[field] = c;
                    used = true;
                }
        if (!used) out.ignoredColumns.push_back(t.fields[c].name);
    }
    if (!column.count("title") || !column.count("category"))
        return geo::Error{geo::ErrorCode::BadFormat,
                          "the list needs at least a 'titre' (or title) and a 'categorie' (or category) column",
                          src->displayName};

    CommuneNames names(communes);
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        auto get = [&](const char* field) {
            auto it = column.find(field);
            return it == column.end() ? std::string() : geo::toText(t.at(r, it->second));
        };
        std::vector<std::string> problems;
        Listing l;
        l.category = geo::foldForSearch(get("category"));
        l.kind = get("kind");
        for (char& c : l.kind)
            if (c == ' ') c = '-';
        l.title = get("title");
        for (const auto& code : splitCodes(get("professions"))) {
            if (!professions.find(code))
                problems.push_back("profession « " + code + " » inconnue (codes de data/professions.json)");
            else
                l.professions.push_back(code);
        }
        l.communeCode = get("commune_code");
        bool hasPosition = false;
        const auto& g = layer->geometry;
        if (r < g.featureCount() && g.kind[r] == geo::GeomKind::Point) {
            l.lonLat = g.firstVertex(r);
            hasPosition = true;
        } else {
            const std::string lonText = get("lon"), latText = get("lat");
            auto lon = parseNumber(lonText, problems, "lon", kListingLongitude);
            auto lat = parseNumber(latText, problems, "lat", kListingLatitude);
            if (lon && lat) {
                l.lonLat = {*lon, *lat};
                hasPosition = true;
            } else if (lonText.empty() != latText.empty()) {
                // GDAL reads a lon or lat that is not a number (nan, a typo) as empty.
                problems.push_back(std::string(lonText.empty() ? "lon" : "lat") +
                                   " : vide ou pas un nombre (lon et lat vont ensemble)");
            }
        }
        for (auto& p : placeInCommune(l, communes, names, hasPosition)) problems.push_back(std::move(p));
        l.startDate = get("start_date");
        l.description = get("description");
        l.contactName = get("contact_name");
        l.contactPhone = get("contact_phone");
        l.contactEmail = get("contact_email");
        l.contactPublic = parseBool(get("contact_public"), problems, "contact_public").value_or(true);
        if (auto cap = parseNumber(get("capacity"), problems, "capacite", kListingCapacity))
            l.capacity = static_cast<std::int64_t>(*cap);  // checked: a whole number within kListingCapacity
        l.priceMinEur = parseNumber(get("price_min_eur"), problems, "loyer_min", kListingRent);
        l.priceMaxEur = parseNumber(get("price_max_eur"), problems, "loyer_max", kListingRent);
        l.furnished = parseBool(get("furnished"), problems, "meuble");
        l.vehicle = parseBool(get("vehicle"), problems, "vehicule");
        l.semesters = get("semesters");
        normaliseSemesters(l);
        l.service = get("service");
        l.supervisor = get("supervisor");
        l.demo = parseBool(get("demo"), problems, "demo").value_or(false);
        l.source = get("source");
        if (l.source.empty()) l.source = "import " + src->displayName;
        for (auto& p : validateListing(l)) problems.push_back(std::move(p));
        if (problems.empty())
            out.accepted.push_back(std::move(l));
        else
            out.rejected.push_back({r + 2, std::move(problems)});
    }
    return out;
}

}  // namespace app
