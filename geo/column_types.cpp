// Locale-independent number parsing with std::from_chars, and the column type guess.
#include "column_types.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace geo {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool looksLikeIdentifierName(std::string_view name) {
    const std::string n = lower(name);
    static const char* exact[] = {
        "id", "code",     "insee", "codgeo", "depcom", "com",    "dep", "dept", "departement",    "region", "reg",
        "cp", "postcode", "zip",   "siren",  "siret",  "finess", "uai", "epci", "arrondissement", "canton"};
    for (const char* e : exact)
        if (n == e) return true;
    static const char* parts[] = {"code", "insee", "siren", "siret", "finess", "postal", "postcode", "_id"};
    for (const char* p : parts)
        if (n.find(p) != std::string::npos) return true;
    return n.rfind("id_", 0) == 0;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool hasLeadingZero(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    return s.size() > 1 && s[0] == '0' && std::isdigit(static_cast<unsigned char>(s[1]));
}

}  // namespace

bool parseInteger(std::string_view s, long long& out) {
    s = trim(s);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parseReal(std::string_view s, double& out) {
    s = trim(s);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

ColumnTypeGuess::ColumnTypeGuess(std::string_view fieldName) : m_identifier(looksLikeIdentifierName(fieldName)) {}

void ColumnTypeGuess::feed(std::string_view value) {
    value = trim(value);
    if (value.empty() || m_identifier) return;
    m_seen = true;
    if (hasLeadingZero(value)) {
        // "01001" is a code; "0.5" is still a number.
        if (value.find('.') == std::string_view::npos) m_real = false;
        m_integer = false;
    }
    long long i = 0;
    if (m_integer && !parseInteger(value, i)) m_integer = false;
    if (m_integer && (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())) m_int32 = false;
    double d;
    if (m_real && !m_integer && !parseReal(value, d)) m_real = false;
}

ValueKind ColumnTypeGuess::kind() const {
    if (m_identifier || !m_seen) return ValueKind::String;
    if (m_integer) return ValueKind::Integer;
    if (m_real) return ValueKind::Real;
    return ValueKind::String;
}

std::string ColumnTypeGuess::gdalType() const {
    switch (kind()) {
        case ValueKind::Integer:
            return m_int32 ? "Integer" : "Integer64";
        case ValueKind::Real:
            return "Real";
        default:
            return "String";
    }
}

void convertColumn(std::vector<Value>& column, ValueKind kind) {
    if (kind == ValueKind::String) return;
    for (Value& v : column) {
        const auto* s = std::get_if<std::string>(&v);
        if (!s) continue;
        if (trim(*s).empty()) {
            v = std::monostate{};
        } else if (kind == ValueKind::Integer) {
            long long i = 0;
            parseInteger(*s, i);
            v = static_cast<std::int64_t>(i);
        } else {
            double d = 0;
            parseReal(*s, d);
            v = d;
        }
    }
}

}  // namespace geo
