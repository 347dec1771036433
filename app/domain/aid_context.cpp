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

geo::Result<geo::TableRef> findTable(geo::TableRef ref, const std::string& dataDir) {
    auto path = findDataFile(ref.source, dataDir);
    if (!path) return path.error();
    ref.source = path.value();
    return ref;
}

geo::Result<Catalogue> findCatalogue(const std::string& dataDir) {
    auto path = findDataFile(kCatalogueFile, dataDir);
    if (!path) return path.error();
    return readCatalogue(path.value());
}

ZoneInfo AidContext::zoneOf(std::size_t row, const std::string& zoningKey) const {
    const std::string code = communes.text(row, "code");
    if (official)
        if (auto z = official->find(zoningKey, code)) return {z, "official"};
    if (zoningKey == "medecins")
        if (auto apl = communes.number(row, "apl")) return {indicativeZoneFromApl(*apl), "indicative"};
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

namespace {

// The official zoning file the catalogue names (empty when it names none).
geo::Result<std::string> officialZoningOf(const Catalogue& catalogue, const std::string& dataDir) {
    for (const auto& l : catalogue.layers)
        if (l.build == "zoning" && !l.officialSource.empty()) return findDataFile(l.officialSource, dataDir);
    return std::string();
}

}  // namespace

geo::Result<AidContext> loadAidContext(const Catalogue& catalogue,
                                       const std::string& dataDir,
                                       const std::string& zoningFile,
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

    auto changesTable = catalogue.table("code_changes");
    if (!changesTable) return changesTable.error();
    auto changesRef = findTable(changesTable.value(), dataDir);
    if (!changesRef) return changesRef.error();
    auto changes = geo::readCodeChanges(changesRef.value());
    if (!changes) return changes.error();

    auto indicatorsTable = catalogue.table("indicators");
    if (!indicatorsTable) return indicatorsTable.error();
    auto indicatorsRef = findTable(indicatorsTable.value(), dataDir);
    if (!indicatorsRef) return indicatorsRef.error();
    auto communes = CommuneDirectory::read(indicatorsRef.value(), "code", std::move(changes.value()));
    if (!communes) return communes.error();
    ctx.communes = std::move(communes.value());

    auto official = zoningFile.empty() ? officialZoningOf(catalogue, dataDir) : geo::Result<std::string>(zoningFile);
    if (!official) return official.error();
    if (!official->empty()) {
        auto zoning = readZoningTable(official.value(), ctx.communes.changes(), diag);
        if (!zoning) return zoning.error();
        ctx.official = std::move(zoning.value());
    }
    return ctx;
}

geo::Result<AidContext> loadAidContext(const std::string& dataDir,
                                       const std::string& zoningFile,
                                       geo::Diagnostics& diag) {
    auto catalogue = findCatalogue(dataDir);
    if (!catalogue) return catalogue.error();
    return loadAidContext(catalogue.value(), dataDir, zoningFile, diag);
}

}  // namespace app
