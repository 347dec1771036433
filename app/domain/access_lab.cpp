#include "access_lab.hpp"

#include <algorithm>
#include <unordered_set>

#include "geo/table_ref.hpp"

namespace app {

AccessCommunes accessCommunes(const CommuneDirectory& d) {
    AccessCommunes c;
    const auto& t = d.table();
    const auto col = [&](const char* name) { return t.fieldIndex(name); };
    const auto code = col("code"), nom = col("nom"), dept = col("dept"), region = col("region"), pop = col("pop"),
               apl = col("apl"), gps = col("medecins_generalistes"), lat = col("lat"), lon = col("lon");
    if (!code || !lat || !lon) return c;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const std::string dep = dept ? geo::toText(t.at(r, *dept)) : std::string();
        const auto x = geo::numberOf(t.at(r, *lon)), y = geo::numberOf(t.at(r, *lat));
        if (dep.rfind("97", 0) == 0 || !x || !y) continue;  // overseas, or no coordinates
        c.pointOfRow[r] = c.code.size();
        c.directoryRow.push_back(r);
        c.code.push_back(geo::toText(t.at(r, *code)));
        c.name.push_back(nom ? geo::toText(t.at(r, *nom)) : std::string());
        c.departement.push_back(dep);
        c.region.push_back(region ? geo::toText(t.at(r, *region)) : std::string());
        c.lonLat.push_back({*x, *y});
        c.population.push_back(pop ? geo::numberOf(t.at(r, *pop)).value_or(0) : 0);
        c.gps.push_back(gps ? geo::numberOf(t.at(r, *gps)).value_or(0) : 0);
        c.apl.push_back(apl ? geo::numberOf(t.at(r, *apl)) : std::nullopt);
    }
    return c;
}

std::optional<std::size_t> accessPointOf(const AccessCommunes& c, const CommuneDirectory& d, const std::string& code) {
    const auto row = d.row(code);
    if (!row) return std::nullopt;
    auto it = c.pointOfRow.find(*row);
    if (it == c.pointOfRow.end()) return std::nullopt;
    return it->second;
}

geo::Result<std::vector<double>> specialistSupply(const AccessCommunes& c,
                                                  const CommuneDirectory& d,
                                                  const geo::Layer& rpps,
                                                  const Profession& profession) {
    const auto code = rpps.table.fieldIndex("code"), specialty = rpps.table.fieldIndex("specialite"),
               count = rpps.table.fieldIndex("effectif");
    if (!code || !specialty || !count)
        return geo::Error{geo::ErrorCode::BadFormat, "expected columns code, specialite, effectif", rpps.name};
    std::vector<double> supply(c.size(), 0);
    for (std::size_t r = 0; r < rpps.table.rowCount(); ++r) {
        const std::string label = geo::toText(rpps.table.at(r, *specialty));
        if (std::find(profession.rpps.begin(), profession.rpps.end(), label) == profession.rpps.end()) continue;
        if (auto p = accessPointOf(c, d, geo::toText(rpps.table.at(r, *code))))
            supply[*p] += geo::numberOf(rpps.table.at(r, *count)).value_or(0);
    }
    return supply;
}

AccessLab::AccessLab(const AccessCommunes& communes, std::vector<double> supply, AccessParams params, bool calibrate)
    : m_params(std::move(params)), m_calibrated(calibrate) {
    m_catchments = buildCatchments(communes.lonLat, m_params);
    m_baseline = computeAccess(m_catchments, communes.population, std::move(supply));
    m_current = m_baseline;
    m_scale = calibrate ? calibrationConstant(m_baseline.access, communes.population, communes.apl) : 100000.0;
}

geo::Status AccessLab::apply(std::size_t point, const SupplyChange& change) {
    const double after = m_current.supply[point] + change.delta;
    if (after < 0)
        return geo::Error{
            geo::ErrorCode::BadArgument,
            "commune " + change.commune + " has " + std::to_string(static_cast<long long>(m_current.supply[point])) +
                " practitioners in this scenario: removing " + std::to_string(-change.delta) + " is more than it has",
            ""};
    changeSupply(m_catchments, m_current, point, change.delta);
    m_changes.push_back(change);
    m_changePoints.push_back(point);
    return geo::Ok{};
}

bool AccessLab::undo() {
    if (m_changes.empty()) return false;
    changeSupply(m_catchments, m_current, m_changePoints.back(), -m_changes.back().delta);
    m_changes.pop_back();
    m_changePoints.pop_back();
    if (m_changes.empty()) m_current = m_baseline;  // no rounding left behind
    return true;
}

void AccessLab::clear() {
    m_current = m_baseline;
    m_changes.clear();
    m_changePoints.clear();
}

std::vector<std::uint32_t> AccessLab::touched() const {
    std::unordered_set<std::uint32_t> seen;
    std::vector<std::uint32_t> out;
    for (std::size_t j : m_changePoints)
        for (std::uint32_t k = m_catchments.start[j]; k < m_catchments.start[j + 1]; ++k)
            if (seen.insert(m_catchments.other[k]).second) out.push_back(m_catchments.other[k]);
    std::sort(out.begin(), out.end());
    return out;
}

geo::Result<AccessInputs> loadAccessInputs(const AidContext& aid,
                                           const Catalogue& catalogue,
                                           const std::string& dataDir,
                                           const std::string& profession) {
    AccessInputs in;
    in.profession = profession;
    in.communes = accessCommunes(aid.communes);
    if (in.communes.size() == 0)
        return geo::Error{geo::ErrorCode::BadFormat,
                          "the indicators table has no commune with code, lat and lon",
                          "catalogue table 'indicators'"};
    const Profession* p = aid.professions.find(profession);
    std::string specialties;
    for (const auto& q : aid.professions.professions)
        if (!q.rpps.empty()) specialties += (specialties.empty() ? "" : ", ") + q.code;
    if (!p || p->rpps.empty())
        return geo::Error{geo::ErrorCode::BadArgument,
                          "no accessibility for profession '" + profession + "': known are " + specialties,
                          ""};
    in.generalPractice = profession == kGeneralPractice;
    if (in.generalPractice) {
        in.supply = in.communes.gps;
        return in;
    }
    const CatalogueLayer* communes = catalogue.find(kCommunesLayer);
    if (!communes || !communes->namedSources.count("specialties"))
        return geo::Error{geo::ErrorCode::BadFormat, "sources.specialties is missing", "catalogue layer 'communes'"};
    auto ref = findTable(communes->namedSources.at("specialties"), dataDir);
    if (!ref) return ref.error();
    geo::Diagnostics tableNotes;  // a table without geometry is what this source is meant to be
    auto rpps = geo::readTable(ref.value(), tableNotes);
    if (!rpps) return rpps.error();
    auto supply = specialistSupply(in.communes, aid.communes, rpps.value(), *p);
    if (!supply) return supply.error();
    in.supply = std::move(supply.value());
    return in;
}

std::optional<Zone> zoneOfApl(std::optional<double> apl) {
    if (!apl) return std::nullopt;
    return indicativeZoneFromApl(*apl);
}

}  // namespace app
