// Helpers for command-line tests: parse santemap's JSON, read ogrinfo's summary.
#pragma once

#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "support/test_support.hpp"

namespace cli_support {

inline nlohmann::json parse(const testing_support::CommandResult& r) {
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << r.out << "\nstderr: " << r.err;
    return j;
}

// What `ogrinfo -so` says of one layer.
struct OgrSummary {
    long long featureCount = -1;
    std::string geometry;
    double extent[4] = {0, 0, 0, 0};
    bool hasExtent = false;
    std::vector<std::pair<std::string, std::string>> fields;  // name, type
};

inline OgrSummary ogrinfo(const std::string& path, const std::string& layer) {
    auto r = testing_support::run("ogrinfo -so -ro " + testing_support::shellQuote(path) + " " +
                                  testing_support::shellQuote(layer));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    OgrSummary s;
    std::istringstream in(r.out);
    std::string line;
    static const std::regex count(R"(^Feature Count: (\d+))");
    static const std::regex geom(R"(^Geometry: (.+)$)");
    static const std::regex extent(R"(^Extent: \(([-0-9.e]+), ([-0-9.e]+)\) - \(([-0-9.e]+), ([-0-9.e]+)\))");
    static const std::regex field(R"(^([^ :][^:]*): (\w+) \()");
    bool inWkt = false;
    while (std::getline(in, line)) {
        std::smatch m;
        if (line.rfind("Layer SRS WKT", 0) == 0) inWkt = true;
        if (line.rfind("Data axis to CRS axis mapping", 0) == 0) {
            inWkt = false;
            continue;
        }
        if (std::regex_search(line, m, count))
            s.featureCount = std::stoll(m[1]);
        else if (std::regex_search(line, m, geom))
            s.geometry = m[1];
        else if (std::regex_search(line, m, extent)) {
            for (int i = 0; i < 4; ++i) s.extent[i] = std::stod(m[i + 1]);
            s.hasExtent = true;
        } else if (!inWkt && std::regex_search(line, m, field) && m[1] != "FID Column" && m[1] != "Geometry Column") {
            s.fields.emplace_back(m[1], m[2]);
        }
    }
    return s;
}

}  // namespace cli_support
