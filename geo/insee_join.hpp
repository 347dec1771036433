// Joining commune boundaries (COG 2018 codes) to indicator tables (COG 2026 codes) through the
// table of code changes: merged communes become one feature, never a duplicated population.
#pragma once

#include <string>
#include <unordered_map>

#include "diagnostics.hpp"
#include "layer.hpp"
#include "result.hpp"
#include "table_ref.hpp"

namespace geo {

// Old, delegated and associated commune codes → current commune code.
struct CodeChanges {
    std::unordered_map<std::string, std::string> toCurrent;
    // The current code of any code: itself when it never changed.
    std::string current(const std::string& code) const {
        auto it = toCurrent.find(code);
        return it == toCurrent.end() ? code : it->second;
    }
};

// Reads a table of code changes (columns code_ancien, code_insee_actuel), such as INSEE's
// communes_codes_anciens_vers_actuels.csv.
Result<CodeChanges> readCodeChanges(const TableRef& ref);

struct JoinSpec {
    std::string boundaryCodeField = "code";  // in the boundary layer
    std::string tableCodeField = "code";     // in the table
};

// One feature per current code present among the boundaries: the boundaries that map to it are
// dissolved into one geometry, and the table row with that code supplies the attributes.
// The result has the table's fields plus "codes_anciens" (the boundary codes merged, '|'-separated).
Result<Layer> joinByInseeCode(
    const Layer& boundaries, const Layer& table, const CodeChanges& changes, const JoinSpec& spec, Diagnostics& diag);

}  // namespace geo
