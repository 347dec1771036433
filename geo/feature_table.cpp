// Text conversion of attribute values, independent of the user's locale.
#include "feature_table.hpp"

#include <charconv>
#include <cstdlib>

namespace geo {

std::string toText(const Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, *d);  // shortest round-trip, always '.'
        return std::string(buf, r.ptr);
    }
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    return {};
}

void setColumn(FeatureTable& table, const std::string& name, ValueKind kind, std::vector<Value> values) {
    if (auto c = table.fieldIndex(name)) {
        table.fields[*c].kind = kind;
        table.columns[*c] = std::move(values);
        return;
    }
    const char* gdal = kind == ValueKind::Real ? "Real" : kind == ValueKind::Integer ? "Integer64" : "String";
    table.fields.push_back({name, gdal, kind});
    table.columns.push_back(std::move(values));
}

std::optional<double> numberOf(const Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    if (const auto* s = std::get_if<std::string>(&v)) {
        if (s->empty()) return std::nullopt;
        char* end = nullptr;
        double x = std::strtod(s->c_str(), &end);
        if (end && *end == '\0') return x;
    }
    return std::nullopt;
}

}  // namespace geo
