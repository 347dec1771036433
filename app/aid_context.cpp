#include "aid_context.hpp"

#include "geo/data_path.hpp"

namespace app {

geo::Result<std::string> findDataFile(const std::string& relative, const std::string& dataDir) {
    auto p = geo::resolveDataPath(relative, dataDir);
    if (!p)
        return geo::Error{geo::ErrorCode::NotFound,
                          "not found in the data search path (--data DIR, $SANTEMAP_DATA, data/, ../shared/data)",
                          relative};
    return *p;
}

ZoneInfo AidContext::zoneOf(std::size_t row, const std::string& zoningKey) const {
    const std::string code = communes.text(row, "code");
    if (official)
        if (auto z = official->find(zoningKey, code)) return {z, "official"};
    if (zoningKey == "medecins")
        if (auto apl = communes.number(row, "apl")) return {geo::indicativeZoneFromApl(*apl), "indicative"};
    return {};
}

AidPlace AidContext::placeOf(std::size_t row, const Profession& profession) const {
    AidPlace place;
    place.code = communes.text(row, "code");
    place.departement = communes.text(row, "dept");
    place.zones["medecins"] = zoneOf(row, "medecins");
    place.zones[profession.zoningKey()] = zoneOf(row, profession.zoningKey());
    return place;
}

geo::Result<AidContext> loadAidContext(const std::string& dataDir, const std::string& zoningFile,
                                       geo::Diagnostics& diag) {
    AidContext ctx;
    auto professionsPath = findDataFile(kProfessionsFile, dataDir);
    if (!professionsPath) return professionsPath.error();
    auto professions = readProfessions(professionsPath.value());
    if (!professions) return professions.error();
    ctx.professions = std::move(professions.value());

    auto aidsPath = findDataFile(kAidsFile, dataDir);
    if (!aidsPath) return aidsPath.error();
    auto aids = readAids(aidsPath.value(), ctx.professions);
    if (!aids) return aids.error();
    ctx.aids = std::move(aids.value());

    auto changesPath = findDataFile(kCodeChangesFile, dataDir);
    if (!changesPath) return changesPath.error();
    auto changes = geo::readCodeChanges(changesPath.value());
    if (!changes) return changes.error();

    auto indicatorsPath = findDataFile(kIndicatorsFile, dataDir);
    if (!indicatorsPath) return indicatorsPath.error();
    auto communes = geo::CommuneDirectory::read(indicatorsPath.value(), "code", changes.value());
    if (!communes) return communes.error();
    ctx.communes = std::move(communes.value());

    if (!zoningFile.empty()) {
        auto zoning = geo::readZoningTable(zoningFile, changes.value(), diag);
        if (!zoning) return zoning.error();
        ctx.official = std::move(zoning.value());
    }
    return ctx;
}

}  // namespace app
