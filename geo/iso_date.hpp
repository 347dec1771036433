// Calendar dates as the data files and the listings write them: YYYY-MM-DD.
#pragma once

#include <string>

namespace geo {

// True for YYYY-MM-DD with a month 01-12 and a day 01-31 (the day is not checked against the month).
bool isIsoDate(const std::string& s);

}  // namespace geo
