// Columnar attribute storage: one typed column per field, values in feature order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace geo {

// The attribute kinds SantéMap computes with; GDAL's finer types are kept in Field::gdalType.
enum class ValueKind { Integer, Real, String };

// monostate = null (missing value, shown as "pas de données", never as 0).
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Field {
    std::string name;
    std::string gdalType;  // as GDAL names it: String, Integer, Integer64, Real, Date, DateTime...
    ValueKind kind = ValueKind::String;
};

struct FeatureTable {
    std::vector<Field> fields;
    std::vector<std::vector<Value>> columns;  // columns[field][row]

    std::size_t rowCount() const { return columns.empty() ? 0 : columns.front().size(); }
    std::optional<std::size_t> fieldIndex(const std::string& name) const {
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name == name) return i;
        return std::nullopt;
    }
    const Value& at(std::size_t row, std::size_t field) const { return columns[field][row]; }
};

// Replaces the column `name`, or appends it when the table has none (its GDAL type follows `kind`).
// `values` has one value per row.
void setColumn(FeatureTable& table, const std::string& name, ValueKind kind, std::vector<Value> values);

// Number of a value: integers and reals, and text that parses entirely as a number.
std::optional<double> numberOf(const Value& v);

// Text form of a value in the C locale ("" for null); codes keep their leading zeros.
std::string toText(const Value& v);

}  // namespace geo
