// The benchmark data set: every commune of France (the 101 files of the shared data), and the
// same assembled once into one GeoPackage in the build folder.
#pragma once

#include <string>
#include <vector>

namespace bench {

// The 101 commune files, found through the data search path.
std::vector<std::string> communeFiles();

// Path of france-communes.gpkg in the current (build) folder, created on first use.
std::string franceGeoPackage();

}  // namespace bench
