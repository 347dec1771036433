// Opens vector sources through GDAL, checking files first so that every failure is explained.
#include "source.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

#include "gdal_errors.hpp"

namespace geo {

void DatasetCloser::operator()(GDALDataset* ds) const {
    if (ds) GDALClose(ds);
}

void initGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Keep GDAL from printing on its own; messages come back as Error values.
        CPLSetConfigOption("CPL_LOG_ERRORS", "OFF");
    });
}

bool isConnectionString(const std::string& source) {
    static const char* prefixes[] = {"PG:", "pg:", "postgresql://", "MySQL:", "ODBC:", "MSSQL:", "OCI:", "WFS:"};
    for (const char* p : prefixes)
        if (source.rfind(p, 0) == 0) return true;
    return false;
}

std::string maskPassword(const std::string& source) {
    std::string s = source;
    // password=VALUE, password = 'VALUE' ... as in libpq connection strings.
    const bool uri = s.find("://") != std::string::npos;
    std::string lower = s;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t at = lower.find("password"); at != std::string::npos; at = lower.find("password", at + 1)) {
        std::size_t i = at + 8;
        while (i < s.size() && s[i] == ' ') ++i;
        if (i >= s.size() || s[i] != '=') continue;
        ++i;
        while (i < s.size() && s[i] == ' ') ++i;
        if (s.compare(i, 3, "***") == 0) continue;  // masked already: masking twice changes nothing
        std::size_t end = i;
        if (i < s.size() && (s[i] == '\'' || s[i] == '"')) {
            // libpq's quoted value: a backslash escapes the next character (password='ab\' cd').
            end = i + 1;
            while (end < s.size() && s[end] != s[i]) end += s[end] == '\\' ? 2 : 1;
            end = std::min(end + 1, s.size());
        } else {
            // Unquoted: up to white space (and, in a URI's query, up to the next parameter).
            while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && !(uri && s[end] == '&')) {
                end += s[end] == '\\' ? 2 : 1;
            }
            end = std::min(end, s.size());
        }
        s.replace(i, end - i, "***");
        lower.replace(i, end - i, "***");
    }
    // scheme://user:password@host
    if (auto scheme = s.find("://"); scheme != std::string::npos) {
        const std::size_t begin = scheme + 3;
        const std::size_t authorityEnd = std::min(s.find('/', begin), s.size());
        const std::size_t atSign = s.rfind('@', authorityEnd);
        if (atSign != std::string::npos && atSign > begin) {
            const std::size_t colon = s.find(':', begin);
            if (colon != std::string::npos && colon < atSign) s.replace(colon + 1, atSign - colon - 1, "***");
        }
    }
    return s;
}

namespace {

std::string lowerExtension(const std::string& path) {
    auto dot = path.find_last_of('.');
    auto slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// First non-blank byte of a file, 0 when none could be read.
char firstNonBlankByte(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return 0;
    int c;
    int n = 0;
    // Skip a UTF-8 byte-order mark and whitespace.
    while ((c = std::fgetc(f)) != EOF && n++ < 4096) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF) continue;
        break;
    }
    std::fclose(f);
    return c == EOF ? 0 : static_cast<char>(c);
}

// Checks a file path before GDAL sees it: GDAL's own message for these cases is a generic
// "not recognized", and a FIFO or device would make it block.
Status checkPath(const std::string& path, bool& isDirectory) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        if (errno == EACCES) return Error{ErrorCode::Unreadable, "permission denied", path};
        return Error{ErrorCode::NotFound, "no such file or directory", path};
    }
    isDirectory = S_ISDIR(st.st_mode);
    if (!isDirectory && !S_ISREG(st.st_mode))
        return Error{
            ErrorCode::Unreadable, "not a regular file (a pipe, socket or device cannot be read as data)", path};
    if (access(path.c_str(), R_OK) != 0) return Error{ErrorCode::Unreadable, "cannot be read: permission denied", path};
    if (!isDirectory && st.st_size == 0) return Error{ErrorCode::Unreadable, "the file is empty", path};
    if (!isDirectory) {
        FILE* f = std::fopen(path.c_str(), "rb");
        if (!f) return Error{ErrorCode::Unreadable, std::string("cannot be opened: ") + std::strerror(errno), path};
        std::fclose(f);
    }
    return Ok{};
}

// Turns GDAL's failure to open into a message that says what is wrong with the file.
Error explainOpenFailure(const std::string& path, const GdalErrorCapture& gdal, bool isDirectory) {
    std::string detail = gdal.firstError();
    if (isDirectory)
        return Error{
            ErrorCode::Unreadable, "is a directory, and not one GDAL can read as a dataset (give a file)", path};
    const std::string ext = lowerExtension(path);
    if (ext == "shp" && detail.find(".shx") != std::string::npos)
        return Error{ErrorCode::BadFormat,
                     "the shapefile's index (.shx) is missing; restore it with SHAPE_RESTORE_SHX=YES (for example "
                     "`SHAPE_RESTORE_SHX=YES ogrinfo " +
                         path + "`) or copy the .shx beside the .shp",
                     path};
    char first = firstNonBlankByte(path);
    if (first == '{' || first == '[') {
        if (detail.find("nested") != std::string::npos)
            return Error{ErrorCode::BadFormat, "invalid JSON, nested too deeply (" + detail + ")", path};
        if (!detail.empty() && detail != "Failed to read GeoJSON data" &&
            detail.find("not recognized") == std::string::npos)
            return Error{ErrorCode::BadFormat, "invalid or truncated JSON (" + detail + ")", path};
        return Error{ErrorCode::BadFormat,
                     "is JSON but not GeoJSON (expected a FeatureCollection, a Feature or a geometry)",
                     path};
    }
    std::string msg = "not a vector format GDAL can read (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV...)";
    if (!detail.empty() && detail.find("not recognized") == std::string::npos) msg += ": " + detail;
    return Error{ErrorCode::BadFormat, msg, path};
}

const char* const kCsvXNames = "lon,longitude,lng,long,x,coord_x,coordx,x_wgs84,lon_wgs84";
const char* const kCsvYNames = "lat,latitude,y,coord_y,coordy,y_wgs84,lat_wgs84";
const char* const kCsvGeomNames = "wkt,geom,geometry,the_geom,geometrie,wkt_geom";

}  // namespace

Result<OpenedSource> openSource(const std::string& source, const OpenOptions& options) {
    initGdal();
    const bool connection = isConnectionString(source);
    const std::string shown = maskPassword(source);
    bool isDirectory = false;
    if (!connection && source.rfind("/vsi", 0) != 0) {
        Status st = checkPath(source, isDirectory);
        if (!st) return st.error();
    }

    GdalErrorCapture capture;
    const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;

    // Give the CSV driver its geometry options only when it is the driver that will open the file,
    // so that other drivers do not warn about options they do not know.
    std::vector<std::string> opts;
    GDALDriverH identified = connection || isDirectory ? nullptr : GDALIdentifyDriver(source.c_str(), nullptr);
    const bool csv = identified && std::strcmp(GDALGetDriverShortName(identified), "CSV") == 0;
    if (csv) {
        const auto& c = options.csv;
        opts.push_back(std::string("X_POSSIBLE_NAMES=") + (c.xField.empty() ? kCsvXNames : c.xField.c_str()));
        opts.push_back(std::string("Y_POSSIBLE_NAMES=") + (c.yField.empty() ? kCsvYNames : c.yField.c_str()));
        opts.push_back(std::string("GEOM_POSSIBLE_NAMES=") + (c.wktField.empty() ? kCsvGeomNames : c.wktField.c_str()));
        opts.push_back("KEEP_GEOM_COLUMNS=YES");
        opts.push_back("EMPTY_STRING_AS_NULL=YES");
    }
    std::vector<const char*> optPtrs;
    optPtrs.reserve(opts.size() + 1);
    for (auto& o : opts) optPtrs.push_back(o.c_str());
    optPtrs.push_back(nullptr);

    GDALDataset* raw = GDALDataset::Open(source.c_str(), flags, nullptr, optPtrs.data(), nullptr);
    if (!raw) {
        if (connection) {
            std::string detail = capture.firstError();
            return Error{ErrorCode::Database,
                         "cannot connect" + (detail.empty() ? std::string() : ": " + maskPassword(detail)),
                         shown};
        }
        return explainOpenFailure(source, capture, isDirectory);
    }
    DatasetPtr ds(raw);
    // A driver may open a file it could not read (a FlatGeobuf whose header size is a lie gave no
    // layer and exit 0): an error raised while opening, or while listing the layers, is the
    // command's error, never swallowed.
    const int layerCount = ds->GetLayerCount();
    for (int i = 0; i < layerCount && capture.errors().empty(); ++i) ds->GetLayer(i);
    if (!capture.errors().empty())
        return Error{
            connection ? ErrorCode::Database : ErrorCode::BadFormat,
            (capture.firstError().rfind("PROJ:", 0) == 0 ? "declares a coordinate system that PROJ does not know: "
                                                         : "damaged or unreadable: ") +
                maskPassword(capture.firstError()),
            shown};
    // Columns named by --x/--y/--wkt must exist, and only a CSV has them: never ignored silently.
    const auto& c = options.csv;
    if (!c.xField.empty() || !c.yField.empty() || !c.wktField.empty()) {
        if (!csv) return Error{ErrorCode::BadArgument, "--x, --y and --wkt apply to CSV files only", shown};
        if (c.xField.empty() != c.yField.empty())
            return Error{ErrorCode::BadArgument, "--x and --y go together", shown};
        OGRFeatureDefn* defn = ds->GetLayerCount() ? ds->GetLayer(0)->GetLayerDefn() : nullptr;
        for (const std::string* name : {&c.xField, &c.yField, &c.wktField}) {
            if (name->empty() || (defn && defn->GetFieldIndex(name->c_str()) >= 0)) continue;
            std::string columns;
            for (int i = 0; defn && i < defn->GetFieldCount(); ++i)
                columns += std::string(i ? ", " : "") + defn->GetFieldDefn(i)->GetNameRef();
            return Error{ErrorCode::BadArgument, "no column '" + *name + "' (columns: " + columns + ")", shown};
        }
    }
    if (isDirectory && ds->GetLayerCount() == 0)
        return Error{ErrorCode::Unreadable, "is a directory with no vector data in it (give a file)", source};
    OpenedSource out;
    out.driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
    out.displayName = shown;
    out.dataset = std::move(ds);
    return out;
}

}  // namespace geo
