// The sheet a visitor takes away (issue 11), as content: what the printed page says about one
// listing or one commune for the visitor's profile — title, for whom, the commune, its zone and
// the zone's source, the aids and their total, housing and hospitals nearby, the agency's
// contact, the QR code's payload, "EXEMPLE" for a demo record, the sources and the date. The
// page layout (map/take_away_page) draws it; the window's sheets say the same things.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "aids.hpp"
#include "sheets.hpp"
#include "territory.hpp"

namespace app {

struct TakeAwayAid {
    std::string name, funder, amount;  // amount as the sheet shows it ("20 000 €", "prêt 50 000 €")
};

struct TakeAway {
    std::string title;
    std::string what;     // "Opportunités d'installation · cabinet-vacant", or "Commune"
    std::string forWhom;  // "Pour : Médecin généraliste", or empty
    std::string communeName, communeCode, departement;
    geo::Vec2 lonLat;  // where the map excerpt centres (the listing, or the commune's centre)
    std::string description;
    std::string zone;         // "Zonage médecins : Zone d'intervention prioritaire (ZIP)", or why none
    std::string zoneSource;   // "indicatif, calculé à partir de l'APL" / "zonage officiel chargé"
    std::string profileLine;  // "Médecin généraliste, installation (première)"
    std::vector<TakeAwayAid> aids;
    double totalEurMax = 0;
    std::string total;                // "Total maximal : 25 000 €"
    std::vector<std::string> nearby;  // housing, then hospitals, with straight-line distances
    std::string agencyName;
    std::vector<std::string> contactLines;  // public contacts of the listing, then the agency's
    std::optional<std::string> qrPayload;   // null: no public contact anywhere
    bool demo = false;
    std::string sources;   // "Sources : ..." of the figures on the page
    std::string date;      // YYYY-MM-DD the sheet was made
    std::string dateLine;  // "Fiche éditée le 2026-12-02 · SantéMap 0.1.0"
};

// Percent-encoding of a URI component (RFC 3986: letters, digits and -._~ stay as they are).
std::string percentEncode(const std::string& text);

// What the QR code holds, the first that exists: the listing's public e-mail as
// mailto:ADDRESS?subject=TITLE, its public phone as tel:NUMBER, the agency's e-mail, the
// agency's web address. A private contact never counts; nullopt when there is none.
std::optional<std::string> qrPayload(const Listing* listing, const Agency* agency);

// The sheet of a listing (its fid in the store) or of a commune (current INSEE code), for the
// profile; `profile.profession` empty: the listing's first profession, else a GP. Errors: an
// unknown listing or commune, named.
geo::Result<TakeAway> takeAwayForListing(
    const TerritoryData& t, std::int64_t fid, AidProfile profile, Language lang, const std::string& date);
geo::Result<TakeAway> takeAwayForCommune(
    const TerritoryData& t, const std::string& code, AidProfile profile, Language lang, const std::string& date);

// A straight-line distance as the sheets show it ("850 m", "2,0 km", "18 km").
std::string distanceText(Language lang, double metres);
// "Name (commune) — 24 km, ≈ 37 min (estimé)" (with " (exemple)" for a demo record).
std::string nearbyPlaceText(Language lang, const NearbyPlace& p);

// How the sheets show an aid's amount ("prêt 50 000 €", "selon durée", "(zone ?) 5 000 €").
std::string aidAmountText(Language lang, const ApplicableAid& a);
// "Total maximal : 30 000 €"; when aids wait for a zone not known here, says they are not in it.
std::string aidTotalText(Language lang, const AidEvaluation& e);

}  // namespace app
