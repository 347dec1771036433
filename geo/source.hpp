// Opening any OGR source (file path or connection string) with clear errors for bad input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "result.hpp"

class GDALDataset;

namespace geo {

// How to find point geometry in a CSV when the usual column names do not match.
struct CsvGeometryOptions {
    std::string xField;    // longitude / x column
    std::string yField;    // latitude / y column
    std::string wktField;  // WKT geometry column
};

struct OpenOptions {
    CsvGeometryOptions csv;
};

struct DatasetCloser {
    void operator()(GDALDataset* ds) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct OpenedSource {
    DatasetPtr dataset;
    std::string driver;       // GDAL short name: GPKG, GeoJSON, ESRI Shapefile, CSV, PostgreSQL...
    std::string displayName;  // the source as given, with any password masked
};

// Registers GDAL drivers once; safe to call from any thread, any number of times.
void initGdal();

// True for "PG:..." and other non-file connection strings.
bool isConnectionString(const std::string& source);

// Replaces password=... (and user:password@ in URLs) with "***".
std::string maskPassword(const std::string& source);

// Opens a vector source read-only. Errors name the source and say what is wrong with it.
Result<OpenedSource> openSource(const std::string& source, const OpenOptions& options = {});

}  // namespace geo
