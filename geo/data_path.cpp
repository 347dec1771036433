// Resolution of relative data paths through the search path.
#include "data_path.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "source.hpp"

namespace geo {

namespace {

bool exists(const std::string& p) {
    struct stat st {};
    return stat(p.c_str(), &st) == 0;
}

}  // namespace

std::vector<std::string> dataSearchPath(const std::string& explicitDir) {
    std::vector<std::string> dirs;
    if (!explicitDir.empty()) dirs.push_back(explicitDir);
    if (const char* env = std::getenv("SANTEMAP_DATA"); env && *env) dirs.emplace_back(env);
    dirs.emplace_back("data");
    dirs.emplace_back("../shared/data");
    // The same two folders next to the checkout the program was built in (build/santemap), so
    // that it finds its data from any working directory.
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const std::filesystem::path repo = exe.parent_path().parent_path();
        dirs.push_back((repo / "data").string());
        dirs.push_back((repo / "../shared/data").lexically_normal().string());
    }
    return dirs;
}

std::optional<std::string> resolveDataPath(const std::string& source, const std::string& explicitDir) {
    if (isConnectionString(source) || source.rfind("/vsi", 0) == 0 || exists(source)) return source;
    if (!source.empty() && source[0] == '/') return std::nullopt;
    for (const std::string& dir : dataSearchPath(explicitDir)) {
        std::string candidate = dir + "/" + source;
        if (exists(candidate)) return candidate;
    }
    return std::nullopt;
}

}  // namespace geo
