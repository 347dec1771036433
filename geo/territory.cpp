// Neighbour selection with GEOS (prepared geometry of the core départements, slightly buffered).
#include "territory.hpp"

#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "reader.hpp"
#include "source.hpp"

namespace fs = std::filesystem;

namespace geo {

namespace {

std::string communesFileOf(const std::string& folder, const std::string& code) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("communes-" + code + "-", 0) == 0) return e.path().string();
    }
    return {};
}

}  // namespace

Result<Layer> buildTerritoryCommunes(const TerritorySpec& spec, Diagnostics& diag) {
    auto deps = openSource(spec.departementsFile);
    if (!deps) return deps.error();
    OGRLayer* depLayer = deps->dataset->GetLayer(0);
    if (!depLayer) return Error{ErrorCode::BadFormat, "no layer", spec.departementsFile};

    // Union of the core départements, and the départements that touch it.
    std::vector<std::unique_ptr<OGRGeometry>> depGeoms;
    std::vector<std::string> depCodes;
    OGRMultiPolygon core;
    for (auto& f : *depLayer) {
        const std::string code = f->GetFieldAsString("code");
        if (!f->GetGeometryRef()) continue;
        depGeoms.emplace_back(f->GetGeometryRef()->clone());
        depCodes.push_back(code);
        if (std::find(spec.core.begin(), spec.core.end(), code) != spec.core.end()) {
            const OGRGeometry* g = depGeoms.back().get();
            if (wkbFlatten(g->getGeometryType()) == wkbPolygon) core.addGeometry(g);
            if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
                for (const OGRPolygon* p : *g->toMultiPolygon()) core.addGeometry(p);
        }
    }
    if (core.IsEmpty()) return Error{ErrorCode::BadArgument, "none of the core départements is in this file", spec.departementsFile};
    std::unique_ptr<OGRGeometry> zone(core.Buffer(spec.toleranceDegrees, 4));
    OGRPreparedGeometryUniquePtr prepared(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(zone.get())));

    std::vector<std::string> files;
    for (std::size_t i = 0; i < depGeoms.size(); ++i) {
        const bool isCore = std::find(spec.core.begin(), spec.core.end(), depCodes[i]) != spec.core.end();
        if (!isCore && !depGeoms[i]->Intersects(zone.get())) continue;
        const std::string file = communesFileOf(spec.communesFolder, depCodes[i]);
        if (file.empty()) {
            diag.warn(spec.communesFolder + ": no communes file for département " + depCodes[i]);
            continue;
        }
        files.push_back(file);
    }

    Layer out;
    out.name = "communes";
    out.geometryType = "Multi Polygon";
    bool first = true;
    std::size_t territoryCol = 0;
    for (const std::string& file : files) {
        auto src = openSource(file);
        if (!src) return src.error();
        auto layer = readLayer(src.value(), 0, diag);
        if (!layer) return layer.error();
        if (first) {
            out.sourceCrsWkt = layer->sourceCrsWkt;
            out.crsLabel = layer->crsLabel;
            out.table.fields = layer->table.fields;
            out.table.fields.push_back({"territoire", "String", ValueKind::String});
            out.table.columns.resize(out.table.fields.size());
            territoryCol = out.table.fields.size() - 1;
            first = false;
        }
        const auto codeCol = layer->table.fieldIndex("code");
        // Per-feature check against the core zone through GDAL's own geometry, read again.
        OGRLayer* ogr = src->dataset->GetLayer(0);
        ogr->ResetReading();
        std::size_t f = 0;
        for (auto& feature : *ogr) {
            const std::string code = codeCol ? toText(layer->table.at(f, *codeCol)) : "";
            const std::string dep = code.substr(0, 2);
            const bool isCore = std::find(spec.core.begin(), spec.core.end(), dep) != spec.core.end();
            const OGRGeometry* g = feature->GetGeometryRef();
            if (isCore || (g && OGRPreparedGeometryIntersects(prepared.get(), OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g))))) {
                out.geometry.appendFeature(layer->geometry, f);
                for (std::size_t c = 0; c + 1 < out.table.fields.size() && c < layer->table.fields.size(); ++c)
                    out.table.columns[c].push_back(layer->table.at(f, c));
                out.table.columns[territoryCol].push_back(isCore ? dep : std::string("voisine"));
                out.fids.push_back(static_cast<std::int64_t>(out.fids.size()));
            }
            ++f;
        }
    }
    return out;
}

}  // namespace geo
