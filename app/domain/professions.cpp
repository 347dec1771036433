#include "professions.hpp"

#include <set>

#include "json_file.hpp"

namespace app {

const Profession* ProfessionCatalogue::find(const std::string& code) const {
    for (const auto& p : professions)
        if (p.code == code) return &p;
    return nullptr;
}

const Profession* ProfessionCatalogue::byRpps(const std::string& savoirFaire) const {
    for (const auto& p : professions)
        for (const auto& r : p.rpps)
            if (r == savoirFaire) return &p;
    return nullptr;
}

std::string ProfessionCatalogue::codeList() const {
    std::string s;
    for (const auto& p : professions) s += (s.empty() ? "" : ", ") + p.code;
    return s;
}

geo::Result<ProfessionCatalogue> readProfessions(const std::string& path) {
    auto json = readJsonFile(path);
    if (!json) return json.error();
    const auto& j = json.value();
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, what, path}; };
    if (!j.is_object() || !j.contains("professions") || !j["professions"].is_array())
        return bad("expected an object with a \"professions\" array");
    ProfessionCatalogue cat;
    if (j.contains("groups") && j["groups"].is_object())
        for (const auto& [code, label] : j["groups"].items())
            cat.groups.emplace_back(code, label.is_string() ? label.get<std::string>() : code);
    std::set<std::string> seen;
    for (const auto& e : j["professions"]) {
        if (!e.is_object() || !e.contains("code") || !e["code"].is_string() || jsonLocal(e, "label").fr.empty() ||
            !e.contains("group") || !e["group"].is_string())
            return bad("every profession needs a code, a label ({\"fr\", \"en\"}) and a group (entry " + e.dump() +
                       ")");
        Profession p;
        p.code = e["code"].get<std::string>();
        p.label = jsonLocal(e, "label");
        p.group = e["group"].get<std::string>();
        if (!seen.insert(p.code).second) return bad("profession '" + p.code + "' is listed twice");
        bool knownGroup = cat.groups.empty();
        for (const auto& g : cat.groups) knownGroup = knownGroup || g.first == p.group;
        if (!knownGroup) return bad("profession '" + p.code + "' has unknown group '" + p.group + "'");
        p.rpps = jsonTexts(e, "rpps");
        p.sireneColumn = jsonText(e, "sirene");
        cat.professions.push_back(std::move(p));
    }
    if (cat.professions.empty()) return bad("no profession listed");
    return cat;
}

}  // namespace app
