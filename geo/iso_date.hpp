// Calendar dates as the data files and the listings write them: YYYY-MM-DD.
#pragma once

#include <string>

namespace geo {

// Years a date of this application can name (aids, listings, placements): outside them a date is
// a typing error (0000-01-01), not a date.
constexpr int kFirstYear = 1900, kLastYear = 2200;

// True for a real calendar date YYYY-MM-DD (2025-02-30 is not; 2024-02-29 is) between kFirstYear
// and kLastYear.
bool isIsoDate(const std::string& s);

}  // namespace geo
