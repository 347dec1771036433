// One feature loop serves both whole-layer reads and streaming descriptions.
#include "reader.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <filesystem>

#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

#include "column_types.hpp"
#include "crs.hpp"
#include "gdal_errors.hpp"
#include "memory_estimate.hpp"
#include "ogr_geometry.hpp"
#include "projection.hpp"
#include "shapefile_check.hpp"
#include "utf8.hpp"

namespace geo {

Result<std::vector<int>> selectLayers(const OpenedSource& source, const std::string& only) {
    std::vector<int> out;
    GDALDataset& ds = *source.dataset;
    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        OGRLayer* layer = ds.GetLayer(i);
        if (only.empty() || (layer && only == layer->GetName())) out.push_back(i);
    }
    if (!only.empty() && out.empty()) {
        // PostGIS and GPKG can hide some tables from the listing: ask by name too.
        if (OGRLayer* byName = ds.GetLayerByName(only.c_str())) {
            for (int i = 0; i < ds.GetLayerCount(); ++i)
                if (ds.GetLayer(i) == byName) out.push_back(i);
        }
    }
    if (!only.empty() && out.empty()) {
        std::string names;
        for (int i = 0; i < ds.GetLayerCount() && i < 20; ++i)
            names += std::string(names.empty() ? "" : ", ") + ds.GetLayer(i)->GetName();
        return Error{
            ErrorCode::BadArgument, "no layer named '" + only + "' (layers: " + names + ")", source.displayName};
    }
    return out;
}

namespace {

const char* fieldTypeName(const OGRFieldDefn& defn) { return OGRFieldDefn::GetFieldTypeName(defn.GetType()); }

ValueKind kindOf(OGRFieldType t) {
    switch (t) {
        case OFTInteger:
        case OFTInteger64:
            return ValueKind::Integer;
        case OFTReal:
            return ValueKind::Real;
        default:
            return ValueKind::String;
    }
}

// Reads a field as a value; dates as ISO 8601 text.
Value readValue(OGRFeature& f, int i, OGRFieldType t) {
    if (!f.IsFieldSetAndNotNull(i)) return std::monostate{};
    switch (t) {
        case OFTInteger:
        case OFTInteger64:
            return static_cast<std::int64_t>(f.GetFieldAsInteger64(i));
        case OFTReal:
            return f.GetFieldAsDouble(i);
        case OFTDate: {
            int y, m, d, h, mi, tz;
            float s;
            f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz);
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
            return std::string(buf);
        }
        case OFTDateTime: {
            int y, m, d, h, mi, tz;
            float s;
            f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz);
            char buf[48];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, h, mi, static_cast<int>(s));
            std::string out = buf;
            // GDAL's time zone flag: 100 = UTC, each unit away from it is 15 minutes.
            if (tz == 100) {
                out += "Z";
            } else if (tz > 1) {
                const int minutes = (tz - 100) * 15;
                std::snprintf(buf,
                              sizeof buf,
                              "%c%02d:%02d",
                              minutes < 0 ? '-' : '+',
                              std::abs(minutes) / 60,
                              std::abs(minutes) % 60);
                out += buf;
            }
            return out;
        }
        default:
            return std::string(f.GetFieldAsString(i));
    }
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Scan {
    Layer layer;
    GeometryIssues issues;
    std::vector<ColumnTypeGuess> guesses;  // CSV text columns only
    std::vector<std::size_t> nonUtf8;      // per field
    Box sourceExtent;
    std::int64_t featureCount = 0;
    std::vector<std::string> gdalWarnings;  // as GDAL said them while reading
};

// The feature loop. With keep=false each feature is dropped after it is measured, and
// `perFeature` sees its geometry first (used to extend the lon/lat extent).
template <typename PerFeature>
Status scanLayer(OGRLayer& ogr, bool csv, bool keep, Scan& scan, const std::string& context, PerFeature perFeature) {
    // Errors are caught from the first call: some drivers read the whole file when first asked for
    // the layer's columns (GDAL's XLSX parses the sheet then, and a malformed one lost its rows).
    GdalErrorCapture capture;
    OGRFeatureDefn* defn = ogr.GetLayerDefn();
    const int nFields = defn->GetFieldCount();
    std::vector<OGRFieldType> types(nFields);
    std::vector<bool> guessed(nFields, false);
    scan.nonUtf8.assign(nFields, 0);
    for (int i = 0; i < nFields; ++i) {
        OGRFieldDefn* fd = defn->GetFieldDefn(i);
        types[i] = fd->GetType();
        scan.layer.table.fields.push_back({fd->GetNameRef(), fieldTypeName(*fd), kindOf(types[i])});
        scan.guesses.emplace_back(fd->GetNameRef());
        guessed[i] = csv && types[i] == OFTString;
    }
    scan.layer.table.columns.resize(nFields);

    ogr.ResetReading();
    const MemoryGuard guard;  // a read into memory stops cleanly at the process's limit
    for (;;) {
        std::unique_ptr<OGRFeature> f(ogr.GetNextFeature());
        if (!f) break;
        ++scan.featureCount;
        if (keep && scan.featureCount % 1024 == 0)
            if (auto fits = guard.check(context, scan.featureCount); !fits) return fits.error();
        if (keep) scan.layer.fids.push_back(f->GetFID());
        for (int i = 0; i < nFields; ++i) {
            Value v = readValue(*f, i, types[i]);
            if (auto* s = std::get_if<std::string>(&v)) {
                if (!isValidUtf8(*s)) {
                    ++scan.nonUtf8[i];
                    *s = latin1ToUtf8(*s);
                }
                if (guessed[i]) scan.guesses[i].feed(*s);
            }
            if (keep) scan.layer.table.columns[i].push_back(std::move(v));
        }
        LayerGeometry& g = scan.layer.geometry;
        const std::size_t firstVertex = g.vertices.size();
        appendFeatureGeometry(f->GetGeometryRef(), g, scan.issues);
        for (std::size_t v = firstVertex; v < g.vertices.size(); ++v)
            scan.sourceExtent.expand(g.vertices[v].x, g.vertices[v].y);
        perFeature(g, firstVertex);
        if (!keep) g = LayerGeometry{};
    }
    // GDAL's warnings while reading say what it changed (a value of the wrong type read as empty):
    // each is passed on once, never dropped.
    for (const auto& w : capture.warnings()) scan.gdalWarnings.push_back(w);
    // A read error in the middle of a file (truncated data) must not pass for the end of the layer.
    if (!capture.errors().empty())
        return Error{
            ErrorCode::BadFormat,
            "read error after " + plural(scan.featureCount, "feature", "features") + ": " + capture.firstError(),
            context};
    for (int i = 0; i < nFields; ++i) {
        if (!guessed[i]) continue;
        Field& field = scan.layer.table.fields[i];
        field.kind = scan.guesses[i].kind();
        field.gdalType = scan.guesses[i].gdalType();
        if (keep) convertColumn(scan.layer.table.columns[i], field.kind);
    }
    return Ok{};
}

void reportIssues(const Scan& scan, const std::string& context, bool csv, bool hasGeometryColumn, Diagnostics& diag) {
    const GeometryIssues& gi = scan.issues;
    for (const auto& w : scan.gdalWarnings) diag.warn(context + ": " + w);
    if (scan.featureCount == 0) diag.warn(context + ": the layer is empty (0 features)");
    if (csv && !hasGeometryColumn)
        diag.warn(context +
                  ": no geometry column found (looked for lon/lat, x/y and WKT columns; name them with "
                  "--x/--y or --wkt): read as a table");
    else if (hasGeometryColumn) {
        if (gi.nullGeometries)
            diag.warn(context + ": " + plural(gi.nullGeometries, "feature has", "features have") +
                      " no geometry (kept in the table, not drawn)");
        if (gi.emptyGeometries)
            diag.warn(context + ": " + plural(gi.emptyGeometries, "feature has", "features have") +
                      " an empty geometry (skipped on the map)");
    }
    if (gi.unclosedRings)
        diag.warn(context + ": " + plural(gi.unclosedRings, "ring was", "rings were") + " not closed (closed)");
    if (gi.degenerateRings)
        diag.warn(context + ": " + plural(gi.degenerateRings, "ring has", "rings have") +
                  " fewer than 3 distinct vertices (dropped)");
    if (gi.droppedMixedParts)
        diag.warn(context + ": " + plural(gi.droppedMixedParts, "part", "parts") +
                  " of collections mix points, lines and polygons (only the first kind is kept)");
    if (gi.nonFiniteVertices)
        diag.warn(context + ": " + plural(gi.nonFiniteVertices, "feature has", "features have") +
                  " NaN or infinite coordinates (geometry skipped)");
    for (std::size_t i = 0; i < scan.nonUtf8.size(); ++i)
        if (scan.nonUtf8[i])
            diag.warn(context + ": field '" + scan.layer.table.fields[i].name +
                      "': " + plural(scan.nonUtf8[i], "value is", "values are") + " not UTF-8 (decoded as Latin-1)");
}

bool isCsv(const OpenedSource& source) { return source.driver == "CSV"; }

// The .shp of a Shapefile layer: the source itself, or the layer's file in a folder of them.
std::string shpOf(const OpenedSource& source, OGRLayer& layer) {
    std::string shp = source.displayName;
    std::error_code ec;
    if (std::filesystem::is_directory(shp, ec)) shp = (std::filesystem::path(shp) / layer.GetName()).string() + ".shp";
    return shp;
}

void warnShapefileMismatches(const OpenedSource& source, OGRLayer& layer, Diagnostics& diag) {
    if (source.driver != "ESRI Shapefile") return;
    for (auto& w : shapefileMismatches(shpOf(source, layer))) diag.warn(std::move(w));
}

// A .prj that GDAL could not read is an error for every command alike (info once showed GDAL's
// raw text, --load refused it): the CRS must not be guessed when the file declares one.
Status checkShapefileCrs(const OpenedSource& source, OGRLayer& layer) {
    if (source.driver != "ESRI Shapefile" || layer.GetSpatialRef()) return Ok{};
    const std::string prj = prjOf(shpOf(source, layer));
    if (prj.empty()) return Ok{};
    return Error{ErrorCode::BadCrs,
                 "its coordinate system (.prj) cannot be read: fix it or remove it (without a .prj the CRS is "
                 "guessed from the coordinates)",
                 prj};
}

std::string layerContext(const OpenedSource& source, OGRLayer& layer) {
    return source.displayName + " (layer " + layer.GetName() + ")";
}

}  // namespace

Result<Layer> readLayer(const OpenedSource& source, int index, Diagnostics& diag) {
    OGRLayer* ogr = source.dataset->GetLayer(index);
    if (!ogr) return Error{ErrorCode::BadArgument, "no layer " + std::to_string(index), source.displayName};
    const std::string context = layerContext(source, *ogr);
    if (auto crs = checkShapefileCrs(source, *ogr); !crs) return crs.error();
    Scan scan;
    Status st = scanLayer(*ogr, isCsv(source), true, scan, context, [](const LayerGeometry&, std::size_t) {});
    if (!st) return st.error();
    const OGRSpatialReference* srs = ogr->GetSpatialRef();
    const bool hasGeometry = ogr->GetLayerDefn()->GetGeomFieldCount() > 0;
    auto crs = resolveCrs(srs, scan.sourceExtent, context);
    if (!crs) return crs.error();
    reportIssues(scan, context, isCsv(source), hasGeometry, diag);
    warnShapefileMismatches(source, *ogr, diag);
    Layer& layer = scan.layer;
    layer.name = ogr->GetName();
    layer.sourceCrsWkt = crs->definition;
    layer.crsLabel = crs->label;
    layer.geometryType = OGRGeometryTypeToName(ogr->GetGeomType());
    return std::move(layer);
}

Result<LayerDescription> describeLayer(const OpenedSource& source, int index, Diagnostics& diag) {
    OGRLayer* ogr = source.dataset->GetLayer(index);
    if (!ogr) return Error{ErrorCode::BadArgument, "no layer " + std::to_string(index), source.displayName};
    const std::string context = layerContext(source, *ogr);
    if (auto crs = checkShapefileCrs(source, *ogr); !crs) return crs.error();
    const OGRSpatialReference* srs = ogr->GetSpatialRef();

    // Declared non-WGS 84 CRS: every vertex is reprojected as it streams by.
    std::optional<Transformer> toLonLat;
    const std::string label = crsLabel(srs);
    if (srs && label != "EPSG:4326" && label != "OGC:CRS84") {
        auto tr = Transformer::create(crsWkt(*srs), "EPSG:4326");
        if (!tr) return Error{ErrorCode::BadCrs, tr.error().message, context};
        toLonLat.emplace(std::move(tr.value()));
    }
    Box lonlat;
    std::vector<Vec2> scratch;
    Scan scan;
    Status st = scanLayer(*ogr, isCsv(source), false, scan, context, [&](const LayerGeometry& g, std::size_t first) {
        if (!toLonLat) return;
        scratch.assign(g.vertices.begin() + static_cast<std::ptrdiff_t>(first), g.vertices.end());
        toLonLat->transform(scratch.data(), scratch.size());
        for (const Vec2& p : scratch)
            if (std::isfinite(p.x)) lonlat.expand(p.x, p.y);
    });
    if (!st) return st.error();
    auto crs = resolveCrs(srs, scan.sourceExtent, context);
    if (!crs) return crs.error();
    const bool hasGeometry = ogr->GetLayerDefn()->GetGeomFieldCount() > 0;
    reportIssues(scan, context, isCsv(source), hasGeometry, diag);
    warnShapefileMismatches(source, *ogr, diag);

    LayerDescription d;
    d.name = ogr->GetName();
    d.featureCount = scan.featureCount;
    d.geometryType = OGRGeometryTypeToName(ogr->GetGeomType());
    d.crsLabel = crs->label;
    d.extentLonLat = toLonLat ? lonlat : scan.sourceExtent;
    d.fields = std::move(scan.layer.table.fields);
    return d;
}

}  // namespace geo

namespace geo {

Result<LayerDescription> describeLoaded(const Layer& layer) {
    LayerDescription d;
    d.name = layer.name;
    d.featureCount =
        static_cast<std::int64_t>(layer.table.rowCount() ? layer.table.rowCount() : layer.geometry.featureCount());
    d.geometryType = layer.geometryType;
    d.crsLabel = layer.crsLabel;
    d.fields = layer.table.fields;
    if (isWgs84LonLat(layer)) {
        for (const Vec2& v : layer.geometry.vertices) d.extentLonLat.expand(v.x, v.y);
        return d;
    }
    auto tr = Transformer::create(layer.sourceCrsWkt, "EPSG:4326");
    if (!tr) return tr.error();
    std::vector<Vec2> buffer;
    constexpr std::size_t kBatch = 1 << 16;
    for (std::size_t i = 0; i < layer.geometry.vertices.size(); i += kBatch) {
        const std::size_t end = std::min(layer.geometry.vertices.size(), i + kBatch);
        buffer.assign(layer.geometry.vertices.begin() + static_cast<std::ptrdiff_t>(i),
                      layer.geometry.vertices.begin() + static_cast<std::ptrdiff_t>(end));
        tr->transform(buffer.data(), buffer.size());
        for (const Vec2& v : buffer)
            if (std::isfinite(v.x)) d.extentLonLat.expand(v.x, v.y);
    }
    return d;
}

}  // namespace geo
