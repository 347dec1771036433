// A table keyed by current commune code (the santescope indicators, the INSEE populations...):
// lookups accept 2018, delegated and associated codes, mapped to the current commune.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "insee_join.hpp"
#include "layer.hpp"
#include "result.hpp"

namespace geo {

class CommuneDirectory {
public:
    // Reads a table (any GDAL source) and indexes it by `codeField`.
    static Result<CommuneDirectory> read(const TableRef& ref, const std::string& codeField, CodeChanges changes);

    // The row of the commune with this code (current or former); nullopt when unknown.
    std::optional<std::size_t> row(const std::string& code) const;
    std::string currentCode(const std::string& code) const { return m_changes.current(code); }
    const CodeChanges& changes() const { return m_changes; }

    std::string text(std::size_t row, const std::string& field) const;
    std::optional<double> number(std::size_t row, const std::string& field) const;

    // Population-weighted mean of `field` over the rows whose `groupField` equals `groupValue`
    // (all rows when groupField is empty); rows without a value are left out.
    std::optional<double> weightedMean(const std::string& field, const std::string& weightField,
                                       const std::string& groupField, const std::string& groupValue) const;
    // Sum of `field` over the group.
    std::optional<double> sum(const std::string& field, const std::string& groupField,
                              const std::string& groupValue) const;

    const FeatureTable& table() const { return m_layer.table; }
    const Layer& layer() const { return m_layer; }

private:
    Layer m_layer;
    CodeChanges m_changes;
    std::unordered_map<std::string, std::size_t> m_rowByCode;
};

// Number of a value: integers and reals, and text that parses entirely as a number.
std::optional<double> numberOf(const Value& v);

}  // namespace geo
