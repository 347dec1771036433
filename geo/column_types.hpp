// Type inference for text columns (CSV): numbers become numbers, codes stay text.
#pragma once

#include <string>
#include <string_view>

#include "feature_table.hpp"

namespace geo {

// Fed every value of a column, tells which type fits them all. A value with a leading zero
// ("01001") or a column named like an identifier (code, insee, siren, finess, postal code...)
// stays String, so INSEE and FINESS codes keep their form.
class ColumnTypeGuess {
public:
    explicit ColumnTypeGuess(std::string_view fieldName);
    void feed(std::string_view value);
    ValueKind kind() const;
    // GDAL's name for the guessed type: "Integer", "Integer64", "Real" or "String".
    std::string gdalType() const;

private:
    bool m_identifier = false;
    bool m_seen = false;
    bool m_integer = true;
    bool m_int32 = true;
    bool m_real = true;
};

// Parses in the C locale whatever the process locale is; false if the whole text is not a number.
bool parseInteger(std::string_view s, long long& out);
bool parseReal(std::string_view s, double& out);

// Converts a column of text values (null or string) to the guessed kind.
void convertColumn(std::vector<Value>& column, ValueKind kind);

}  // namespace geo
