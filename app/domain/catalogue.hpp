// The layer catalogue (data/catalogue.json): each layer's sources, style, details fields,
// indicators and provenance, as data. Schema: docs/catalogue.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "geo/table_ref.hpp"
#include "professions.hpp"
#include "style.hpp"

namespace app {

struct Provenance {
    std::string source, vintage, licence, url;
};

// A département's attractiveness agency (catalogue "agencies", agencies.hpp): whom a visitor
// contacts, with only what a source gives.
struct Agency {
    std::string departement;        // "41", "45"
    std::string name;               // "Cap Loiret Santé"
    std::string web, email, phone;  // each empty when no source gives it
    LocalText phoneLabel;           // what the number is ("standard du Département du Loiret")
    Provenance source;              // where the contacts come from
};

// The provenance of one table of the data pack: where it was copied from and what was kept.
struct TableProvenance {
    std::string table;
    Provenance provenance;
    std::string origin;   // the file(s) of the public data it comes from
    LocalText selection;  // which rows were kept
};

struct DetailField {
    std::string field;
    LocalText label, unit;
    int decimals = -1;     // -1: as stored
    bool percent = false;  // a ratio shown as a percentage
    bool yesNo = false;    // 1/0 shown as oui/non
};

// A way to colour a polygon layer, offered when it applies to the chosen professions.
struct Indicator {
    std::string id;
    LocalText title, unit, note;
    std::vector<std::string> professions;  // codes, "group:NAME", "*"
    bool higherIsBetter = true;
    std::string fieldPerProfession;  // "rpps_{profession}": one column per profession
    ChoroplethSpec choropleth;       // field may contain {profession}

    bool appliesTo(const Profession& p) const;
    // The choropleth for a profession ({profession} replaced), or the plain one.
    ChoroplethSpec choroplethFor(const std::string& professionCode) const;
};

struct CatalogueLayer {
    std::string id;
    LocalText title;
    std::string group, build;                           // build: territory-communes | zoning | file | listings
    std::map<std::string, geo::TableRef> namedSources;  // territory-communes: its inputs
    std::vector<geo::TableRef> sources;                 // file: one or more tables (concatenated)
    std::string from;                                   // zoning: the communes layer it derives from
    std::string officialSource;                         // zoning: an official zoning file, when the user has one
    bool visible = true;
    LayerStyle style;
    std::string styleJson;  // the style object as written, merged into scenes
    std::string labelField, codeField;
    LocalText note, attribution;
    LocalText indicativeTitle, officialTitle;
    std::vector<DetailField> details;
    std::vector<Indicator> indicators;
    std::vector<Provenance> provenance;
};

struct Catalogue {
    std::string path, title;
    std::vector<CatalogueLayer> layers;
    // Tables read beside the layers: "indicators" (every commune of France), "code_changes",
    // "provenance" (of the data pack's tables).
    std::map<std::string, geo::TableRef> tables;
    std::vector<Agency> agencies;  // the départements' agencies
    const CatalogueLayer* find(const std::string& id) const;
    // The table named `key`, or an error naming the catalogue.
    geo::Result<geo::TableRef> table(const std::string& key) const;
    std::string idList() const;
};

inline constexpr const char* kCatalogueFile = "catalogue.json";

// The catalogue layers the code knows by id (data/catalogue.json): named here, once.
inline constexpr const char* kCommunesLayer = "communes";
inline constexpr const char* kZoningLayer = "zonage-medecins";
inline constexpr const char* kCantonsLayer = "cantons";
inline constexpr const char* kDepartementsLayer = "departements";
inline constexpr const char* kMspLayer = "msp";
inline constexpr const char* kHospitalsLayer = "hopitaux";
inline constexpr const char* kListingsLayer = "annonces";

// Reads and checks the catalogue: unique ids, known builds, valid styles. Errors name the file
// and the layer.
geo::Result<Catalogue> readCatalogue(const std::string& path);

// Reads a provenance table (columns table_name, source, vintage, licence, url, origin, selection
// and selection_en), such as the data pack's.
geo::Result<std::vector<TableProvenance>> readTableProvenance(const geo::TableRef& ref);

}  // namespace app
