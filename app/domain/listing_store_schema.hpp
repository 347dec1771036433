// The listing store's schema and its version record, the same in a GeoPackage and in PostGIS:
// a store is created whole, an unversioned store of today's schema is adopted and stamped, an
// older one migrated in one transaction, and anything else refused without being altered.
#pragma once

#include <string>

#include "geo/result.hpp"

class GDALDataset;

namespace app {

// The version this build writes; the record lives in table `santemap_store` (key, value), key
// `TABLE.schema_version` (a PostGIS database may hold several listing tables).
constexpr int kListingSchemaVersion = 1;

enum class StoreAccess { ReadWrite, ReadOnly };

// Creates the listings table and the version record in an empty dataset.
geo::Status createListingStoreTables(GDALDataset& ds, const std::string& table, const std::string& context);

// Checks an opened dataset before any listing is read or written. `mayCreate`: the tables may be
// created when neither exists (a PostGIS database being set up; a file store is created only at a
// path that does not exist yet). A read-only store of today's schema is accepted unstamped.
geo::Status prepareListingStore(
    GDALDataset& ds, const std::string& table, const std::string& context, bool mayCreate, StoreAccess access);

}  // namespace app
