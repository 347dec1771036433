// Builds the full-France GeoPackage with GDAL: one MultiPolygon layer, WGS 84, 35,357 communes.
#include "france_data.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "geo/data_path.hpp"
#include "geo/source.hpp"

namespace fs = std::filesystem;

namespace bench {

std::vector<std::string> communeFiles() {
    auto dir = geo::resolveDataPath("france_geojson_admin_express_2018/communes_par_departement");
    if (!dir)
        throw std::runtime_error(
            "communes_par_departement not found: run from the repository root or set SANTEMAP_DATA");
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(*dir))
        if (e.path().extension() == ".geojson") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string franceGeoPackage() {
    const std::string path = fs::absolute("france-communes.gpkg").string();
    if (fs::exists(path)) return path;
    geo::initGdal();
    const std::string tmp = fs::absolute("france-communes.tmp.gpkg").string();
    fs::remove(tmp);
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr out(gpkg->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer* layer = out->CreateLayer("communes", &wgs84, wkbMultiPolygon, nullptr);
    OGRFieldDefn code("code", OFTString), nom("nom", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&nom);
    out->StartTransaction();
    for (const std::string& file : communeFiles()) {
        GDALDatasetUniquePtr in(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR));
        for (auto& f : *in->GetLayer(0)) {
            OGRFeature g(layer->GetLayerDefn());
            g.SetField("code", f->GetFieldAsString("code"));
            g.SetField("nom", f->GetFieldAsString("nom"));
            g.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(f->StealGeometry()));
            if (layer->CreateFeature(&g) != OGRERR_NONE) throw std::runtime_error("cannot write " + path);
        }
    }
    if (out->CommitTransaction() != OGRERR_NONE) throw std::runtime_error("cannot write " + path);
    out.reset();
    fs::rename(tmp, path);  // write-then-rename: a half-built file is never taken for the real one
    return path;
}

}  // namespace bench
