// The kiosk's attract loop as data (data/tours/*.json): steps that frame the map, may choose a
// profession, an indicator and the layers shown, and say one thing in both languages. Every
// number a caption says is declared with how to check it (an SQL query on the data pack, or a
// quote of a seed document), so that a test can hold each caption to its source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "geo/types.hpp"
#include "ui_text.hpp"

namespace app {

struct TourFigure {
    double value = 0;
    std::string sql;  // GDAL SQL on the data pack; its first row's first field is the value
};

struct TourQuote {
    std::string seed;            // the seed document's number ("003")
    std::string text;            // words the document says, as written
    std::vector<double> values;  // the caption's numbers this quote stands for
};

struct TourStep {
    geo::Box extentLonLat;
    std::optional<std::string> indicator, profession;
    std::vector<std::string> layers;  // catalogue ids shown; the others are hidden
    LocalText caption;
    std::vector<TourFigure> figures;
    std::vector<TourQuote> quotes;
    double seconds = 8;
};

struct Tour {
    LocalText name;
    std::vector<TourStep> steps;
    double seconds() const;  // the whole loop
};

// Reads and checks a tour: a name, at least one step, each with an extent inside [-180, 180] ×
// [-90, 90] and west < east, south < north, a caption in both languages, 2 to 120 seconds.
// Errors name the file and the step.
geo::Result<Tour> readTour(const std::string& path);

// The numbers a caption says ("1 019 811", "1,019,811", "2024", "3,5"), in order.
std::vector<double> captionNumbers(const std::string& caption);

}  // namespace app
