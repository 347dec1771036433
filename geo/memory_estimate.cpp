#include "memory_estimate.hpp"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "memory.hpp"

namespace geo {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool endsWith(const std::string& s, const char* suffix) {
    const std::string x(suffix);
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

std::uint64_t vsiSize(const std::string& path) {
    VSIStatBufL st;
    return VSIStatL(path.c_str(), &st) == 0 && VSI_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

// Every file inside an archive, uncompressed.
std::uint64_t archiveSize(const std::string& vsiRoot) {
    std::uint64_t total = 0;
    char** names = VSIReadDirRecursive(vsiRoot.c_str());
    for (char** n = names; n && *n; ++n) total += vsiSize(vsiRoot + "/" + *n);
    CSLDestroy(names);
    return total;
}

double mb(std::uint64_t bytes) { return static_cast<double>(bytes) / 1048576.0; }

}  // namespace

std::uint64_t uncompressedSize(const std::string& path) {
    const std::string l = lower(path);
    if (l.rfind("/vsi", 0) != 0) {
        if (endsWith(l, ".zip")) return archiveSize("/vsizip/" + path);
        if (endsWith(l, ".tar") || endsWith(l, ".tgz") || endsWith(l, ".tar.gz")) return archiveSize("/vsitar/" + path);
        if (endsWith(l, ".gz")) return vsiSize("/vsigzip/" + path);
    }
    std::uint64_t bytes = vsiSize(path);  // /vsizip/a.zip/b.csv: the member's uncompressed size
    if (bytes == 0 && l.rfind("/vsi", 0) == 0) bytes = archiveSize(path);  // an archive or a folder in one
    if (bytes && endsWith(l, ".shp")) bytes += vsiSize(path.substr(0, path.size() - 4) + ".dbf");
    return bytes;
}

std::uint64_t estimatedLoadBytes(const std::string& path) {
    const std::uint64_t bytes = uncompressedSize(path);
    if (!bytes) return 0;
    std::string l = lower(path);
    for (const char* packed : {".gz", ".zip"})
        if (endsWith(l, packed)) l.resize(l.size() - std::string(packed).size());
    // GDAL's GeoJSON reader holds the whole parsed document; a CSV's cells become text values.
    const std::uint64_t perByte = endsWith(l, ".geojson") || endsWith(l, ".json") ? 16
                                  : endsWith(l, ".csv") || endsWith(l, ".tsv")    ? 12
                                                                                  : 5;
    return (40ull << 20) + perByte * bytes;
}

std::uint64_t processMemoryLimitBytes() {
    if (const auto limit = memoryLimitFromEnvironment()) return *limit;
    const std::uint64_t available = availableMemoryBytes(), resident = residentMemoryBytes();
    return available > UINT64_MAX - resident ? UINT64_MAX : resident + available;
}

MemoryGuard::MemoryGuard() : m_limit(processMemoryLimitBytes()) {}

Status MemoryGuard::check(const std::string& context, std::int64_t featuresRead) const {
    const std::uint64_t now = residentMemoryBytes();
    if (now <= m_limit) return Ok{};
    char msg[320];
    std::snprintf(msg,
                  sizeof msg,
                  "stopped reading after %lld features: memory reached %.0f MB, over the limit of %.0f MB "
                  "(SANTEMAP_MEMORY_LIMIT_MB, or the memory available): use a smaller extract",
                  static_cast<long long>(featuresRead),
                  mb(now),
                  mb(m_limit));
    return Error{ErrorCode::TooLarge, msg, context};
}

}  // namespace geo
