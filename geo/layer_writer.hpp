// Writing a layer (or the rows of it a filter kept) to CSV, GeoJSON or GeoPackage through GDAL.
// The file appears complete or not at all: it is written beside the target, then renamed.
#pragma once

#include <string>
#include <vector>

#include "layer.hpp"
#include "result.hpp"

namespace geo {

enum class ExportFormat { Csv, GeoJson, Gpkg };

struct WriteOptions {
    ExportFormat format = ExportFormat::GeoJson;
    // CSV for French spreadsheets: UTF-8 byte order mark, ';' separators, decimal commas.
    bool excel = false;
    std::string layerName = "export";
    bool geometry = true;  // false: the attributes only, as a table (the layer's geometry is not read)
};

// Rows `rows` of `layer` (coordinates in WGS 84 longitude/latitude). CSV: points as `lon`,`lat`
// columns, other geometries as a `wkt` column.
Status writeLayer(const Layer& layer,
                  const std::vector<std::size_t>& rows,
                  const std::string& path,
                  const WriteOptions& options);
// Every row of `layer`.
Status writeLayer(const Layer& layer, const std::string& path, const WriteOptions& options);

}  // namespace geo
