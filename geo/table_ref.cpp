// Reading a table: open the source, pick the layer, set the attribute filter, read.
#include "table_ref.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "gdal_errors.hpp"
#include "reader.hpp"

namespace geo {

std::string TableRef::describe() const {
    std::string s = maskPassword(source);
    if (!layer.empty() || !where.empty()) {
        s += " (" + (layer.empty() ? std::string("first layer") : layer);
        if (!where.empty()) s += ", where " + where;
        s += ")";
    }
    return s;
}

Status setAttributeFilter(const OpenedSource& source, int index, const std::string& where) {
    if (where.empty()) return Ok{};
    OGRLayer* ogr = source.dataset->GetLayer(index);
    GdalErrorCapture capture;
    if (!ogr || ogr->SetAttributeFilter(where.c_str()) != OGRERR_NONE)
        return Error{ErrorCode::BadArgument,
                     "the filter '" + where + "' is not valid: " +
                         (capture.errors().empty() ? std::string("rejected by GDAL") : capture.firstError()),
                     source.displayName + (ogr ? std::string(" (layer ") + ogr->GetName() + ")" : std::string())};
    return Ok{};
}

Result<Layer> readTable(const TableRef& ref, Diagnostics& diag) {
    auto src = openSource(ref.source);
    if (!src) return src.error();
    int index = 0;
    if (!ref.layer.empty()) {
        auto layers = selectLayers(src.value(), ref.layer);
        if (!layers) return layers.error();
        index = layers->front();
    }
    if (auto st = setAttributeFilter(src.value(), index, ref.where); !st) return st.error();
    return readLayer(src.value(), index, diag);
}

}  // namespace geo
