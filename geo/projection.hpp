// Coordinate transformation with PROJ. One Transformer belongs to one thread (it owns its
// PJ_CONTEXT); make one per worker. Longitude/latitude are always x/y on both sides.
#pragma once

#include <cstddef>
#include <string>

#include "result.hpp"
#include "types.hpp"

struct pj_ctx;
struct PJconsts;

namespace geo {

class Transformer {
public:
    // from/to: anything proj_create accepts ("EPSG:2154", WKT, PROJJSON).
    static Result<Transformer> create(const std::string& from, const std::string& to);

    Transformer(Transformer&& other) noexcept;
    Transformer& operator=(Transformer&& other) noexcept;
    Transformer(const Transformer&) = delete;
    Transformer& operator=(const Transformer&) = delete;
    ~Transformer();

    // In place. Points PROJ cannot transform become NaN (check with std::isfinite).
    void transform(Vec2* points, std::size_t count) const;
    Vec2 transform(Vec2 p) const {
        transform(&p, 1);
        return p;
    }

private:
    Transformer(pj_ctx* ctx, PJconsts* pj) : m_ctx(ctx), m_pj(pj) {}
    void reset();
    pj_ctx* m_ctx = nullptr;
    PJconsts* m_pj = nullptr;
};

// The area where a CRS is meant to be used, in longitude/latitude degrees; empty if PROJ has none.
Box areaOfUse(const std::string& crs);

// True when the definition names a geographic (longitude/latitude) CRS.
bool isGeographic(const std::string& crs);

// Checks that PROJ knows a CRS ("EPSG:2154", WKT...); the error says which one it refused.
Status validateCrs(const std::string& crs);

}  // namespace geo
