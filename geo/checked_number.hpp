// Every number read from a file or an argument goes through one of these checks before it is
// used or converted: no NaN, no infinity, no value outside what the quantity can be, and no
// conversion of a double to an integer that does not fit (1e20 once became a "negative" capacity,
// 1e308 euros -9223372036854775808).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace geo {

struct NumberLimits {
    double min;
    double max;
    bool whole = false;  // an integer is expected
};

enum class NumberIssue { None, NotANumber, NotWhole, TooSmall, TooLarge };

// Reads a decimal number (a comma is taken as the decimal separator, as French files write it);
// "nan", "inf", hexadecimal and trailing text are not numbers. `value` gets the number.
NumberIssue readNumber(std::string_view text, const NumberLimits& limits, double& value);

// The same checks for a number already parsed (a JSON value).
NumberIssue checkNumber(double value, const NumberLimits& limits);

// "'1e+20' is larger than 10000" — `text` as the user wrote it.
std::string describeNumberIssue(NumberIssue issue, std::string_view text, const NumberLimits& limits);

// A number as a user would write it back in a message: 4294967297, 0.5, 1e+308.
std::string numberText(double value);

}  // namespace geo
