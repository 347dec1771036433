// A Shapefile is three files that can disagree: GDAL reads as many features as the .dbf has
// records (5 of 272 when the .dbf was cut short) and, without a .dbf, features with no attributes,
// all silently. This compares the .shx's count of shapes with the .dbf's count of records.
#pragma once

#include <string>
#include <vector>

namespace geo {

// Warnings for `shpPath` (empty when the three files agree): the .dbf missing, or its record
// count (or its size) short of, or beyond, the shapes of the .shx. Each names the files and both
// counts.
std::vector<std::string> shapefileMismatches(const std::string& shpPath);

// The .prj beside `shpPath`, or "" when there is none. GDAL reads a .prj it cannot parse as "no
// CRS" without a word, and the coordinates were then guessed: the reader refuses it instead.
std::string prjOf(const std::string& shpPath);

}  // namespace geo
