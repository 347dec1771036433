// How much memory loading a file will take, before it is read, and a guard that stops a read
// cleanly when the process reaches its limit. A 2 MB zip holding a 1 GB CSV once loaded with
// 21 GB of memory: sizes are taken uncompressed (GDAL's /vsizip/, /vsigzip/, /vsitar/ and plain
// .zip and .gz files), and the guard counts what the read really uses.
#pragma once

#include <cstdint>
#include <string>

#include "result.hpp"

namespace geo {

// Bytes the data of `path` takes once uncompressed (a Shapefile with its .dbf); 0 when unknown.
std::uint64_t uncompressedSize(const std::string& path);

// Peak memory of `santemap info PATH --load`, estimated from the format and the uncompressed size
// (measured: GeoJSON ~16 bytes per byte, CSV ~12, GeoPackage and others ~5, plus the program).
std::uint64_t estimatedLoadBytes(const std::string& path);

// The limit on this process's resident memory: SANTEMAP_MEMORY_LIMIT_MB when set, else what it
// uses now plus what the machine has available (and the address-space limit).
std::uint64_t processMemoryLimitBytes();

// Checked every so many features while a layer is read into memory.
class MemoryGuard {
public:
    MemoryGuard();
    // An error naming `context`, the features read and the limit, once resident memory passes it.
    Status check(const std::string& context, std::int64_t featuresRead) const;

private:
    std::uint64_t m_limit;
};

}  // namespace geo
