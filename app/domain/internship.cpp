#include "internship.hpp"

#include <algorithm>
#include <cmath>

#include "aid_context.hpp"
#include "geo/text_search.hpp"
#include "semesters.hpp"
#include "sheets.hpp"
#include "travel_time.hpp"

namespace app {

namespace {

geo::Error notFound(const std::string& what) { return geo::Error{geo::ErrorCode::NotFound, what, ""}; }

std::string fieldText(const geo::Layer& l, std::size_t f, const char* field) {
    const auto i = l.table.fieldIndex(field);
    return i ? geo::toText(l.table.at(f, *i)) : "";
}

// "Orléans" → "orleans": a faculty's id from its town.
std::string asciiId(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < name.size()) {  // Latin-1 letters in UTF-8: é è ê ë → e...
            const unsigned char d = static_cast<unsigned char>(name[++i]);
            if (d >= 0xA8 && d <= 0xAB)
                out += 'e';
            else if (d >= 0xA0 && d <= 0xA5)
                out += 'a';
            else if (d >= 0xB2 && d <= 0xB6)
                out += 'o';
            else if (d >= 0xB9 && d <= 0xBC)
                out += 'u';
            else if (d >= 0xAC && d <= 0xAF)
                out += 'i';
            else if (d == 0xA7)
                out += 'c';
        }
    }
    return out;
}

// The indicators table's commune centres, by column index: the loops below visit its 35,000 rows,
// and a lookup by name per row would cost more than the distances.
struct CentreColumns {
    std::optional<std::size_t> lon, lat;
    explicit CentreColumns(const geo::FeatureTable& t) : lon(t.fieldIndex("lon")), lat(t.fieldIndex("lat")) {}
    std::optional<geo::Vec2> at(const geo::FeatureTable& t, std::size_t r) const {
        if (!lon || !lat) return std::nullopt;
        const auto x = geo::numberOf(t.at(r, *lon)), y = geo::numberOf(t.at(r, *lat));
        return x && y ? std::optional<geo::Vec2>(geo::Vec2{*x, *y}) : std::nullopt;
    }
};

// The commune of the indicators table (every commune of France) at `row`, as a site at its
// coordinates.
InternshipSite siteOfRow(const TerritoryData& t, std::size_t row) {
    const CommuneDirectory& d = t.aid.communes;
    InternshipSite s;
    s.communeCode = d.text(row, "code");
    s.communeName = d.text(row, "nom");
    s.departement = d.text(row, "dept");
    s.name = s.communeName;
    s.lonLat = {d.number(row, "lon").value_or(NAN), d.number(row, "lat").value_or(NAN)};
    s.population = d.number(row, "pop");
    return s;
}

// The commune under a point: the territory's outlines first; elsewhere in France, the commune
// whose centre is nearest (within 20 km: farther is the sea or abroad).
std::optional<std::size_t> communeRowAt(const TerritoryData& t, geo::Vec2 lonLat) {
    if (auto code = communeAt(t, lonLat))
        if (auto row = t.aid.communes.row(*code)) return row;
    const geo::FeatureTable& table = t.aid.communes.table();
    const CentreColumns centres(table);
    std::optional<std::size_t> best;
    double bestKm = 20;
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        const auto centre = centres.at(table, r);
        if (!centre) continue;
        const double km = haversineKm(lonLat, *centre);
        if (km < bestKm) {
            bestKm = km;
            best = r;
        }
    }
    return best;
}

}  // namespace

geo::Result<InternshipPlaces> loadInternshipPlaces(const Catalogue& catalogue,
                                                   const std::string& dataDir,
                                                   geo::Diagnostics& diag) {
    InternshipPlaces out;
    for (const char* key : {"hospitals", "universities"}) {
        auto table = catalogue.table(key);
        if (!table) return table.error();
        auto ref = findTable(table.value(), dataDir);
        if (!ref) return ref.error();
        auto layer = geo::readTable(ref.value(), diag);
        if (!layer) return layer.error();
        if (std::string(key) == "hospitals") {
            out.hospitals = std::move(layer.value());
            const auto city = out.hospitals.table.fieldIndex("city");
            for (std::size_t f = 0; f < out.hospitals.geometry.featureCount(); ++f)
                out.hospitalSearchText.push_back(
                    geo::foldForSearch(hospitalName(out.hospitals, f) + " " +
                                       (city ? geo::toText(out.hospitals.table.at(f, *city)) : "")));
            continue;
        }
        const geo::Layer& u = layer.value();
        for (std::size_t f = 0; f < u.geometry.featureCount(); ++f) {
            Faculty fac;
            fac.communeName = fieldText(u, f, "commune");
            fac.id = asciiId(fac.communeName);
            fac.name = fieldText(u, f, "libelle");
            fac.lonLat = u.geometry.firstVertex(f);
            out.faculties.push_back(std::move(fac));
        }
    }
    return out;
}

std::string hospitalName(const geo::Layer& h, std::size_t f) {
    const std::string name = fieldText(h, f, "hospital_name"), site = fieldText(h, f, "site_name");
    return site.empty() || site == name ? name : name + " - " + site;
}

std::vector<std::size_t> findHospitals(const InternshipPlaces& places, const std::string& query, std::size_t limit) {
    std::vector<std::string> words;
    const std::string folded = geo::foldForSearch(query);
    for (std::size_t a = 0, b; a < folded.size(); a = b + 1) {
        b = folded.find(' ', a);
        if (b == std::string::npos) b = folded.size();
        if (b > a) words.push_back(folded.substr(a, b - a));
    }
    std::vector<std::size_t> out;
    if (words.empty()) return out;
    for (std::size_t f = 0; f < places.hospitalSearchText.size() && out.size() < limit; ++f) {
        const std::string& text = places.hospitalSearchText[f];
        if (std::all_of(words.begin(), words.end(), [&](const auto& w) { return text.find(w) != std::string::npos; }))
            out.push_back(f);
    }
    return out;
}

geo::Result<InternshipSite> siteOfCommune(const TerritoryData& t, const std::string& code) {
    auto row = t.aid.communes.row(code);
    if (!row) return notFound("unknown commune code '" + code + "' (INSEE code, e.g. 41143)");
    return siteOfRow(t, *row);
}

geo::Result<InternshipSite> siteAtPoint(const TerritoryData& t, geo::Vec2 lonLat) {
    if (!std::isfinite(lonLat.x) || !std::isfinite(lonLat.y) || std::abs(lonLat.x) > 180 || std::abs(lonLat.y) > 90)
        return geo::Error{geo::ErrorCode::BadArgument, "a point needs a longitude and a latitude in degrees", ""};
    auto row = communeRowAt(t, lonLat);
    if (!row) return notFound("no commune of France at " + std::to_string(lonLat.x) + "," + std::to_string(lonLat.y));
    InternshipSite s = siteOfRow(t, *row);
    s.lonLat = lonLat;
    return s;
}

geo::Result<InternshipSite> siteOfListing(const TerritoryData& t, std::int64_t fid) {
    for (const auto& l : t.listings) {
        if (l.fid != fid) continue;
        if (l.category != "stage" && l.category != "structure")
            return geo::Error{geo::ErrorCode::BadArgument,
                              "listing " + std::to_string(fid) + " is a " + l.category +
                                  ", not an internship site or a maison de santé",
                              ""};
        auto s = siteAtPoint(t, l.lonLat);
        if (!s) return s.error();
        s->name = l.title;
        return s;
    }
    return notFound("no listing " + std::to_string(fid) + " in " + t.storeSource + " (see santemap listings list)");
}

geo::Result<InternshipSite> siteOfHospital(const TerritoryData& t,
                                           const InternshipPlaces& places,
                                           const std::string& finess) {
    const geo::Layer& h = places.hospitals;
    for (std::size_t f = 0; f < h.geometry.featureCount(); ++f) {
        if (fieldText(h, f, "finess_et") != finess) continue;
        auto s = siteAtPoint(t, h.geometry.firstVertex(f));
        if (!s) return s.error();
        s->name = hospitalName(h, f);
        return s;
    }
    return notFound("no hospital or clinic with FINESS number '" + finess + "' (9 characters, e.g. 410000020)");
}

namespace {

void rankHousing(const TerritoryData& t, const JourneyQuery& q, Journey& j) {
    for (const auto& l : t.listings) {
        if (l.category != "logement") continue;
        HousingOption h;
        h.listing = &l;
        const TravelEstimate e = estimateTravel(q.site.lonLat, l.lonLat);
        h.km = e.km;
        h.minutes = e.minutes;
        h.semesters = splitCodes(l.semesters);
        if (q.maxMinutes && h.minutes > *q.maxMinutes) continue;
        // A filter keeps what is known to meet it: no rent, no semesters, furnished unknown fail it.
        if (q.maxRentEur && !(l.priceMinEur && *l.priceMinEur <= *q.maxRentEur)) continue;
        if (q.semester && std::find(h.semesters.begin(), h.semesters.end(), *q.semester) == h.semesters.end()) continue;
        if (q.furnishedOnly && l.furnished != true) continue;
        j.housing.push_back(h);
    }
    std::sort(j.housing.begin(), j.housing.end(), [](const HousingOption& a, const HousingOption& b) {
        if (a.minutes != b.minutes) return a.minutes < b.minutes;
        const auto& ra = a.listing->priceMinEur;
        const auto& rb = b.listing->priceMinEur;
        if (ra.has_value() != rb.has_value()) return ra.has_value();
        if (ra && *ra != *rb) return *ra < *rb;
        return a.listing->fid < b.listing->fid;
    });
}

void nearbyPlaces(const TerritoryData& t, const InternshipPlaces& places, const JourneyQuery& q, Journey& j) {
    auto add = [&](const char* kind, const std::string& name, const std::string& commune, geo::Vec2 at) {
        const double minutes = estimateTravel(q.site.lonLat, at).minutes;
        if (minutes > kNearbyMinutes) return;
        if (minutes < 0.01 && name == q.site.name) return;  // the site itself
        j.nearby.push_back({kind, name, commune, minutes});
    };
    const geo::Layer& h = places.hospitals;
    for (std::size_t f = 0; f < h.geometry.featureCount(); ++f)
        add("hopital", hospitalName(h, f), fieldText(h, f, "city"), h.geometry.firstVertex(f));
    const geo::FeatureTable& table = t.aid.communes.table();
    const CentreColumns centres(table);
    const auto msp = table.fieldIndex("msp_presente"), name = table.fieldIndex("nom");
    for (std::size_t r = 0; msp && name && r < table.rowCount(); ++r) {
        if (geo::numberOf(table.at(r, *msp)).value_or(0) != 1) continue;
        const std::string commune = geo::toText(table.at(r, *name));
        if (const auto centre = centres.at(table, r))
            add("msp", trf(Language::French, Text::MspOfCommune, {commune}), commune, *centre);
    }
    for (const auto& l : t.listings)
        if (l.category == "stage" || l.category == "structure")
            add(l.category == "stage" ? "stage" : "msp", l.title, l.communeName, l.lonLat);
    std::sort(j.nearby.begin(), j.nearby.end(), [](const NearbyOption& a, const NearbyOption& b) {
        return a.minutes != b.minutes ? a.minutes < b.minutes : a.name < b.name;
    });
}

}  // namespace

std::size_t timeBand(double minutes) { return minutes <= 10 ? 0 : minutes <= 20 ? 1 : minutes <= 30 ? 2 : 3; }

geo::Result<Journey> planJourney(const TerritoryData& t, const InternshipPlaces& places, const JourneyQuery& q) {
    auto bad = [](const std::string& m) { return geo::Error{geo::ErrorCode::BadArgument, m, ""}; };
    Journey j;
    j.site = q.site;
    j.placement = q.placement;
    j.placement.sitePopulation = q.site.population;
    j.profession = !q.profession.empty()                ? q.profession
                   : q.placement.level == "paramedical" ? "infirmier"
                                                        : "medecin-generaliste";
    const Profession* profession = t.aid.professions.find(j.profession);
    if (!profession) return bad("unknown profession '" + j.profession + "'; known: " + t.aid.professions.codeList());
    if (q.placement.months < 1 || q.placement.months > 24) return bad("a placement lasts 1 to 24 months");
    if (q.semester && !isSemesterCode(*q.semester))
        return bad("a semester is written 2026-S1 (November-April) or 2026-S2 (May-October), not '" + *q.semester +
                   "'");
    if (q.faculty) {
        for (const auto& f : places.faculties)
            if (f.id == *q.faculty) j.faculty = f;
        if (!j.faculty) {
            std::string known;
            for (const auto& f : places.faculties) known += (known.empty() ? "" : ", ") + f.id;
            return bad("unknown faculty '" + *q.faculty + "'; known: " + known);
        }
        j.placement.kmFromFaculty = haversineKm(q.site.lonLat, j.faculty->lonLat);
    }
    if (q.homeCommune) {
        auto home = siteOfCommune(t, *q.homeCommune);
        if (!home) return bad("home commune: " + home.error().message);
        j.placement.kmFromHome = haversineKm(q.site.lonLat, home->lonLat);
    }
    AidPlace place{q.site.communeCode, q.site.departement, {}};
    if (auto row = t.aid.communes.row(q.site.communeCode)) place = t.aid.placeOf(*row, *profession);
    AidProfile profile{j.profession, true, true, q.date, j.placement};
    j.allowances = evaluateAids(t.aid.aids, t.aid.professions, profile, place);
    rankHousing(t, q, j);
    nearbyPlaces(t, places, q, j);
    return j;
}

}  // namespace app
