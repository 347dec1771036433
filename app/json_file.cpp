#include "json_file.hpp"

#include <fstream>
#include <sstream>

namespace app {

geo::Result<nlohmann::json> readJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return geo::Error{geo::ErrorCode::NotFound, "cannot open the file", path};
    std::stringstream text;
    text << in.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& e) {
        return geo::Error{geo::ErrorCode::BadFormat, std::string("not valid JSON: ") + e.what(), path};
    }
}

}  // namespace app
