// The listings as the application uses them: where the default store lives, the demo set it
// starts with, and the filters shared by the map, the CLI and exports.
#pragma once

#include <string>
#include <vector>

#include "domain/listing.hpp"
#include "domain/listing_store.hpp"

namespace app {

// $SANTEMAP_STORE, else $XDG_DATA_HOME/santemap/annonces.gpkg (~/.local/share/...).
std::string defaultStorePath();

// The demo set shipped with the project (data/demo/annonces-exemple.csv), through the search path.
inline constexpr const char* kDemoListingsFile = "demo/annonces-exemple.csv";

struct ListingFilter {
    std::vector<std::string> categories;   // empty: all
    std::vector<std::string> professions;  // a listing matches if it names one of them, or none
    std::vector<std::string> communes;     // current codes; empty: all
    bool includeDemo = true;

    bool matches(const Listing& l) const;
};

// Contact fields blanked on listings whose contact is not public (public displays, exports).
Listing publicView(Listing l);

}  // namespace app

namespace app {

// Opens the store, creating it when missing; a new *default* store starts with the demo set so
// that a first launch shows something (every record marked demo). `notes` gets what was done.
// `loaded`: the professions and indicators already read, if the caller has them.
struct AidContext;
geo::Result<ListingStore> openListingStore(const std::string& source,
                                           const std::string& dataDir,
                                           std::vector<std::string>& notes,
                                           const AidContext* loaded = nullptr);

}  // namespace app
