// PROJ wrappers: per-thread contexts, visualization axis order, in-place array transforms.
#include "projection.hpp"

#include <proj.h>

#include <cmath>
#include <limits>
#include <utility>

namespace geo {

namespace {

// A PROJ object owned for the duration of a scope.
struct PjGuard {
    PJ* pj;
    ~PjGuard() {
        if (pj) proj_destroy(pj);
    }
};

std::string lastProjError(PJ_CONTEXT* ctx) {
    const char* msg = proj_context_errno_string(ctx, proj_context_errno(ctx));
    return msg ? msg : "unknown PROJ error";
}

}  // namespace

Result<Transformer> Transformer::create(const std::string& from, const std::string& to) {
    PJ_CONTEXT* ctx = proj_context_create();
    if (!ctx) return Error{ErrorCode::Internal, "PROJ context could not be created", ""};
    proj_log_level(ctx, PJ_LOG_NONE);
    PJ* raw = proj_create_crs_to_crs(ctx, from.c_str(), to.c_str(), nullptr);
    if (!raw) {
        std::string msg = lastProjError(ctx);
        proj_context_destroy(ctx);
        return Error{ErrorCode::BadCrs, "no transformation from this CRS to " + to + " (" + msg + ")", ""};
    }
    PJ* norm = proj_normalize_for_visualization(ctx, raw);
    proj_destroy(raw);
    if (!norm) {
        proj_context_destroy(ctx);
        return Error{ErrorCode::BadCrs, "cannot normalise the axis order for " + to, ""};
    }
    return Transformer(ctx, norm);
}

Transformer::Transformer(Transformer&& other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr)), m_pj(std::exchange(other.m_pj, nullptr)) {}

Transformer& Transformer::operator=(Transformer&& other) noexcept {
    if (this != &other) {
        reset();
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_pj = std::exchange(other.m_pj, nullptr);
    }
    return *this;
}

Transformer::~Transformer() { reset(); }

void Transformer::reset() {
    if (m_pj) proj_destroy(m_pj);
    if (m_ctx) proj_context_destroy(m_ctx);
    m_pj = nullptr;
    m_ctx = nullptr;
}

void Transformer::transform(Vec2* points, std::size_t count) const {
    if (count == 0) return;
    proj_trans_generic(m_pj,
                       PJ_FWD,
                       &points[0].x,
                       sizeof(Vec2),
                       count,
                       &points[0].y,
                       sizeof(Vec2),
                       count,
                       nullptr,
                       0,
                       0,
                       nullptr,
                       0,
                       0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < count; ++i) {
        // PROJ marks failures with HUGE_VAL.
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y) || std::abs(points[i].x) > 1e30)
            points[i] = {nan, nan};
    }
}

Box areaOfUse(const std::string& crs) {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    Box box;
    {
        PjGuard obj{proj_create(ctx, crs.c_str())};
        double w, s, e, n;
        if (obj.pj && proj_get_area_of_use(ctx, obj.pj, &w, &s, &e, &n, nullptr) && w > -1000) {
            box.expand(w, s);
            box.expand(e, n);
        }
    }
    proj_context_destroy(ctx);
    return box;
}

bool isGeographic(const std::string& crs) {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    bool geographic = false;
    {
        PjGuard obj{proj_create(ctx, crs.c_str())};
        if (obj.pj) {
            PJ_TYPE t = proj_get_type(obj.pj);
            geographic = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS;
            if (t == PJ_TYPE_COMPOUND_CRS) {
                PjGuard horizontal{proj_crs_get_sub_crs(ctx, obj.pj, 0)};
                PJ_TYPE ht = horizontal.pj ? proj_get_type(horizontal.pj) : PJ_TYPE_UNKNOWN;
                geographic = ht == PJ_TYPE_GEOGRAPHIC_2D_CRS || ht == PJ_TYPE_GEOGRAPHIC_3D_CRS;
            }
        }
    }
    proj_context_destroy(ctx);
    return geographic;
}

Status validateCrs(const std::string& crs) {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    bool ok = false;
    {
        PjGuard obj{proj_create(ctx, crs.c_str())};
        if (obj.pj) {
            PJ_TYPE t = proj_get_type(obj.pj);
            ok = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS || t == PJ_TYPE_PROJECTED_CRS ||
                 t == PJ_TYPE_COMPOUND_CRS || t == PJ_TYPE_GEOCENTRIC_CRS;
        }
    }
    proj_context_destroy(ctx);
    if (!ok) return Error{ErrorCode::BadCrs, "unknown coordinate reference system '" + crs + "'", ""};
    return Ok{};
}

}  // namespace geo
