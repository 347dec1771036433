// A disk cache of what the load pipeline computes from a layer's geometry — the projected
// display geometry, its triangles and its simplified levels, and the warnings that came with them
// — so that a second launch of the window skips projection, simplification and tessellation.
//
// An entry is keyed by a hash of everything the result depends on: the geometry as read (every
// vertex and ring), its CRS, the load options and the program's cache format version; a source
// that changed in any way gets another key, so an entry is never stale. Each file carries a
// magic, the format version, its key, its payload length and a checksum: an entry that fails any
// check (truncated, corrupt, another version) is rebuilt silently, never trusted. Entries are
// written to a temporary file and renamed (not fsync'ed: a torn entry fails its checks). The folder is capped (default
// 500 MB, $SANTEMAP_CACHE_MB): the oldest entries go first. `info --load` does not use it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "pipeline.hpp"

namespace geo {

class BuildCache {
public:
    // $XDG_CACHE_HOME/santemap (else ~/.cache/santemap); disabled when $SANTEMAP_CACHE is 0.
    static BuildCache fromEnvironment();
    static BuildCache disabled() { return BuildCache(""); }
    explicit BuildCache(std::string folder, std::uint64_t capBytes = 500ull << 20);

    bool enabled() const { return !m_folder.empty(); }
    const std::string& folder() const { return m_folder; }

    // buildLayer, through the cache: a valid entry gives the result (with its warnings, added to
    // `diag`) without projecting or tessellating; otherwise the result is built and stored.
    Result<LoadedLayer> build(Layer layer, const LoadOptions& options, Diagnostics& diag) const;

    // The key of a layer's build (exposed for tests).
    static std::uint64_t keyOf(const Layer& layer, const LoadOptions& options);

private:
    std::string pathOf(std::uint64_t key) const;
    std::optional<LoadedLayer> read(std::uint64_t key, Layer& layer, Diagnostics& diag) const;
    void write(std::uint64_t key, const LoadedLayer& built, const Diagnostics& warnings) const;
    void evictBeyondCap() const;

    std::string m_folder;
    std::uint64_t m_capBytes;
};

}  // namespace geo
