#include "territory_layers.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "geo/insee_join.hpp"

namespace app {

namespace {

geo::Result<geo::Layer> readNamed(const CatalogueLayer& entry,
                                  const char* key,
                                  const std::string& dataDir,
                                  geo::Diagnostics& diag) {
    auto it = entry.namedSources.find(key);
    if (it == entry.namedSources.end())
        return geo::Error{geo::ErrorCode::BadFormat,
                          std::string("sources.") + key + " is missing",
                          "catalogue layer '" + entry.id + "'"};
    auto ref = findTable(it->second, dataDir);
    if (!ref) return ref.error();
    return geo::readTable(ref.value(), diag);
}

const char* const kIndicatorColumns[] = {"apl",
                                         "apl_2015",
                                         "apl_2016",
                                         "apl_2017",
                                         "apl_2018",
                                         "apl_2019",
                                         "apl_2021",
                                         "apl_2022",
                                         "apl_2023",
                                         "medecins_generalistes",
                                         "medecins_total",
                                         "temps_urgences_min",
                                         "pct_75_plus",
                                         "pauvrete",
                                         "msp_presente"};

}  // namespace

namespace {

// The indicators of each row (by its row in the indicators table), as numbers; missing stays null
// ("pas de données"); GPs per 10,000 inhabitants; the médecins' zoning, official when loaded,
// otherwise indicative from the APL.
void addIndicatorColumns(geo::Layer& layer,
                         const AidContext& aid,
                         const std::vector<std::optional<std::size_t>>& rows) {
    const std::size_t n = layer.table.rowCount();
    for (const char* name : kIndicatorColumns) {
        std::vector<geo::Value> v(n);
        for (std::size_t r = 0; r < n; ++r)
            if (rows[r])
                if (auto x = aid.communes.number(*rows[r], name)) v[r] = *x;
        geo::setColumn(layer.table, name, geo::ValueKind::Real, std::move(v));
    }
    std::vector<geo::Value> density(n);
    const auto gpCol = layer.table.fieldIndex("medecins_generalistes"), popCol = layer.table.fieldIndex("population");
    for (std::size_t r = 0; r < n; ++r) {
        auto gp = geo::numberOf(layer.table.at(r, *gpCol));
        auto pop = geo::numberOf(layer.table.at(r, *popCol));
        if (gp && pop && *pop > 0) density[r] = *gp / *pop * 10000.0;
    }
    geo::setColumn(layer.table, "mg_pour_10000", geo::ValueKind::Real, std::move(density));
    std::vector<geo::Value> zone(n), zoneSource(n);
    for (std::size_t r = 0; r < n; ++r) {
        if (!rows[r]) continue;
        ZoneInfo z = aid.zoneOf(*rows[r], "medecins");
        if (!z.zone) continue;
        zone[r] = std::string(zoneCode(*z.zone));
        zoneSource[r] = std::string(z.source == "official" ? kOfficialZoningNote : kIndicativeZoningNote);
    }
    geo::setColumn(layer.table, "zonage_mg", geo::ValueKind::String, std::move(zone));
    geo::setColumn(layer.table, "zonage_mg_source", geo::ValueKind::String, std::move(zoneSource));
}

// Doctors per specialty (RPPS, 41 and 45 only: elsewhere unknown, not zero).
geo::Status addRppsColumns(
    geo::Layer& layer, const geo::Layer& rpps, const std::string& name, const AidContext& aid, geo::Diagnostics& diag) {
    const auto c = rpps.table.fieldIndex("code"), s = rpps.table.fieldIndex("specialite"),
               e = rpps.table.fieldIndex("effectif");
    if (!c || !s || !e)
        return geo::Error{geo::ErrorCode::BadFormat, "expected columns code, specialite, effectif", name};
    const geo::CodeChanges& changes = aid.communes.changes();
    std::unordered_map<std::string, double> count;  // profession|code → doctors
    for (std::size_t r = 0; r < rpps.table.rowCount(); ++r) {
        const Profession* p = aid.professions.byRpps(geo::toText(rpps.table.at(r, *s)));
        if (!p) {
            diag.warn(name + ": unknown RPPS specialty '" + geo::toText(rpps.table.at(r, *s)) +
                      "' (add it to data/professions.json)");
            continue;
        }
        count[p->code + '|' + changes.current(geo::toText(rpps.table.at(r, *c)))] +=
            geo::numberOf(rpps.table.at(r, *e)).value_or(0);
    }
    const std::size_t n = layer.table.rowCount();
    const auto codeCol = *layer.table.fieldIndex("code_insee"), depCol = *layer.table.fieldIndex("departement");
    for (const auto& p : aid.professions.professions) {
        if (p.rpps.empty()) continue;
        std::vector<geo::Value> v(n);
        for (std::size_t r = 0; r < n; ++r) {
            const std::string dep = geo::toText(layer.table.at(r, depCol));
            if (dep != "41" && dep != "45") continue;
            auto it = count.find(p.code + '|' + geo::toText(layer.table.at(r, codeCol)));
            v[r] = it == count.end() ? 0.0 : it->second;
        }
        geo::setColumn(layer.table, "rpps_" + p.code, geo::ValueKind::Real, std::move(v));
    }
    return geo::Ok{};
}

// SIRENE practices (COG ~2019 codes mapped to 2026; absent = none).
geo::Status addSireneColumns(geo::Layer& layer,
                             const geo::Layer& sirene,
                             const std::string& name,
                             const AidContext& aid) {
    const auto c = sirene.table.fieldIndex("codecommuneetablissement");
    if (!c) return geo::Error{geo::ErrorCode::BadFormat, "expected column codecommuneetablissement", name};
    const std::size_t n = layer.table.rowCount();
    const auto codeCol = *layer.table.fieldIndex("code_insee");
    for (const auto& p : aid.professions.professions) {
        if (p.sireneColumn.empty()) continue;
        const auto col = sirene.table.fieldIndex(p.sireneColumn);
        if (!col) continue;
        std::unordered_map<std::string, double> count;
        for (std::size_t r = 0; r < sirene.table.rowCount(); ++r)
            count[aid.communes.changes().current(geo::toText(sirene.table.at(r, *c)))] +=
                geo::numberOf(sirene.table.at(r, *col)).value_or(0);
        std::vector<geo::Value> v(n);
        for (std::size_t r = 0; r < n; ++r) {
            auto it = count.find(geo::toText(layer.table.at(r, codeCol)));
            v[r] = it == count.end() ? 0.0 : it->second;
        }
        geo::setColumn(layer.table, "sirene_" + p.code, geo::ValueKind::Real, std::move(v));
    }
    return geo::Ok{};
}

}  // namespace

geo::Result<geo::Layer> buildTerritoryCommunesLayer(const CatalogueLayer& entry,
                                                    const AidContext& aid,
                                                    const std::string& dataDir,
                                                    geo::Diagnostics& diag) {
    auto boundaries = readNamed(entry, "communes", dataDir, diag);
    if (!boundaries) return boundaries.error();
    geo::Diagnostics tableNotes;  // tables without geometry are what these sources are meant to be
    auto popTable = readNamed(entry, "population", dataDir, tableNotes);
    if (!popTable) return popTable.error();
    geo::Diagnostics joinNotes;  // merged communes are expected here, not worth a warning
    auto joined = geo::joinByInseeCode(
        boundaries.value(), popTable.value(), aid.communes.changes(), {"code", "code_insee"}, joinNotes);
    if (!joined) return joined.error();
    geo::Layer layer = std::move(joined.value());
    const auto codeCol = layer.table.fieldIndex("code_insee");
    if (!codeCol || !layer.table.fieldIndex("population") || !layer.table.fieldIndex("departement"))
        return geo::Error{geo::ErrorCode::BadFormat,
                          "expected columns code_insee, population, departement",
                          entry.namedSources.at("population").describe()};
    std::vector<std::optional<std::size_t>> rows(layer.table.rowCount());
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = aid.communes.row(geo::toText(layer.table.at(r, *codeCol)));
    addIndicatorColumns(layer, aid, rows);
    if (entry.namedSources.count("specialties")) {
        auto rpps = readNamed(entry, "specialties", dataDir, tableNotes);
        if (!rpps) return rpps.error();
        auto st = addRppsColumns(layer, rpps.value(), entry.namedSources.at("specialties").describe(), aid, diag);
        if (!st) return st.error();
    }
    if (entry.namedSources.count("sirene")) {
        auto sirene = readNamed(entry, "sirene", dataDir, tableNotes);
        if (!sirene) return sirene.error();
        auto st = addSireneColumns(layer, sirene.value(), entry.namedSources.at("sirene").describe(), aid);
        if (!st) return st.error();
    }
    return layer;
}

bool isOtherProfessionColumn(const std::string& name, const std::vector<std::string>& professions) {
    for (const char* prefix : {"rpps_", "sirene_"})
        if (name.rfind(prefix, 0) == 0)
            return std::find(professions.begin(), professions.end(), name.substr(std::string(prefix).size())) ==
                   professions.end();
    return false;
}

geo::Layer zoningLayerFrom(const geo::Layer& communes) {
    geo::Layer z;
    z.name = "zonage_medecins";
    z.sourceCrsWkt = communes.sourceCrsWkt;
    z.crsLabel = communes.crsLabel;
    z.geometryType = communes.geometryType;
    z.fids = communes.fids;
    z.geometry = communes.geometry;
    for (const char* name : {"code_insee", "nom", "departement", "apl", "zonage_mg", "zonage_mg_source"}) {
        auto c = communes.table.fieldIndex(name);
        if (!c) continue;
        z.table.fields.push_back(communes.table.fields[*c]);
        z.table.columns.push_back(communes.table.columns[*c]);
    }
    return z;
}

geo::Result<geo::Layer> readFileLayer(const CatalogueLayer& entry, const std::string& dataDir, geo::Diagnostics& diag) {
    geo::Layer out;
    bool first = true;
    for (const auto& s : entry.sources) {
        auto ref = findTable(s, dataDir);
        if (!ref) return ref.error();
        auto layer = geo::readTable(ref.value(), diag);
        if (!layer) return layer.error();
        if (first) {
            out = std::move(layer.value());
            out.name = entry.id;
            first = false;
            continue;
        }
        // Append: columns matched by name; a column the first source lacks is dropped.
        for (std::size_t c = 0; c < out.table.fields.size(); ++c) {
            auto other = layer->table.fieldIndex(out.table.fields[c].name);
            for (std::size_t r = 0; r < layer->table.rowCount(); ++r)
                out.table.columns[c].push_back(other ? layer->table.at(r, *other) : geo::Value{});
        }
        for (std::size_t f = 0; f < layer->geometry.featureCount(); ++f) out.geometry.appendFeature(layer->geometry, f);
        for (auto fid : layer->fids) out.fids.push_back(fid);
    }
    return out;
}

geo::Layer listingsLayer(const std::vector<Listing>& listings) {
    geo::Layer layer;
    layer.name = kListingsLayer;
    layer.crsLabel = "EPSG:4326";
    layer.geometryType = "Point";
    struct Col {
        const char* name;
        geo::ValueKind kind;
    };
    const Col cols[] = {{"id", geo::ValueKind::Integer},         {"exemple", geo::ValueKind::String},
                        {"categorie", geo::ValueKind::String},   {"type", geo::ValueKind::String},
                        {"titre", geo::ValueKind::String},       {"professions", geo::ValueKind::String},
                        {"code_insee", geo::ValueKind::String},  {"commune", geo::ValueKind::String},
                        {"position", geo::ValueKind::String},    {"date_debut", geo::ValueKind::String},
                        {"description", geo::ValueKind::String}, {"contact", geo::ValueKind::String},
                        {"telephone", geo::ValueKind::String},   {"email", geo::ValueKind::String},
                        {"capacite", geo::ValueKind::Integer},   {"loyer_min_eur", geo::ValueKind::Real},
                        {"loyer_max_eur", geo::ValueKind::Real}, {"meuble", geo::ValueKind::String},
                        {"vehicule", geo::ValueKind::String},    {"semestres", geo::ValueKind::String},
                        {"service", geo::ValueKind::String},     {"maitre_de_stage", geo::ValueKind::String},
                        {"source", geo::ValueKind::String},      {"mis_a_jour", geo::ValueKind::String}};
    for (const auto& c : cols) {
        layer.table.fields.push_back({c.name,
                                      c.kind == geo::ValueKind::Integer ? "Integer64"
                                      : c.kind == geo::ValueKind::Real  ? "Real"
                                                                        : "String",
                                      c.kind});
        layer.table.columns.emplace_back();
    }
    auto text = [](const std::string& s) { return s.empty() ? geo::Value{} : geo::Value{s}; };
    auto yesNo = [](std::optional<bool> b) { return b ? geo::Value{std::string(*b ? "oui" : "non")} : geo::Value{}; };
    for (const auto& l : listings) {
        std::vector<geo::Value> row = {geo::Value{l.fid},
                                       geo::Value{std::string(l.demo ? "oui" : "non")},
                                       text(l.category),
                                       text(l.kind),
                                       text(l.title),
                                       text(joinCodes(l.professions)),
                                       text(l.communeCode),
                                       text(l.communeName),
                                       geo::Value{std::string(l.atCommuneCentre ? "centre de la commune" : "adresse")},
                                       text(l.startDate),
                                       text(l.description),
                                       text(l.contactName),
                                       text(l.contactPhone),
                                       text(l.contactEmail),
                                       l.capacity ? geo::Value{*l.capacity} : geo::Value{},
                                       l.priceMinEur ? geo::Value{*l.priceMinEur} : geo::Value{},
                                       l.priceMaxEur ? geo::Value{*l.priceMaxEur} : geo::Value{},
                                       yesNo(l.furnished),
                                       yesNo(l.vehicle),
                                       text(l.semesters),
                                       text(l.service),
                                       text(l.supervisor),
                                       text(l.source),
                                       text(l.updatedAt)};
        for (std::size_t c = 0; c < row.size(); ++c) layer.table.columns[c].push_back(std::move(row[c]));
        layer.fids.push_back(l.fid);
        layer.geometry.beginFeature(geo::GeomKind::Point);
        layer.geometry.vertices.push_back(l.lonLat);
        layer.geometry.endRing();
        layer.geometry.endPart();
        layer.geometry.endFeature();
    }
    return layer;
}

}  // namespace app
