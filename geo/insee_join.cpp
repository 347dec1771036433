// Grouping by current code, dissolving with GEOS (UnionCascaded), attaching table rows.
#include "insee_join.hpp"

#include <ogr_geometry.h>

#include <map>
#include <memory>

#include "ogr_geometry.hpp"
#include "table_ref.hpp"

namespace geo {

Result<CodeChanges> readCodeChanges(const TableRef& ref) {
    Diagnostics ignored;
    auto table = readTable(ref, ignored);
    if (!table) return table.error();
    auto oldCol = table->table.fieldIndex("code_ancien");
    auto newCol = table->table.fieldIndex("code_insee_actuel");
    if (!oldCol || !newCol)
        return Error{ErrorCode::BadFormat, "expected columns code_ancien and code_insee_actuel", ref.describe()};
    CodeChanges changes;
    for (std::size_t r = 0; r < table->table.rowCount(); ++r) {
        std::string from = toText(table->table.at(r, *oldCol));
        std::string to = toText(table->table.at(r, *newCol));
        if (!from.empty() && !to.empty()) changes.toCurrent.emplace(std::move(from), std::move(to));
    }
    return changes;
}

Result<Layer> joinByInseeCode(
    const Layer& boundaries, const Layer& table, const CodeChanges& changes, const JoinSpec& spec, Diagnostics& diag) {
    auto bCol = boundaries.table.fieldIndex(spec.boundaryCodeField);
    auto tCol = table.table.fieldIndex(spec.tableCodeField);
    if (!bCol) return Error{ErrorCode::BadArgument, "no field '" + spec.boundaryCodeField + "'", boundaries.name};
    if (!tCol) return Error{ErrorCode::BadArgument, "no field '" + spec.tableCodeField + "'", table.name};

    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t r = 0; r < table.table.rowCount(); ++r) rowOf.emplace(toText(table.table.at(r, *tCol)), r);

    // Current code → boundary features, in order of first appearance.
    std::map<std::string, std::vector<std::size_t>> groups;
    std::vector<std::string> order;
    for (std::size_t f = 0; f < boundaries.geometry.featureCount(); ++f) {
        const std::string code = changes.current(toText(boundaries.table.at(f, *bCol)));
        auto [it, inserted] = groups.try_emplace(code);
        if (inserted) order.push_back(code);
        it->second.push_back(f);
    }

    Layer out;
    out.name = boundaries.name;
    out.sourceCrsWkt = boundaries.sourceCrsWkt;
    out.crsLabel = boundaries.crsLabel;
    out.geometryType = boundaries.geometryType;
    out.table.fields = table.table.fields;
    out.table.fields.push_back({"codes_anciens", "String", ValueKind::String});
    out.table.columns.resize(out.table.fields.size());
    const std::size_t oldCodesCol = out.table.fields.size() - 1;

    std::size_t unmatched = 0, merged = 0;
    std::string firstUnmatched;
    GeometryIssues issues;
    for (const std::string& code : order) {
        const auto& members = groups[code];
        auto row = rowOf.find(code);
        for (std::size_t c = 0; c < table.table.fields.size(); ++c) {
            Value v = row != rowOf.end() ? table.table.at(row->second, c) : Value{};
            if (c == *tCol && row == rowOf.end()) v = code;
            out.table.columns[c].push_back(std::move(v));
        }
        std::string oldCodes;
        for (std::size_t f : members) {
            if (!oldCodes.empty()) oldCodes += '|';
            oldCodes += toText(boundaries.table.at(f, *bCol));
        }
        out.table.columns[oldCodesCol].push_back(oldCodes);
        out.fids.push_back(static_cast<std::int64_t>(out.fids.size()));
        if (row == rowOf.end() && unmatched++ == 0) firstUnmatched = code;

        if (members.size() == 1 || boundaries.geometry.kind[members[0]] != GeomKind::Polygon) {
            out.geometry.appendFeature(boundaries.geometry, members[0]);
            continue;
        }
        ++merged;
        OGRMultiPolygon all;
        for (std::size_t f : members) {
            auto g = toOgrMultiPolygon(boundaries.geometry, f);
            for (const OGRPolygon* p : *g) all.addGeometry(p);
        }
        std::unique_ptr<OGRGeometry> dissolved(all.UnionCascaded());
        appendFeatureGeometry(dissolved ? dissolved.get() : &all, out.geometry, issues);
    }
    if (unmatched)
        diag.warn(boundaries.name + ": " + std::to_string(unmatched) + " communes (first " + firstUnmatched +
                  ") have no row in " + table.name + " (their values are null)");
    if (merged)
        diag.warn(boundaries.name + ": " + std::to_string(merged) +
                  " current communes are made of several former communes (boundaries dissolved)");
    return out;
}

}  // namespace geo
