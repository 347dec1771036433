// Binary entries: header (magic, version, key, payload length, checksum), then the payload.
#include "build_cache.hpp"

#include "hash.hpp"
#include "output_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace geo {

namespace fs = std::filesystem;

namespace {

// Raise when the layout of an entry or of what it holds changes.
constexpr std::uint32_t kFormatVersion = 1;
constexpr char kMagic[4] = {'S', 'M', 'B', 'C'};
constexpr std::size_t kHeaderBytes = 4 + 4 + 8 + 8 + 8;

class Writer {
public:
    template <typename T>
    void pod(const T& v) {
        const auto* p = reinterpret_cast<const char*>(&v);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T));
    }
    template <typename T>
    void vec(const std::vector<T>& v) {
        pod<std::uint64_t>(v.size());
        const auto* p = reinterpret_cast<const char*>(v.data());
        m_bytes.insert(m_bytes.end(), p, p + v.size() * sizeof(T));
    }
    void str(const std::string& s) {
        pod<std::uint64_t>(s.size());
        m_bytes.insert(m_bytes.end(), s.begin(), s.end());
    }
    void geometry(const LayerGeometry& g) {
        vec(g.vertices);
        vec(g.ringStart);
        vec(g.partStart);
        vec(g.featureStart);
        vec(g.kind);
    }
    std::vector<char>& bytes() { return m_bytes; }

private:
    std::vector<char> m_bytes;
};

// Reads what Writer wrote; any read past the end fails the whole entry.
class Reader {
public:
    Reader(const char* data, std::size_t size) : m_p(data), m_end(data + size) {}
    template <typename T>
    bool pod(T& v) {
        if (static_cast<std::size_t>(m_end - m_p) < sizeof(T)) return false;
        std::memcpy(&v, m_p, sizeof(T));
        m_p += sizeof(T);
        return true;
    }
    template <typename T>
    bool vec(std::vector<T>& v) {
        std::uint64_t n = 0;
        if (!pod(n) || n > static_cast<std::size_t>(m_end - m_p) / sizeof(T)) return false;
        v.resize(n);
        std::memcpy(v.data(), m_p, n * sizeof(T));
        m_p += n * sizeof(T);
        return true;
    }
    bool str(std::string& s) {
        std::uint64_t n = 0;
        if (!pod(n) || n > static_cast<std::size_t>(m_end - m_p)) return false;
        s.assign(m_p, n);
        m_p += n;
        return true;
    }
    bool geometry(LayerGeometry& g) {
        return vec(g.vertices) && vec(g.ringStart) && vec(g.partStart) && vec(g.featureStart) && vec(g.kind);
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const char* m_p;
    const char* m_end;
};

// The structure of a geometry is sound: every index within the next array, in order.
bool consistent(const LayerGeometry& g, std::size_t features) {
    auto ordered = [](const std::vector<std::uint32_t>& s, std::size_t limit) {
        if (s.empty() || s.front() != 0 || s.back() != limit) return false;
        return std::is_sorted(s.begin(), s.end());
    };
    return g.kind.size() == features && g.featureStart.size() == features + 1 &&
           ordered(g.featureStart, g.partCount()) && ordered(g.partStart, g.ringCount()) &&
           ordered(g.ringStart, g.vertices.size());
}

bool trianglesFit(const std::vector<std::uint32_t>& triangles,
                  const std::vector<std::uint32_t>& start,
                  std::size_t vertices,
                  std::size_t features) {
    if (triangles.size() % 3 || start.size() != features + 1 || start.back() * 3ull != triangles.size()) return false;
    return std::all_of(triangles.begin(), triangles.end(), [&](std::uint32_t i) { return i < vertices; });
}

}  // namespace

BuildCache::BuildCache(std::string folder, std::uint64_t capBytes)
    : m_folder(std::move(folder)), m_capBytes(capBytes) {}

BuildCache BuildCache::fromEnvironment() {
    if (const char* off = std::getenv("SANTEMAP_CACHE"); off && std::string(off) == "0") return disabled();
    std::uint64_t cap = 500ull << 20;
    if (const char* mb = std::getenv("SANTEMAP_CACHE_MB"); mb && std::atoll(mb) > 0)
        cap = static_cast<std::uint64_t>(std::atoll(mb)) << 20;
    fs::path base;
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x)
        base = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        base = fs::path(h) / ".cache";
    else
        return disabled();
    return BuildCache((base / "santemap").string(), cap);
}

std::uint64_t BuildCache::keyOf(const Layer& layer, const LoadOptions& options) {
    Hasher h;
    h.add(&kFormatVersion, sizeof kFormatVersion);
    h.addString(layer.sourceCrsWkt);
    h.addString(layer.crsLabel);
    h.addString(options.displayCrs);
    const double picture[3] = {options.pictureTolerance,
                               static_cast<double>(options.pictureWidth),
                               static_cast<double>(options.pictureHeight)};
    h.add(picture, sizeof picture);
    h.add(&options.detailLevels, sizeof options.detailLevels);
    const LayerGeometry& g = layer.geometry;
    h.addVector(g.vertices);
    h.addVector(g.ringStart);
    h.addVector(g.partStart);
    h.addVector(g.featureStart);
    h.addVector(g.kind);
    h.addVector(layer.fids);  // named in the warnings
    h.addString(layer.name);
    return h.value();
}

std::string BuildCache::pathOf(std::uint64_t key) const {
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.build", static_cast<unsigned long long>(key));
    return (fs::path(m_folder) / name).string();
}

std::optional<LoadedLayer> BuildCache::read(std::uint64_t key, Layer& layer, Diagnostics& diag) const {
    std::ifstream in(pathOf(key), std::ios::binary);
    if (!in) return std::nullopt;
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic, 4) != 0) return std::nullopt;
    Reader header(bytes.data() + 4, kHeaderBytes - 4);
    std::uint32_t version = 0;
    std::uint64_t storedKey = 0, length = 0, checksum = 0;
    if (!header.pod(version) || !header.pod(storedKey) || !header.pod(length) || !header.pod(checksum))
        return std::nullopt;
    if (version != kFormatVersion || storedKey != key || length != bytes.size() - kHeaderBytes) return std::nullopt;
    Hasher sum;
    sum.add(bytes.data() + kHeaderBytes, length);
    if (sum.value() != checksum) return std::nullopt;

    Reader r(bytes.data() + kHeaderBytes, length);
    LoadedLayer out;
    std::uint64_t outOfView = 0, repaired = 0, levels = 0, warnings = 0;
    if (!r.pod(outOfView) || !r.pod(repaired) || !r.geometry(out.display) || !r.vec(out.triangles) ||
        !r.vec(out.triangleStart) || !r.pod(levels) || levels > 16)
        return std::nullopt;
    const std::size_t n = layer.geometry.featureCount();
    if (!consistent(out.display, n) || !trianglesFit(out.triangles, out.triangleStart, out.display.vertices.size(), n))
        return std::nullopt;
    for (std::uint64_t k = 0; k < levels; ++k) {
        DetailLevel level;
        if (!r.pod(level.tolerance) || !r.geometry(level.display) || !r.vec(level.triangles) ||
            !r.vec(level.triangleStart) || !consistent(level.display, n) ||
            !trianglesFit(level.triangles, level.triangleStart, level.display.vertices.size(), n))
            return std::nullopt;
        out.levels.push_back(std::move(level));
    }
    std::vector<std::string> messages;
    if (!r.pod(warnings) || warnings > 1000) return std::nullopt;
    for (std::uint64_t k = 0; k < warnings; ++k) {
        std::string m;
        if (!r.str(m)) return std::nullopt;
        messages.push_back(std::move(m));
    }
    if (!r.atEnd()) return std::nullopt;
    out.outOfView = outOfView;
    out.repaired = repaired;
    out.layer = std::move(layer);
    std::vector<Box> boxes(n);
    for (std::size_t f = 0; f < n; ++f)
        if (out.display.kind[f] != GeomKind::None) boxes[f] = out.display.featureBox(f);
    out.index = SpatialIndex(boxes);
    for (auto& m : messages) diag.warn(std::move(m));
    // Used: the last to be evicted.
    std::error_code ec;
    fs::last_write_time(pathOf(key), fs::file_time_type::clock::now(), ec);
    return out;
}

void BuildCache::write(std::uint64_t key, const LoadedLayer& built, const Diagnostics& warnings) const {
    Writer payload;
    payload.pod<std::uint64_t>(built.outOfView);
    payload.pod<std::uint64_t>(built.repaired);
    payload.geometry(built.display);
    payload.vec(built.triangles);
    payload.vec(built.triangleStart);
    payload.pod<std::uint64_t>(built.levels.size());
    for (const auto& level : built.levels) {
        payload.pod(level.tolerance);
        payload.geometry(level.display);
        payload.vec(level.triangles);
        payload.vec(level.triangleStart);
    }
    payload.pod<std::uint64_t>(warnings.warnings.size());
    for (const auto& w : warnings.warnings) payload.str(w);
    Hasher sum;
    sum.add(payload.bytes().data(), payload.bytes().size());
    Writer header;
    for (char c : kMagic) header.pod(c);
    header.pod(kFormatVersion);
    header.pod(key);
    header.pod<std::uint64_t>(payload.bytes().size());
    header.pod(sum.value());

    const std::string path = pathOf(key);
    makeParentFolder(path);
    std::string bytes(header.bytes().begin(), header.bytes().end());
    bytes.append(payload.bytes().begin(), payload.bytes().end());
    // A cache that cannot be written (full disk, read-only folder) is only slower: no message.
    if (!writeFileAtomically(path, bytes)) return;
    evictBeyondCap();
}

void BuildCache::evictBeyondCap() const {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    std::uint64_t total = 0;
    for (const auto& e : fs::directory_iterator(m_folder, ec)) {
        if (e.path().extension() != ".build") continue;
        const auto size = e.file_size(ec);
        if (ec) continue;
        total += size;
        entries.emplace_back(e.last_write_time(ec), e.path());
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [time, path] : entries) {
        if (total <= m_capBytes) break;
        const auto size = fs::file_size(path, ec);
        if (fs::remove(path, ec)) total -= size;
    }
}

Result<LoadedLayer> BuildCache::build(Layer layer, const LoadOptions& options, Diagnostics& diag) const {
    if (!enabled()) return buildLayer(std::move(layer), options, diag);
    const std::uint64_t key = keyOf(layer, options);
    if (auto hit = read(key, layer, diag)) return std::move(*hit);
    Diagnostics local;
    auto built = buildLayer(std::move(layer), options, local);
    for (const auto& w : local.warnings) diag.warn(w);
    if (built) write(key, built.value(), local);
    return built;
}

}  // namespace geo
