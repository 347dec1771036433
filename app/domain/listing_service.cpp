#include "listing_service.hpp"

#include <algorithm>
#include <cstdlib>

namespace app {

std::string defaultStorePath() {
    if (const char* s = std::getenv("SANTEMAP_STORE"); s && *s) return s;
    std::string base;
    if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x)
        base = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        base = std::string(h) + "/.local/share";
    else
        base = ".";
    return base + "/santemap/annonces.gpkg";
}

namespace {
bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}
}  // namespace

bool ListingFilter::matches(const Listing& l) const {
    if (!includeDemo && l.demo) return false;
    if (!categories.empty() && !contains(categories, l.category)) return false;
    if (!communes.empty() && !contains(communes, l.communeCode)) return false;
    if (!professions.empty() && !l.professions.empty()) {
        bool any = false;
        for (const auto& p : professions) any = any || contains(l.professions, p);
        if (!any) return false;
    }
    return true;
}

Listing publicView(Listing l) {
    if (!l.contactPublic) {
        l.contactName.clear();
        l.contactPhone.clear();
        l.contactEmail.clear();
    }
    return l;
}

}  // namespace app

#include <filesystem>
#include <optional>

#include "aid_context.hpp"
#include "listing_import.hpp"

namespace app {

geo::Result<ListingStore> openListingStore(const std::string& source,
                                           const std::string& dataDir,
                                           std::vector<std::string>& notes,
                                           const AidContext* loaded) {
    const bool isNewDefault = source == defaultStorePath() && !std::filesystem::exists(source);
    auto store = ListingStore::open(source, true);
    if (!store || !isNewDefault) return store;
    // First launch: the demo set, so that the map shows what listings look like.
    auto demo = findDataFile(kDemoListingsFile, dataDir);
    if (!demo) {
        notes.push_back("demo listings not loaded: " + geo::describe(demo.error()));
        return store;
    }
    // The professions and the communes' centres place the demo rows; read them unless given.
    std::optional<AidContext> read;
    if (!loaded) {
        geo::Diagnostics diag;
        auto ctx = loadAidContext(dataDir, "", diag);
        if (!ctx) {
            notes.push_back("demo listings not loaded: " + geo::describe(ctx.error()));
            return store;
        }
        read = std::move(ctx.value());
        loaded = &*read;
    }
    auto rows = readListingsFile(demo.value(), loaded->professions, loaded->communes);
    if (!rows) {
        notes.push_back("demo listings not loaded: " + geo::describe(rows.error()));
        return store;
    }
    auto saved = store->insertAll(rows->accepted);
    if (saved)
        notes.push_back("new listing store " + geo::maskPassword(source) + " with " + std::to_string(saved->size()) +
                        " demo listings (marked « exemple »)");
    return store;
}

}  // namespace app
