#include "zoning.hpp"

#include <array>

#include "geo/reader.hpp"
#include "geo/source.hpp"
#include "geo/text_search.hpp"

namespace app {

const char* zoneCode(Zone z) {
    switch (z) {
        case Zone::ZIP:
            return "ZIP";
        case Zone::ZAC:
            return "ZAC";
        case Zone::HZ:
            return "HZ";
        case Zone::ZV:
            return "ZV";
    }
    return "";
}

Text zoneText(Zone z) {
    switch (z) {
        case Zone::ZIP:
            return Text::ZoneZip;
        case Zone::ZAC:
            return Text::ZoneZac;
        case Zone::HZ:
            return Text::ZoneOutside;
        case Zone::ZV:
            return Text::ZoneVigilance;
    }
    return Text::ZoneOutside;
}

std::optional<Zone> parseZone(const std::string& text) {
    const std::string t = geo::foldForSearch(text);  // lower case, no accents, single spaces
    if (t == "zip" || t == "zone d intervention prioritaire") return Zone::ZIP;
    if (t == "zac" || t == "zone d action complementaire") return Zone::ZAC;
    if (t == "hz" || t == "hors zonage" || t == "hors zone" || t == "hors classement" || t == "non classe" ||
        t == "non classee")
        return Zone::HZ;
    if (t == "zv" || t == "zone de vigilance") return Zone::ZV;
    return std::nullopt;
}

Zone indicativeZoneFromApl(double apl) {
    if (apl < kAplZipBelow) return Zone::ZIP;
    if (apl <= kAplZacUpTo) return Zone::ZAC;
    return Zone::HZ;
}

std::optional<Zone> ZoningTable::find(const std::string& zoningKey, const std::string& code) const {
    auto it = zones.find(zoningKey + '|' + code);
    if (it == zones.end()) return std::nullopt;
    return it->second;
}

namespace {

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::optional<std::size_t> firstField(const geo::FeatureTable& t, std::initializer_list<const char*> names) {
    for (const char* wanted : names)
        for (std::size_t i = 0; i < t.fields.size(); ++i)
            if (lowerAscii(t.fields[i].name) == wanted) return i;
    return std::nullopt;
}

std::string fieldList(const geo::FeatureTable& t) {
    std::string s;
    for (const auto& f : t.fields) s += (s.empty() ? "" : ", ") + f.name;
    return s;
}

}  // namespace

geo::Result<ZoningTable> readZoningTable(const std::string& source,
                                         const geo::CodeChanges& changes,
                                         geo::Diagnostics& diag) {
    auto src = geo::openSource(source);
    if (!src) return src.error();
    geo::Diagnostics readNotes;  // a CSV without geometry is expected here
    auto layer = geo::readLayer(src.value(), 0, readNotes);
    if (!layer) return layer.error();
    const geo::FeatureTable& t = layer->table;
    auto codeCol =
        firstField(t, {"code_insee", "insee", "codgeo", "code_commune", "depcom", "insee_com", "com", "code"});
    auto zoneCol = firstField(t, {"zonage", "zone", "zonage_mg", "classement", "type_zone", "categorie"});
    auto professionCol = firstField(t, {"profession", "zonage_profession"});
    if (!codeCol || !zoneCol)
        return geo::Error{geo::ErrorCode::BadFormat,
                          "a zoning file needs a commune code column (code_insee, insee, codgeo, depcom...) and a zone "
                          "column (zonage, zone, classement...); its fields are: " +
                              fieldList(t),
                          src->displayName};
    ZoningTable out;
    out.source = src->displayName;
    std::size_t unknown = 0;
    std::string firstUnknown;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const std::string code = geo::toText(t.at(r, *codeCol));
        const std::string value = geo::toText(t.at(r, *zoneCol));
        auto zone = parseZone(value);
        if (code.empty() || !zone) {
            if (unknown++ == 0) firstUnknown = "row " + std::to_string(r + 2) + ": '" + value + "'";
            continue;
        }
        std::string key = professionCol ? geo::toText(t.at(r, *professionCol)) : std::string();
        if (key.empty() || key == "medecin-generaliste" || key == "medecins-generalistes") key = "medecins";
        out.zones[key + '|' + changes.current(code)] = *zone;
    }
    if (unknown > 0)
        diag.warn(src->displayName + ": " + std::to_string(unknown) +
                  " row(s) without a commune code or with an unknown zone value were skipped (first: " + firstUnknown +
                  "; expected ZIP, ZAC, HZ / hors zonage, ZV)");
    if (out.zones.empty())
        return geo::Error{
            geo::ErrorCode::BadFormat, "no row with a commune code and a known zone value", src->displayName};
    return out;
}

}  // namespace app
