// Interns' semesters as codes (issue 12): "2026-S1" is the winter semester of the academic year
// 2026-2027, November 2026 to April 2027; "2026-S2" its summer semester, May to October 2027.
// Listings store them as "2026-S1|2026-S2"; free text from older records or imports is converted
// where its words say which semester it means, and kept as a note otherwise.
#pragma once

#include <string>
#include <vector>

#include "ui_text.hpp"

namespace app {

// True for "YYYY-S1" and "YYYY-S2" (YYYY from 2000 to 2099).
bool isSemesterCode(const std::string& text);

struct SemesterReading {
    std::vector<std::string> codes;  // sorted, unique
    std::string note;                // the text when some part of it names no semester; else empty
};

// Reads "2026-S1|2026-S2", "S1 2026, S2 2026", "novembre 2026", "mai 2027 et novembre 2027"...:
// a month names the semester it falls in (November–April: S1; May–October: S2 of the academic
// year begun the November before). When any part cannot be read, no code is invented: the whole
// text is the note.
SemesterReading readSemesters(const std::string& text);

// "novembre 2026 – avril 2027" for "2026-S1"; the code itself when it is not one.
std::string semesterMonths(Language lang, const std::string& code);

// The semester in which a date (YYYY-MM-DD) falls; empty for a malformed date.
std::string semesterOfDate(const std::string& isoDate);

}  // namespace app
