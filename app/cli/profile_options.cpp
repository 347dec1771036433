#include "profile_options.hpp"

#include "geo/iso_date.hpp"

namespace app {

std::optional<std::string> readAidProfile(const Args& args, AidProfile& profile) {
    profile.profession = args.value("profession").value_or("");
    profile.student = args.flag("student");
    if (auto first = args.value("first-installation")) {
        if (*first != "yes" && *first != "no") return "--first-installation wants yes or no (got '" + *first + "')";
        profile.firstInstallation = *first == "yes";
    }
    profile.date = args.value("date").value_or(todayIso());
    if (!geo::isIsoDate(profile.date)) return "--date wants YYYY-MM-DD (got '" + profile.date + "')";
    return std::nullopt;
}

std::optional<std::string> unknownProfession(const TerritoryData& t, const AidProfile& profile) {
    if (profile.profession.empty() || t.aid.professions.find(profile.profession)) return std::nullopt;
    return "unknown profession '" + profile.profession + "'; known: " + t.aid.professions.codeList();
}

std::optional<std::string> readLanguage(const Args& args, Language& lang) {
    const std::string code = args.value("lang").value_or("fr");
    if (code != "fr" && code != "en") return "--lang wants fr or en (got '" + code + "')";
    lang = code == "en" ? Language::English : Language::French;
    return std::nullopt;
}

}  // namespace app
