#include "listing_store_schema.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

#include "geo/gdal_errors.hpp"
#include "listing_store_fields.hpp"

namespace app {

namespace {

constexpr const char* kMetaTable = "santemap_store";

// One record per listing table: a PostGIS database may hold several (one per agency, or per test).
std::string versionKey(const std::string& table) { return table + ".schema_version"; }

geo::Error refused(const std::string& why, const std::string& context) {
    return geo::Error{geo::ErrorCode::BadFormat, why + " (left unchanged)", context};
}

geo::Error gdalFailure(const std::string& what, const geo::GdalErrorCapture& cap, const std::string& context) {
    return geo::Error{
        geo::ErrorCode::Database, cap.firstError().empty() ? what : what + ": " + cap.firstError(), context};
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const char* typeName(OGRFieldType type, OGRFieldSubType sub) {
    if (sub == OFSTBoolean) return "boolean";
    switch (type) {
        case OFTInteger:
            return "integer";
        case OFTInteger64:
            return "integer64";
        case OFTReal:
            return "real";
        case OFTString:
            return "text";
        default:
            return OGRFieldDefn::GetFieldTypeName(type);
    }
}

// What separates a table from today's schema, in words; empty when it matches exactly.
std::string schemaDifferences(OGRLayer& layer) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    std::vector<std::string> missing, wrongType, extra;
    for (const auto& f : kListingFields) {
        const int i = defn->GetFieldIndex(f.name);
        if (i < 0) {
            missing.push_back(f.name);
            continue;
        }
        const OGRFieldDefn* have = defn->GetFieldDefn(i);
        if (have->GetType() != f.type || have->GetSubType() != f.subType)
            wrongType.push_back(std::string(f.name) + " is " + typeName(have->GetType(), have->GetSubType()) +
                                ", not " + typeName(f.type, f.subType));
    }
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const std::string name = lower(defn->GetFieldDefn(i)->GetNameRef());
        bool known = false;
        for (const auto& f : kListingFields) known = known || name == f.name;
        if (!known) extra.push_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    auto list = [](const std::vector<std::string>& v, std::size_t most = 6) {
        std::string s;
        for (std::size_t k = 0; k < v.size() && k < most; ++k) s += (k ? ", " : "") + v[k];
        if (v.size() > most) s += " and " + std::to_string(v.size() - most) + " more";
        return s;
    };
    std::string out;
    if (!missing.empty()) out += "missing columns " + list(missing);
    if (!wrongType.empty()) out += std::string(out.empty() ? "" : "; ") + list(wrongType);
    if (!extra.empty()) out += std::string(out.empty() ? "" : "; ") + "other columns " + list(extra);
    const OGRwkbGeometryType g = wkbFlatten(layer.GetGeomType());
    if (g != wkbPoint)
        out += std::string(out.empty() ? "" : "; ") + "geometry " + OGRGeometryTypeToName(g) + " instead of points";
    return out;
}

// The version recorded in the metadata table; nullopt when the record is absent (a creation
// interrupted between the table and its row is treated as not stamped yet).
geo::Result<std::optional<int>> recordedVersion(OGRLayer& meta, const std::string& table, const std::string& context) {
    if (meta.GetLayerDefn()->GetFieldIndex("key") < 0 || meta.GetLayerDefn()->GetFieldIndex("value") < 0)
        return refused(std::string("table ") + kMetaTable + " has no key and value columns", context);
    meta.ResetReading();
    std::optional<std::string> found;
    while (OGRFeatureUniquePtr f{meta.GetNextFeature()})
        if (f->GetFieldAsString("key") == versionKey(table)) found = f->GetFieldAsString("value");
    // Read to the end and reset: an unfinished read holds SQLite's shared lock, and another
    // instance could not save.
    meta.ResetReading();
    if (found) {
        const std::string& text = *found;
        char* end = nullptr;
        const long v = std::strtol(text.c_str(), &end, 10);
        if (text.empty() || *end || v < 1 || v > 1000000)
            return refused("the store's schema version is not a number: '" + text + "'", context);
        return std::optional<int>(static_cast<int>(v));
    }
    return std::optional<int>();
}

geo::Status stampVersion(GDALDataset& ds, const std::string& table, const std::string& context) {
    geo::GdalErrorCapture cap;
    OGRLayer* meta = ds.GetLayerByName(kMetaTable);
    if (!meta) {
        meta = ds.CreateLayer(kMetaTable, nullptr, wkbNone, nullptr);
        if (!meta) return gdalFailure("cannot create the version table", cap, context);
        for (const char* name : {"key", "value"}) {
            OGRFieldDefn field(name, OFTString);
            if (meta->CreateField(&field) != OGRERR_NONE)
                return gdalFailure("cannot create the version table", cap, context);
        }
    }
    const bool tx = ds.StartTransaction(FALSE) == OGRERR_NONE;
    // One record per table: a stale one (its table dropped and made again) is replaced.
    std::string key = versionKey(table), quoted;
    for (char c : key) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    meta->SetAttributeFilter(("key = '" + quoted + "'").c_str());
    std::vector<GIntBig> stale;
    for (OGRFeatureUniquePtr old{meta->GetNextFeature()}; old; old.reset(meta->GetNextFeature()))
        stale.push_back(old->GetFID());
    meta->SetAttributeFilter(nullptr);
    bool deleted = true;
    for (GIntBig fid : stale) deleted = deleted && meta->DeleteFeature(fid) == OGRERR_NONE;
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(meta->GetLayerDefn()));
    f->SetField("key", versionKey(table).c_str());
    f->SetField("value", std::to_string(kListingSchemaVersion).c_str());
    if (!deleted || meta->CreateFeature(f.get()) != OGRERR_NONE || (tx && ds.CommitTransaction() != OGRERR_NONE)) {
        if (tx) ds.RollbackTransaction();
        return gdalFailure("cannot record the store's schema version", cap, context);
    }
    return geo::Ok{};
}

// Steps from version k to k + 1, run in one transaction with the new version's record. None yet:
// version 1 is the first versioned schema (stores made before the record are adopted, above).
geo::Status migrate(GDALDataset&, int from, const std::string& context) {
    return refused("no migration from store schema " + std::to_string(from) + " to " +
                       std::to_string(kListingSchemaVersion) + " is known",
                   context);
}

}  // namespace

geo::Status createListingStoreTables(GDALDataset& ds, const std::string& table, const std::string& context) {
    geo::GdalErrorCapture cap;
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", nullptr};
    OGRLayer* layer = ds.CreateLayer(table.c_str(), &wgs84, wkbPoint, const_cast<char**>(options));
    if (!layer) return gdalFailure("cannot create table '" + table + "'", cap, context);
    for (const auto& fd : kListingFields) {
        OGRFieldDefn field(fd.name, fd.type);
        field.SetSubType(fd.subType);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return gdalFailure(std::string("cannot add column '") + fd.name + "'", cap, context);
    }
    // GDAL defers creating tables until the first feature; create it now, so that a second
    // instance opening the same base finds the table instead of creating it again.
    layer->SyncToDisk();
    return stampVersion(ds, table, context);
}

geo::Status prepareListingStore(
    GDALDataset& ds, const std::string& table, const std::string& context, bool mayCreate, StoreAccess access) {
    OGRLayer* meta = ds.GetLayerByName(kMetaTable);
    OGRLayer* listings = ds.GetLayerByName(table.c_str());
    std::optional<int> version;
    if (meta) {
        auto v = recordedVersion(*meta, table, context);
        if (!v) return v.error();
        version = v.value();
    }
    if (!listings) {
        // In a database the table may have been dropped on purpose: made again, record replaced.
        if (mayCreate && access == StoreAccess::ReadWrite) return createListingStoreTables(ds, table, context);
        if (meta && version)
            return refused("a SantéMap store without its table '" + table + "': the store is damaged", context);
        return refused("not a SantéMap listing store: it has no table '" + table +
                           "' (a new store is created only at a path that does not exist yet)",
                       context);
    }
    if (version && *version > kListingSchemaVersion)
        return refused("made by a newer SantéMap (store schema " + std::to_string(*version) +
                           "; this version knows up to " + std::to_string(kListingSchemaVersion) + ")",
                       context);
    if (version && *version < kListingSchemaVersion) {
        if (access == StoreAccess::ReadOnly)
            return refused("store schema " + std::to_string(*version) + " needs updating but the store is read-only",
                           context);
        return migrate(ds, *version, context);
    }
    if (const std::string diff = schemaDifferences(*listings); !diff.empty())
        return refused((version ? "the listing table does not match its schema: "
                                : "its table '" + table + "' is not a SantéMap listing table: ") +
                           diff,
                       context);
    // Today's schema without its record (stores made before the record existed): adopted.
    if (!version && access == StoreAccess::ReadWrite) return stampVersion(ds, table, context);
    return geo::Ok{};
}

}  // namespace app
