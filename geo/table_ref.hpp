// One table of a source: a layer chosen by name, optionally with an attribute filter, so that a
// GeoPackage holding several tables (the data pack) serves several layers.
#pragma once

#include <string>

#include "diagnostics.hpp"
#include "layer.hpp"
#include "result.hpp"
#include "source.hpp"

namespace geo {

struct TableRef {
    TableRef() = default;
    // A path alone names its first layer, unfiltered.
    TableRef(std::string source_, std::string layer_ = {}, std::string where_ = {})
        : source(std::move(source_)), layer(std::move(layer_)), where(std::move(where_)) {}

    std::string source;  // a file GDAL reads or a connection string
    std::string layer;   // the layer's name; empty: the source's first layer
    std::string where;   // an OGR SQL WHERE clause (attribute filter); empty: every feature

    // "source", "source (layer)" or "source (layer, where ...)": how messages name the table.
    std::string describe() const;
};

// Keeps only the features of layer `index` that pass an OGR SQL WHERE clause (all when empty).
Status setAttributeFilter(const OpenedSource& source, int index, const std::string& where);

// Reads the table's features: attributes and geometry in the source CRS. Errors name the source
// and say whether the layer is missing or the filter is not valid.
Result<Layer> readTable(const TableRef& ref, Diagnostics& diag);

}  // namespace geo
