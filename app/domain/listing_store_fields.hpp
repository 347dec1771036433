// The listing table's columns, in order (docs/listings.md): one list for creating, checking and
// reading a store.
#pragma once

#include <ogr_core.h>

namespace app {

struct ListingFieldDef {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
};

inline constexpr ListingFieldDef kListingFields[] = {
    {"version", OFTInteger64},
    {"category", OFTString},
    {"kind", OFTString},
    {"title", OFTString},
    {"professions", OFTString},
    {"commune_code", OFTString},
    {"commune_name", OFTString},
    {"at_commune_centre", OFTInteger, OFSTBoolean},
    {"start_date", OFTString},
    {"description", OFTString},
    {"contact_name", OFTString},
    {"contact_phone", OFTString},
    {"contact_email", OFTString},
    {"contact_public", OFTInteger, OFSTBoolean},
    {"capacity", OFTInteger64},
    {"price_min_eur", OFTReal},
    {"price_max_eur", OFTReal},
    {"furnished", OFTInteger, OFSTBoolean},
    {"vehicle", OFTInteger, OFSTBoolean},
    {"semesters", OFTString},
    {"service", OFTString},
    {"supervisor", OFTString},
    {"demo", OFTInteger, OFSTBoolean},
    {"source", OFTString},
    {"updated_at", OFTString},
};

}  // namespace app
