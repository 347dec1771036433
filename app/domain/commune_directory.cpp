#include "commune_directory.hpp"

#include "geo/table_ref.hpp"

namespace app {

geo::Result<CommuneDirectory> CommuneDirectory::read(const geo::TableRef& ref,
                                                     const std::string& codeField,
                                                     geo::CodeChanges changes) {
    geo::Diagnostics readNotes;  // tables without geometry are expected here
    auto layer = geo::readTable(ref, readNotes);
    if (!layer) return layer.error();
    auto col = layer->table.fieldIndex(codeField);
    if (!col)
        return geo::Error{geo::ErrorCode::BadFormat, "no commune code column '" + codeField + "'", ref.describe()};
    CommuneDirectory d;
    d.m_layer = std::move(layer.value());
    d.m_changes = std::move(changes);
    for (std::size_t r = 0; r < d.m_layer.table.rowCount(); ++r)
        d.m_rowByCode.emplace(geo::toText(d.m_layer.table.at(r, *col)), r);
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
    return c ? geo::toText(m_layer.table.at(r, *c)) : std::string();
}

std::optional<double> CommuneDirectory::number(std::size_t r, const std::string& field) const {
    auto c = m_layer.table.fieldIndex(field);
    if (!c) return std::nullopt;
    return geo::numberOf(m_layer.table.at(r, *c));
}

std::optional<double> CommuneDirectory::weightedMean(const std::string& field,
                                                     const std::string& weightField,
                                                     const std::string& groupField,
                                                     const std::string& groupValue) const {
    auto c = m_layer.table.fieldIndex(field);
    auto w = m_layer.table.fieldIndex(weightField);
    auto g = groupField.empty() ? std::nullopt : m_layer.table.fieldIndex(groupField);
    if (!c || !w || (!groupField.empty() && !g)) return std::nullopt;
    double num = 0, den = 0;
    for (std::size_t r = 0; r < m_layer.table.rowCount(); ++r) {
        if (g && geo::toText(m_layer.table.at(r, *g)) != groupValue) continue;
        auto x = geo::numberOf(m_layer.table.at(r, *c));
        auto weight = geo::numberOf(m_layer.table.at(r, *w));
        if (!x || !weight) continue;
        num += *x * *weight;
        den += *weight;
    }
    if (den <= 0) return std::nullopt;
    return num / den;
}

std::optional<double> CommuneDirectory::sum(const std::string& field,
                                            const std::string& groupField,
                                            const std::string& groupValue) const {
    auto c = m_layer.table.fieldIndex(field);
    auto g = groupField.empty() ? std::nullopt : m_layer.table.fieldIndex(groupField);
    if (!c || (!groupField.empty() && !g)) return std::nullopt;
    double total = 0;
    bool any = false;
    for (std::size_t r = 0; r < m_layer.table.rowCount(); ++r) {
        if (g && geo::toText(m_layer.table.at(r, *g)) != groupValue) continue;
        if (auto x = geo::numberOf(m_layer.table.at(r, *c))) {
            total += *x;
            any = true;
        }
    }
    if (!any) return std::nullopt;
    return total;
}

}  // namespace app
