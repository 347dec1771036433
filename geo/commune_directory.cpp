#include "commune_directory.hpp"

#include <cstdlib>

#include "table_ref.hpp"

namespace geo {

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

Result<CommuneDirectory> CommuneDirectory::read(const TableRef& ref, const std::string& codeField,
                                                CodeChanges changes) {
    Diagnostics readNotes;  // tables without geometry are expected here
    auto layer = readTable(ref, readNotes);
    if (!layer) return layer.error();
    auto col = layer->table.fieldIndex(codeField);
    if (!col) return Error{ErrorCode::BadFormat, "no commune code column '" + codeField + "'", ref.describe()};
    CommuneDirectory d;
    d.m_layer = std::move(layer.value());
    d.m_changes = std::move(changes);
    for (std::size_t r = 0; r < d.m_layer.table.rowCount(); ++r)
        d.m_rowByCode.emplace(toText(d.m_layer.table.at(r, *col)), r);
    return d;
}

std::optional<std::size_t> CommuneDirectory::row(const std::string& code) const {
    auto it = m_rowByCode.find(code);
    if (it == m_rowByCode.end()) it = m_rowByCode.find(m_changes.current(code));
    if (it == m_rowByCode.end()) return std::nullopt;
    return it->second;
}

std::string CommuneDirectory::text(std::size_t r, const std::string& field) const {
    auto c = m_layer.table.fieldIndex(field);
    return c ? toText(m_layer.table.at(r, *c)) : std::string();
}

std::optional<double> CommuneDirectory::number(std::size_t r, const std::string& field) const {
    auto c = m_layer.table.fieldIndex(field);
    if (!c) return std::nullopt;
    return numberOf(m_layer.table.at(r, *c));
}

std::optional<double> CommuneDirectory::weightedMean(const std::string& field, const std::string& weightField,
                                                     const std::string& groupField,
                                                     const std::string& groupValue) const {
    auto c = m_layer.table.fieldIndex(field);
    auto w = m_layer.table.fieldIndex(weightField);
    auto g = groupField.empty() ? std::nullopt : m_layer.table.fieldIndex(groupField);
    if (!c || !w || (!groupField.empty() && !g)) return std::nullopt;
    double num = 0, den = 0;
    for (std::size_t r = 0; r < m_layer.table.rowCount(); ++r) {
        if (g && toText(m_layer.table.at(r, *g)) != groupValue) continue;
        auto x = numberOf(m_layer.table.at(r, *c));
        auto weight = numberOf(m_layer.table.at(r, *w));
        if (!x || !weight) continue;
        num += *x * *weight;
        den += *weight;
    }
    if (den <= 0) return std::nullopt;
    return num / den;
}

std::optional<double> CommuneDirectory::sum(const std::string& field, const std::string& groupField,
                                            const std::string& groupValue) const {
    auto c = m_layer.table.fieldIndex(field);
    auto g = groupField.empty() ? std::nullopt : m_layer.table.fieldIndex(groupField);
    if (!c || (!groupField.empty() && !g)) return std::nullopt;
    double total = 0;
    bool any = false;
    for (std::size_t r = 0; r < m_layer.table.rowCount(); ++r) {
        if (g && toText(m_layer.table.at(r, *g)) != groupValue) continue;
        if (auto x = numberOf(m_layer.table.at(r, *c))) {
            total += *x;
            any = true;
        }
    }
    if (!any) return std::nullopt;
    return total;
}

}  // namespace geo
