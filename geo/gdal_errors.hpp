// Collects GDAL's error messages on the current thread while an instance lives, so that
// they can be turned into an Error instead of being printed by GDAL's default handler.
#pragma once

#include <string>
#include <vector>

#include <cpl_error.h>

namespace geo {

class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    const std::vector<std::string>& errors() const { return m_errors; }
    const std::vector<std::string>& warnings() const { return m_warnings; }
    // The most telling message: the first error, else "" .
    std::string firstError() const { return m_errors.empty() ? std::string() : m_errors.front(); }
    void clear() {
        m_errors.clear();
        m_warnings.clear();
    }

private:
    static void handler(CPLErr errClass, int errNo, const char* msg);
    std::vector<std::string> m_errors;
    std::vector<std::string> m_warnings;
};

}  // namespace geo
