// A table keyed by current commune code (the santescope indicators, the INSEE populations...):
// lookups accept 2018, delegated and associated codes, mapped to the current commune.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/insee_join.hpp"
#include "geo/layer.hpp"
#include "geo/result.hpp"

namespace app {

class CommuneDirectory {
public:
    // Reads a table (any GDAL source) and indexes it by `codeField`.
    static geo::Result<CommuneDirectory> read(const geo::TableRef& ref,
                                              const std::string& codeField,
                                              geo::CodeChanges changes);

    // The row of the commune with this code (current or former); nullopt when unknown.
    std::optional<std::size_t> row(const std::string& code) const;
    std::string currentCode(const std::string& code) const { return m_changes.current(code); }
    const geo::CodeChanges& changes() const { return m_changes; }

    std::string text(std::size_t row, const std::string& field) const;
    std::optional<double> number(std::size_t row, const std::string& field) const;

    // Population-weighted mean of `field` over the rows whose `groupField` equals `groupValue`
    // (all rows when groupField is empty); rows without a value are left out.
    std::optional<double> weightedMean(const std::string& field,
                                       const std::string& weightField,
                                       const std::string& groupField,
                                       const std::string& groupValue) const;
    // Sum of `field` over the group.
    std::optional<double> sum(const std::string& field,
                              const std::string& groupField,
                              const std::string& groupValue) const;

    const geo::FeatureTable& table() const { return m_layer.table; }
    const geo::Layer& layer() const { return m_layer; }

private:
    geo::Layer m_layer;
    geo::CodeChanges m_changes;
    std::unordered_map<std::string, std::size_t> m_rowByCode;
};

}  // namespace app
