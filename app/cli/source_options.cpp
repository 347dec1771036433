// Shared handling of source arguments.
#include "source_options.hpp"

#include "geo/data_path.hpp"

namespace app {

geo::OpenOptions openOptionsFrom(const Args& args) {
    geo::OpenOptions o;
    o.csv.xField = args.value("x").value_or("");
    o.csv.yField = args.value("y").value_or("");
    o.csv.wktField = args.value("wkt").value_or("");
    return o;
}

std::string resolveSource(const std::string& source, const Args& args) {
    return geo::resolveDataPath(source, args.value("data").value_or("")).value_or(source);
}

}  // namespace app
