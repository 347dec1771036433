#include "take_away.hpp"

#include <algorithm>
#include <cctype>

#include "agencies.hpp"
#include "number_format.hpp"
#include "travel_time.hpp"
#include "zoning.hpp"

namespace app {

std::string percentEncode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80) {
            out += static_cast<char>(c);
        } else if (c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::optional<std::string> qrPayload(const Listing* l, const Agency* agency) {
    // A phone number in a tel: URI: digits and a leading +, nothing else (RFC 3966 global form
    // would need the country code; a French number dials as written).
    auto dialable = [](const std::string& phone) {
        std::string out;
        for (char c : phone)
            if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && out.empty())) out += c;
        return out;
    };
    if (l && l->contactPublic && !l->contactEmail.empty())
        return "mailto:" + l->contactEmail + "?subject=" + percentEncode(l->title);
    if (l && l->contactPublic && !dialable(l->contactPhone).empty()) return "tel:" + dialable(l->contactPhone);
    if (agency && !agency->email.empty())
        return "mailto:" + agency->email + (l ? "?subject=" + percentEncode(l->title) : std::string());
    if (agency && !agency->web.empty()) return agency->web;
    return std::nullopt;
}

std::string aidAmountText(Language lang, const ApplicableAid& a) {
    auto euros = [&](double v) { return trf(lang, Text::Euros, {formatNumber(lang, v, 0)}); };
    if (a.rule->kind == "loan") return trf(lang, Text::LoanOf, {a.amountMax ? euros(*a.amountMax) : ""});
    if (a.rule->kind == "in_kind") return tr(lang, Text::InKind);
    if (!a.amountMax) return tr(lang, Text::DependsOnDuration);
    if (a.zoneUnknown) return trf(lang, Text::ZoneToConfirmAmount, {euros(*a.amountMax)});
    return a.toConfirm ? trf(lang, Text::ToConfirmAmount, {euros(*a.amountMax)}) : euros(*a.amountMax);
}

std::string aidTotalText(Language lang, const AidEvaluation& e) {
    const bool waiting =
        std::any_of(e.aids.begin(), e.aids.end(), [](const auto& a) { return a.zoneUnknown || a.toConfirm; });
    return trf(lang,
               waiting ? Text::MaximumTotalZoneToConfirm : Text::MaximumTotal,
               {trf(lang, Text::Euros, {formatNumber(lang, e.totalMax, 0)})});
}

std::string nearbyPlaceText(Language lang, const NearbyPlace& p) {
    const std::string how =
        trf(lang, Text::DistanceAndTime, {distanceText(lang, p.metres), estimatedMinutesText(lang, p.minutes)});
    const std::string text = p.detail.empty() ? trf(lang, Text::PlaceDistance, {p.name, how})
                                              : trf(lang, Text::PlaceWhereDistance, {p.name, p.detail, how});
    return p.demo ? text + tr(lang, Text::ExampleSuffix) : text;
}

std::string distanceText(Language lang, double metres) {
    return metres < 1000 ? trf(lang, Text::Metres, {formatNumber(lang, metres, 0)})
                         : trf(lang, Text::Kilometres, {formatNumber(lang, metres / 1000, metres < 10000 ? 1 : 0)});
}

namespace {

// The zone, the aids and their total for the profile in the commune.
void zoneAndAids(
    const TerritoryData& t, const std::string& code, const AidProfile& profile, Language lang, TakeAway& s) {
    const Profession* p = t.aid.professions.find(profile.profession);
    const auto row = t.aid.communes.row(code);
    if (!p || !row) return;
    const ZoneInfo z = t.aid.zoneOf(*row, p->zoningKey());
    const std::string what = p->zoningKey() == "medecins" ? tr(lang, Text::DoctorsZoning)
                                                          : trf(lang, Text::ProfessionZoning, {p->label.in(lang)});
    s.zone = z.zone ? trf(lang, Text::LabelValue, {what, tr(lang, zoneText(*z.zone))})
                    : trf(lang, Text::ZoneUnavailable, {what});
    if (z.source == "indicative") s.zoneSource = tr(lang, Text::IndicativeZoning);
    if (z.source == "official") s.zoneSource = tr(lang, Text::OfficialZoningLoaded);
    const Text situation = profile.student             ? Text::ProfileStudent
                           : profile.firstInstallation ? Text::ProfileFirstInstallation
                                                       : Text::ProfileInstallation;
    s.profileLine = trf(lang, situation, {p->label.in(lang)});
    const AidEvaluation e = evaluateAids(t.aid.aids, t.aid.professions, profile, t.aid.placeOf(*row, *p));
    for (const auto& a : e.aids) s.aids.push_back({a.rule->name.in(lang), a.rule->funder, aidAmountText(lang, a)});
    s.totalEurMax = e.totalMax;
    s.total = aidTotalText(lang, e);
}

void nearby(const TerritoryData& t, geo::Vec2 at, std::int64_t exceptFid, Language lang, TakeAway& s) {
    auto line = [&](const NearbyPlace& p) { return nearbyPlaceText(lang, p); };
    for (const auto& h : nearbyListings(t, at, "logement", 40000, 3, exceptFid)) s.nearby.push_back(line(h));
    for (const auto& h : nearbyHospitals(t, at, 3)) s.nearby.push_back(line(h));
}

// The agency, its public contacts after the listing's, the QR code, the sources, the date.
void contactsSourcesDate(
    const TerritoryData& t, const Listing* l, Language lang, const std::string& date, TakeAway& s) {
    const Agency* agency = agencyFor(t.catalogue.agencies, s.departement);
    if (agency) s.agencyName = agency->name;
    if (l && l->contactPublic) {
        for (const std::string* c : {&l->contactName, &l->contactPhone, &l->contactEmail})
            if (!c->empty() && *c != s.agencyName) s.contactLines.push_back(*c);
    }
    if (agency) {
        if (!agency->web.empty()) s.contactLines.push_back(agency->web);
        if (!agency->email.empty()) s.contactLines.push_back(agency->email);
        if (!agency->phone.empty())
            s.contactLines.push_back(trf(lang, Text::LabelValue, {agency->phoneLabel.in(lang), agency->phone}));
    }
    s.qrPayload = qrPayload(l, agency);
    // Where the page's figures come from: the layers it draws on, the listing's own record, the
    // agency's contacts.
    std::vector<std::string> sources;
    auto add = [&](const std::string& src) {
        if (!src.empty() && std::find(sources.begin(), sources.end(), src) == sources.end()) sources.push_back(src);
    };
    for (const char* id : {kCommunesLayer, kZoningLayer, kHospitalsLayer})
        if (const CatalogueLayer* layer = t.catalogue.find(id))
            for (const auto& p : layer->provenance) add(p.source);
    for (const auto& a : s.aids) add(a.funder);
    if (l) add(l->source);
    if (agency) add(agency->source.source);
    s.sources = tr(lang, Text::SourcesLine);
    for (std::size_t i = 0; i < sources.size(); ++i) s.sources += (i ? " · " : "") + sources[i];
    s.date = date;
    s.dateLine = trf(lang, Text::SheetMadeOn, {date, SANTEMAP_VERSION});
}

}  // namespace

geo::Result<TakeAway> takeAwayForListing(
    const TerritoryData& t, std::int64_t fid, AidProfile profile, Language lang, const std::string& date) {
    const auto it = std::find_if(t.listings.begin(), t.listings.end(), [&](const Listing& l) { return l.fid == fid; });
    if (it == t.listings.end())
        return geo::Error{
            geo::ErrorCode::NotFound, "no listing " + std::to_string(fid) + " in the store", t.storeSource};
    const Listing& l = *it;
    TakeAway s;
    s.title = l.title;
    s.what = std::string(tr(lang, categoryText(l.category))) + (l.kind.empty() ? "" : " · " + l.kind);
    std::string who;
    for (const auto& code : l.professions)
        if (const Profession* p = t.aid.professions.find(code)) who += (who.empty() ? "" : ", ") + p->label.in(lang);
    if (!who.empty()) s.forWhom = trf(lang, Text::ForWhom, {who});
    s.communeName = l.communeName;
    s.communeCode = l.communeCode;
    if (auto row = t.aid.communes.row(l.communeCode)) s.departement = t.aid.communes.text(*row, "dept");
    s.lonLat = l.lonLat;
    s.description = l.description;
    s.demo = l.demo;
    // The visitor's profession when the listing is for it, else the listing's own first one.
    if (!l.professions.empty() && (profile.profession.empty() || !l.hasProfession(profile.profession)))
        profile.profession = l.professions.front();
    if (profile.profession.empty()) profile.profession = "medecin-generaliste";
    if (l.category == "opportunite" || l.category == "structure" || l.category == "stage")
        zoneAndAids(t, l.communeCode, profile, lang, s);
    nearby(t, l.lonLat, l.fid, lang, s);
    contactsSourcesDate(t, &l, lang, date, s);
    return s;
}

geo::Result<TakeAway> takeAwayForCommune(
    const TerritoryData& t, const std::string& code, AidProfile profile, Language lang, const std::string& date) {
    const auto row = t.aid.communes.row(code);
    if (!row) return geo::Error{geo::ErrorCode::NotFound, "no commune with INSEE code '" + code + "'", ""};
    TakeAway s;
    s.communeName = t.aid.communes.text(*row, "nom");
    s.communeCode = code;
    s.departement = t.aid.communes.text(*row, "dept");
    s.title = s.communeName;
    s.what = trf(lang, Text::CommuneAndDepartement, {code, s.departement});
    // The indicators table's point: the commune's centre (INSEE's chef-lieu), WGS 84.
    const geo::Box centre = t.aid.communes.layer().geometry.featureBox(*row);
    if (!centre.empty()) s.lonLat = {(centre.minX + centre.maxX) / 2, (centre.minY + centre.maxY) / 2};
    if (profile.profession.empty()) profile.profession = "medecin-generaliste";
    zoneAndAids(t, code, profile, lang, s);
    nearby(t, s.lonLat, -1, lang, s);
    contactsSourcesDate(t, nullptr, lang, date, s);
    return s;
}

}  // namespace app
