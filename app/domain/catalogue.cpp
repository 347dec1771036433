#include "catalogue.hpp"

#include <set>

#include "agencies.hpp"
#include "json_file.hpp"
#include "style_json.hpp"

namespace app {

namespace {

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

const std::set<std::string> kBuilds = {"territory-communes", "zoning", "file", "listings"};

// A table is written as a path ("cantons.geojson") or as {"path", "layer", "where"}; a connection
// string never holds a password. Returns what is wrong, prefixed with `at`.
std::optional<std::string> readTableRef(const nlohmann::json& v, const std::string& at, geo::TableRef& out) {
    if (v.is_string())
        out = geo::TableRef{v.get<std::string>(), {}, {}};
    else if (v.is_object() && !jsonText(v, "path").empty())
        out = geo::TableRef{jsonText(v, "path"), jsonText(v, "layer"), jsonText(v, "where")};
    else
        return at + ": expected a path or {\"path\", \"layer\", \"where\"}";
    if (out.source.find("password=") != std::string::npos)
        return at + ": no password in the catalogue (use PG:service=NAME and a pg_service.conf)";
    return std::nullopt;
}

std::optional<std::string> readNamedTables(const nlohmann::json& j,
                                           const std::string& at,
                                           std::map<std::string, geo::TableRef>& out) {
    for (const auto& [key, v] : j.items())
        if (auto err = readTableRef(v, at + "." + key, out[key])) return err;
    return std::nullopt;
}

}  // namespace

bool Indicator::appliesTo(const Profession& p) const {
    for (const auto& want : professions)
        if (want == "*" || want == p.code || (want.rfind("group:", 0) == 0 && want.substr(6) == p.group)) return true;
    return false;
}

ChoroplethSpec Indicator::choroplethFor(const std::string& professionCode) const {
    ChoroplethSpec c = choropleth;
    c.field = replaceAll(c.field, "{profession}", professionCode);
    return c;
}

const CatalogueLayer* Catalogue::find(const std::string& id) const {
    for (const auto& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

geo::Result<geo::TableRef> Catalogue::table(const std::string& key) const {
    auto it = tables.find(key);
    if (it == tables.end())
        return geo::Error{
            geo::ErrorCode::BadFormat, "tables." + key + " is missing (the table it names is needed)", path};
    return it->second;
}

std::string Catalogue::idList() const {
    std::string s;
    for (const auto& l : layers) s += (s.empty() ? "" : ", ") + l.id;
    return s;
}

geo::Result<Catalogue> readCatalogue(const std::string& path) {
    auto json = readJsonFile(path);
    if (!json) return json.error();
    const auto& j = json.value();
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, what, path}; };
    if (!j.is_object() || !j.contains("layers") || !j["layers"].is_array())
        return bad("expected an object with a \"layers\" array");
    Catalogue cat;
    cat.path = path;
    cat.title = jsonText(j, "title");
    if (j.contains("tables")) {
        if (!j["tables"].is_object()) return bad("\"tables\" must be an object of named tables");
        if (auto err = readNamedTables(j["tables"], "tables", cat.tables)) return bad(*err);
    }
    if (j.contains("agencies")) {
        auto agencies = agenciesFromJson(j["agencies"], path);
        if (!agencies) return agencies.error();
        cat.agencies = std::move(agencies.value());
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < j["layers"].size(); ++i) {
        const auto& e = j["layers"][i];
        CatalogueLayer l;
        l.id = jsonText(e, "id");
        const std::string at = "layer '" + (l.id.empty() ? std::to_string(i) : l.id) + "'";
        if (l.id.empty() || !ids.insert(l.id).second) return bad(at + ": missing or repeated id");
        l.title = jsonLocal(e, "title");
        l.group = jsonText(e, "group");
        l.build = jsonText(e, "build");
        if (!kBuilds.count(l.build)) return bad(at + ": build must be territory-communes, zoning, file or listings");
        if (e.contains("sources") && e["sources"].is_object())
            if (auto err = readNamedTables(e["sources"], at + ".sources", l.namedSources)) return bad(*err);
        if (e.contains("sources") && e["sources"].is_array())
            for (const auto& v : e["sources"])
                if (auto err = readTableRef(v, at + ".sources", l.sources.emplace_back())) return bad(*err);
        if (l.build == "file" && l.sources.empty()) return bad(at + ": a file layer needs sources");
        l.from = jsonText(e, "from");
        l.officialSource = jsonText(e, "official_source");
        if (e.contains("visible") && e["visible"].is_boolean()) l.visible = e["visible"].get<bool>();
        if (e.contains("style")) {
            auto style = layerStyleFromJson(e["style"], at + ".style");
            if (!style) return bad(style.error().message);
            l.style = std::move(style.value());
            l.styleJson = e["style"].dump();
        }
        l.style.title = l.title;
        l.labelField = jsonText(e, "label_field");
        l.codeField = jsonText(e, "code_field");
        l.note = jsonLocal(e, "note");
        l.attribution = jsonLocal(e, "attribution");
        l.style.attribution = l.attribution;
        l.indicativeTitle = jsonLocal(e, "indicative_title");
        l.officialTitle = jsonLocal(e, "official_title");
        if (e.contains("details") && e["details"].is_array())
            for (const auto& d : e["details"]) {
                DetailField f;
                f.field = jsonText(d, "field");
                f.label = jsonLocal(d, "label");
                f.unit = jsonLocal(d, "unit");
                if (f.field.empty() || f.label.fr.empty()) return bad(at + ".details: each needs field and label");
                // get<int>() wrapped 4294967297 to 1: checked like every number of a data file.
                auto decimals = jsonCheckedNumber(d, "decimals", geo::NumberLimits{0, 10, true}, at + ".details");
                if (!decimals) return bad(decimals.error().message);
                if (decimals.value()) f.decimals = static_cast<int>(**decimals);
                f.percent = d.value("percent", false);
                f.yesNo = d.value("yes_no", false);
                l.details.push_back(std::move(f));
            }
        if (e.contains("indicators") && e["indicators"].is_array())
            for (const auto& d : e["indicators"]) {
                Indicator ind;
                ind.id = jsonText(d, "id");
                ind.title = jsonLocal(d, "title");
                ind.unit = jsonLocal(d, "unit");
                ind.note = jsonLocal(d, "note");
                ind.professions = jsonTexts(d, "professions");
                ind.higherIsBetter = d.value("higher_is_better", true);
                ind.fieldPerProfession = jsonText(d, "field_per_profession");
                if (ind.id.empty() || ind.title.fr.empty()) return bad(at + ".indicators: each needs id and title");
                auto c = choroplethFromJson(d.contains("choropleth") ? d["choropleth"] : nlohmann::json(),
                                            at + ".indicators." + ind.id + ".choropleth");
                if (!c) return bad(c.error().message);
                ind.choropleth = std::move(c.value());
                l.indicators.push_back(std::move(ind));
            }
        if (e.contains("provenance") && e["provenance"].is_array())
            for (const auto& p : e["provenance"])
                l.provenance.push_back(
                    {jsonText(p, "source"), jsonText(p, "vintage"), jsonText(p, "licence"), jsonText(p, "url")});
        if (l.provenance.empty()) return bad(at + ": provenance is required (source, vintage, licence, url)");
        cat.layers.push_back(std::move(l));
    }
    for (const auto& l : cat.layers)
        if (l.build == "zoning" && !cat.find(l.from)) return bad("layer '" + l.id + "': from names no layer");
    return cat;
}

geo::Result<std::vector<TableProvenance>> readTableProvenance(const geo::TableRef& ref) {
    geo::Diagnostics notes;  // a table without geometry is what this is
    auto layer = geo::readTable(ref, notes);
    if (!layer) return layer.error();
    const auto& t = layer->table;
    auto text = [&](std::size_t r, const char* field) {
        auto c = t.fieldIndex(field);
        return c ? geo::toText(t.at(r, *c)) : std::string();
    };
    if (!t.fieldIndex("table_name") || !t.fieldIndex("source"))
        return geo::Error{
            geo::ErrorCode::BadFormat, "expected columns table_name, source, vintage, licence, url", ref.describe()};
    std::vector<TableProvenance> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        out.push_back({text(r, "table_name"),
                       {text(r, "source"), text(r, "vintage"), text(r, "licence"), text(r, "url")},
                       text(r, "origin"),
                       {text(r, "selection"), text(r, "selection_en")}});
    return out;
}

}  // namespace app
