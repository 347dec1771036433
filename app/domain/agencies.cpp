#include "agencies.hpp"

namespace app {

geo::Result<std::vector<Agency>> agenciesFromJson(const nlohmann::json& j, const std::string& file) {
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, what, file}; };
    if (!j.is_array()) return bad("\"agencies\" must be an array");
    std::vector<Agency> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& e = j[i];
        const std::string at = "agencies[" + std::to_string(i) + "]";
        if (!e.is_object()) return bad(at + " must be an object");
        Agency a;
        a.departement = jsonText(e, "departement");
        a.name = jsonText(e, "name");
        if (a.departement.empty() || a.name.empty()) return bad(at + ": departement and name are required");
        a.web = jsonText(e, "web");
        a.email = jsonText(e, "email");
        a.phone = jsonText(e, "phone");
        a.phoneLabel = jsonLocal(e, "phone_label");
        if (!a.web.empty() && a.web.rfind("https://", 0) != 0 && a.web.rfind("http://", 0) != 0)
            return bad(at + ".web must start with https:// or http://");
        if (!a.email.empty() && a.email.find('@') == std::string::npos) return bad(at + ".email is not an address");
        // Every contact comes from a source: no source, no contact.
        const auto& s = e.contains("source") ? e["source"] : nlohmann::json();
        a.source =
            Provenance{jsonText(s, "source"), jsonText(s, "vintage"), jsonText(s, "licence"), jsonText(s, "url")};
        if ((!a.web.empty() || !a.email.empty() || !a.phone.empty()) && a.source.source.empty())
            return bad(at + ": contacts need their source (source.source)");
        out.push_back(std::move(a));
    }
    return out;
}

const Agency* agencyFor(const std::vector<Agency>& agencies, const std::string& departement) {
    for (const auto& a : agencies)
        if (a.departement == departement) return &a;
    return nullptr;
}

}  // namespace app
