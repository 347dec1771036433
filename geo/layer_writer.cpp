#include "layer_writer.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>

#include "gdal_errors.hpp"
#include "output_file.hpp"
#include "source.hpp"

namespace geo {

namespace {

std::unique_ptr<OGRGeometry> toOgr(const LayerGeometry& g, std::size_t f) {
    const auto kind = g.kind[f];
    if (kind == GeomKind::None) return nullptr;
    auto ring = [&](std::uint32_t r, auto& target, bool close) {
        for (std::uint32_t v = g.ringStart[r]; v < g.ringStart[r + 1]; ++v)
            target.addPoint(g.vertices[v].x, g.vertices[v].y);
        if (close && g.ringStart[r + 1] > g.ringStart[r])
            target.addPoint(g.vertices[g.ringStart[r]].x, g.vertices[g.ringStart[r]].y);
    };
    const std::uint32_t p0 = g.featureStart[f], p1 = g.featureStart[f + 1];
    if (kind == GeomKind::Point) {
        if (p1 - p0 == 1) {
            const Vec2 v = g.vertices[g.ringStart[g.partStart[p0]]];
            return std::make_unique<OGRPoint>(v.x, v.y);
        }
        auto mp = std::make_unique<OGRMultiPoint>();
        for (std::uint32_t p = p0; p < p1; ++p) {
            const Vec2 v = g.vertices[g.ringStart[g.partStart[p]]];
            OGRPoint pt(v.x, v.y);
            mp->addGeometry(&pt);
        }
        return mp;
    }
    if (kind == GeomKind::Line) {
        auto ml = std::make_unique<OGRMultiLineString>();
        for (std::uint32_t p = p0; p < p1; ++p) {
            OGRLineString ls;
            ring(g.partStart[p], ls, false);
            ml->addGeometry(&ls);
        }
        if (ml->getNumGeometries() == 1) return std::unique_ptr<OGRGeometry>(ml->getGeometryRef(0)->clone());
        return ml;
    }
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (std::uint32_t p = p0; p < p1; ++p) {
        OGRPolygon poly;
        for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
            OGRLinearRing lr;
            ring(r, lr, true);
            poly.addRing(&lr);
        }
        mp->addGeometry(&poly);
    }
    return mp;
}

OGRFieldType ogrType(const Field& f, bool asText) {
    if (asText) return OFTString;
    switch (f.kind) {
        case ValueKind::Integer:
            return OFTInteger64;
        case ValueKind::Real:
            return OFTReal;
        case ValueKind::String:
            return OFTString;
    }
    return OFTString;
}

std::string frenchNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    std::string s = buf;
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

// A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
// gets a leading single quote (OWASP's rule for CSV injection). Only text: numbers keep their sign.
std::string neutralizeFormula(const std::string& text) {
    if (text.empty()) return text;
    const char c = text.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + text;
    return text;
}

// Rows of the file just written, read back by GDAL: the proof that it is complete.
Result<std::size_t> countRowsWritten(const std::string& file, const std::string& layerName) {
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
        GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds) return Error{ErrorCode::BadFormat, "the file written cannot be read back", file};
    OGRLayer* layer = ds->GetLayerByName(layerName.c_str());
    if (!layer && ds->GetLayerCount() == 1) layer = ds->GetLayer(0);
    if (!layer) return Error{ErrorCode::BadFormat, "the file written has no layer " + layerName, file};
    std::size_t n = 0;
    layer->ResetReading();
    while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) ++n;
    return n;
}

}  // namespace

Status writeLayer(const Layer& layer,
                  const std::vector<std::size_t>& rows,
                  const std::string& path,
                  const WriteOptions& options) {
    initGdal();
    GdalErrorCapture cap;
    const char* driverName = options.format == ExportFormat::Csv    ? "CSV"
                             : options.format == ExportFormat::Gpkg ? "GPKG"
                                                                    : "GeoJSON";
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return Error{ErrorCode::Internal, std::string("GDAL has no ") + driverName + " driver", path};
    // GDAL writes into a private folder beside the target (same file name: the CSV driver needs
    // the extension, without it it makes a folder); the file is read back, synced and renamed.
    auto output = OutputFile::prepare(path);
    if (!output) return output.error();
    const std::string& tmp = output->scratchPath();
    const bool csv = options.format == ExportFormat::Csv;
    bool allPoints = options.geometry;
    for (std::size_t r : rows)
        allPoints = allPoints && layer.geometry.kind[r] == GeomKind::Point &&
                    layer.geometry.featureStart[r + 1] - layer.geometry.featureStart[r] == 1;
    bool anyGeometry = false;
    for (std::size_t r : rows)
        anyGeometry = anyGeometry || (options.geometry && layer.geometry.kind[r] != GeomKind::None);
    {
        std::unique_ptr<GDALDataset> ds(driver->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return Error{ErrorCode::Unreadable, "cannot write here: " + cap.firstError(), path};
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::vector<std::string> lco;
        if (csv) {
            if (!allPoints && anyGeometry) lco.push_back("GEOMETRY=AS_WKT");
            if (options.excel) {
                lco.push_back("WRITE_BOM=YES");
                lco.push_back("SEPARATOR=SEMICOLON");
            }
        }
        if (options.format == ExportFormat::GeoJson) lco.push_back("RFC7946=YES");
        std::vector<char*> lcoPtrs;
        lcoPtrs.reserve(lco.size() + 1);
        for (auto& o : lco) lcoPtrs.push_back(o.data());
        lcoPtrs.push_back(nullptr);
        const bool pointColumns = csv && allPoints && anyGeometry;
        const OGRwkbGeometryType gtype = !anyGeometry || pointColumns ? wkbNone : allPoints ? wkbPoint : wkbUnknown;
        OGRLayer* out =
            ds->CreateLayer(options.layerName.c_str(), gtype == wkbNone ? nullptr : &wgs84, gtype, lcoPtrs.data());
        if (!out) return Error{ErrorCode::Internal, "cannot create the layer: " + cap.firstError(), path};
        const bool numbersAsText = csv && options.excel;
        for (const auto& f : layer.table.fields) {
            OGRFieldDefn def(f.name.c_str(), ogrType(f, numbersAsText));
            if (out->CreateField(&def) != OGRERR_NONE)
                return Error{ErrorCode::Internal, "cannot create column " + f.name + ": " + cap.firstError(), path};
        }
        // Points in a CSV: their position in columns lon, lat — the table's own when it has them
        // (then they receive the exported position), else two more.
        if (pointColumns)
            for (const char* name : {"lon", "lat"}) {
                if (layer.table.fieldIndex(name)) continue;
                OGRFieldDefn def(name, numbersAsText ? OFTString : OFTReal);
                out->CreateField(&def);
            }
        if (ds->TestCapability(ODsCTransactions)) ds->StartTransaction();
        for (std::size_t r : rows) {
            OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(out->GetLayerDefn()));
            for (std::size_t c = 0; c < layer.table.fields.size(); ++c) {
                const Value& v = layer.table.at(r, c);
                const int i = static_cast<int>(c);
                if (std::holds_alternative<std::monostate>(v))
                    feat->SetFieldNull(i);
                else if (const auto* n = std::get_if<std::int64_t>(&v))
                    numbersAsText ? feat->SetField(i, std::to_string(*n).c_str())
                                  : feat->SetField(i, static_cast<GIntBig>(*n));
                else if (const auto* d = std::get_if<double>(&v))
                    numbersAsText ? feat->SetField(i, frenchNumber(*d).c_str()) : feat->SetField(i, *d);
                else if (csv)
                    feat->SetField(i, neutralizeFormula(std::get<std::string>(v)).c_str());
                else
                    feat->SetField(i, std::get<std::string>(v).c_str());
            }
            if (pointColumns) {
                const Vec2 p = layer.geometry.firstVertex(r);
                const int lonIdx = feat->GetFieldIndex("lon"), latIdx = feat->GetFieldIndex("lat");
                if (numbersAsText) {
                    feat->SetField(lonIdx, frenchNumber(p.x).c_str());
                    feat->SetField(latIdx, frenchNumber(p.y).c_str());
                } else {
                    feat->SetField(lonIdx, p.x);
                    feat->SetField(latIdx, p.y);
                }
            } else if (gtype != wkbNone) {
                if (auto g = toOgr(layer.geometry, r)) feat->SetGeometryDirectly(g.release());
            }
            if (out->CreateFeature(feat.get()) != OGRERR_NONE)
                return Error{ErrorCode::Internal, "cannot write row: " + cap.firstError(), path};
        }
        if (ds->TestCapability(ODsCTransactions) && ds->CommitTransaction() != OGRERR_NONE)
            return Error{ErrorCode::Internal, "cannot commit: " + cap.firstError(), path};
    }  // closed: GDAL has flushed what it wrote
    if (!cap.errors().empty()) return Error{ErrorCode::Internal, cap.firstError(), path};
    // GDAL's drivers do not all report a failed write (a full disk gave an empty GeoJSON and no
    // error): read the file back and count its rows before it replaces anything.
    if (auto check = countRowsWritten(tmp, options.layerName); !check || check.value() != rows.size())
        return Error{
            ErrorCode::Unreadable,
            "the file could not be written completely (disk full or write error): " +
                (check ? std::to_string(check.value()) + " of " + std::to_string(rows.size()) + " rows read back"
                       : check.error().message),
            path};
    return output->commit();
}

Status writeLayer(const Layer& layer, const std::string& path, const WriteOptions& options) {
    std::vector<std::size_t> rows(layer.table.rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return writeLayer(layer, rows, path, options);
}

}  // namespace geo
