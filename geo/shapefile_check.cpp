#include "shapefile_check.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace geo {

namespace fs = std::filesystem;

namespace {

// The sibling with extension `ext` in either case (.dbf or .DBF), or "" when there is none.
std::string sibling(const fs::path& shp, const char* lower, const char* upper) {
    for (const char* ext : {lower, upper}) {
        fs::path p = shp;
        p.replace_extension(ext);
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) return p.string();
    }
    return "";
}

std::uint64_t fileSize(const std::string& path) {
    std::error_code ec;
    const auto n = fs::file_size(path, ec);
    return ec ? 0 : n;
}

std::string plural(std::uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string prjOf(const std::string& shpPath) { return sibling(fs::path(shpPath), ".prj", ".PRJ"); }

std::vector<std::string> shapefileMismatches(const std::string& shpPath) {
    std::vector<std::string> out;
    const fs::path shp(shpPath);
    const std::string shx = sibling(shp, ".shx", ".SHX");
    if (shx.empty()) return out;  // the open fails first, with its own message
    // The index: a 100-byte header, then 8 bytes per shape.
    const std::uint64_t shxSize = fileSize(shx);
    const std::uint64_t shapes = shxSize >= 100 ? (shxSize - 100) / 8 : 0;
    const std::string dbf = sibling(shp, ".dbf", ".DBF");
    if (dbf.empty()) {
        out.push_back(shpPath + ": no .dbf beside it: the " + plural(shapes, "shape has", "shapes have") +
                      " no attributes (copy the .dbf beside the .shp)");
        return out;
    }
    // dBASE header: record count (uint32, byte 4), header length (uint16, byte 8), record length
    // (uint16, byte 10), all little-endian.
    unsigned char h[12] = {};
    std::ifstream in(dbf, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(h), sizeof h)) {
        out.push_back(dbf + ": too short to be a dBASE file (" + std::to_string(fileSize(dbf)) + " bytes)");
        return out;
    }
    const std::uint64_t records = h[4] | (h[5] << 8) | (h[6] << 16) | (std::uint64_t(h[7]) << 24);
    const std::uint64_t headerLength = h[8] | (h[9] << 8), recordLength = h[10] | (h[11] << 8);
    const std::uint64_t dbfSize = fileSize(dbf);
    const std::uint64_t whole =
        recordLength && dbfSize > headerLength ? (dbfSize - headerLength) / recordLength : 0;  // records on disk
    if (whole < records)
        out.push_back(dbf + ": cut short: its header announces " + plural(records, "record", "records") +
                      " but the file holds " + std::to_string(whole));
    const std::uint64_t usable = std::min(records, whole);
    if (usable != shapes)
        out.push_back(shpPath + ": " + plural(shapes, "shape", "shapes") + " in the .shp/.shx but " +
                      plural(usable, "record", "records") + " in " + fs::path(dbf).filename().string() +
                      (usable < shapes ? ": features beyond the last record are not read"
                                       : ": records beyond the last shape are not read"));
    return out;
}

}  // namespace geo
