// GDAL error handler that records messages per thread (CPLPushErrorHandlerEx is thread-local).
#include "gdal_errors.hpp"

#include <cpl_error.h>

namespace geo {

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

void GdalErrorCapture::handler(CPLErr errClass, int /*errNo*/, const char* msg) {
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self || !msg) return;
    if (errClass == CE_Failure || errClass == CE_Fatal)
        self->m_errors.emplace_back(msg);
    else if (errClass == CE_Warning)
        self->m_warnings.emplace_back(msg);
}

}  // namespace geo
