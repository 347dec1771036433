// The professions and doctors' specialties of data/professions.json.
#pragma once

#include <string>
#include <vector>

#include "geo/result.hpp"
#include "ui_text.hpp"

namespace app {

struct Profession {
    std::string code;  // "medecin-generaliste", "ophtalmologue"...
    LocalText label;
    std::string group;              // medecin, odontologie, maieutique, paramedical, pharmacie
    std::vector<std::string> rpps;  // RPPS savoir-faire labels counted for it
    std::string sireneColumn;       // column of PS_communes.csv counting its practices, or empty
    // Which zoning applies: every doctor falls under the médecins zoning; other professions have
    // their own (not in the open data).
    std::string zoningKey() const { return group == "medecin" ? "medecins" : code; }
};

struct ProfessionCatalogue {
    std::vector<Profession> professions;
    std::vector<std::pair<std::string, std::string>> groups;  // code, French label

    const Profession* find(const std::string& code) const;
    // The profession whose RPPS labels include `savoirFaire`, or nullptr.
    const Profession* byRpps(const std::string& savoirFaire) const;
    // "medecin-generaliste, chirurgien-dentiste, ..." for messages.
    std::string codeList() const;
};

// Reads and checks the file: unique codes, known groups. Errors name the file and the entry.
geo::Result<ProfessionCatalogue> readProfessions(const std::string& path);

}  // namespace app
