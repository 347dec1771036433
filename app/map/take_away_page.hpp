// The take-away sheet as a printed page: A4, one page, a PDF (vector text in DejaVu through
// cairo's FreeType support, the QR code as vector squares) or a PNG of the same page. The map
// excerpt is drawn by the map's own renderer at 300 dpi; the text by page_writer, which the
// planner's atlas shares.
#pragma once

#include <string>

#include "domain/take_away.hpp"
#include "geo/diagnostics.hpp"
#include "geo/result.hpp"
#include "scene.hpp"
#include "scene_image.hpp"

namespace app {

enum class PageFormat { Pdf, Png };

// The map excerpt's side on the page.
inline constexpr double kExcerptMillimetres = 195 / 72.0 * 25.4;

// PDF for ".pdf", PNG for ".png" (any case); an error naming the file otherwise.
geo::Result<PageFormat> pageFormatOf(const std::string& path);

// The commune around `sheet.lonLat`, its neighbours, hospitals, maisons de santé and housing, the
// commune outlined: a square `sizeMm` wide at 300 dpi, from the territory scene's catalogue layers.
geo::Result<Image> takeAwayMapExcerpt(const Scene& territory,
                                      const TakeAway& sheet,
                                      double sizeMm,
                                      geo::Diagnostics& diag);

// Draws the page and writes it to `path` (write-then-rename); the number of pages (1).
geo::Result<int> writeTakeAwayPage(
    const TakeAway& sheet, const Image& mapExcerpt, Language lang, PageFormat format, const std::string& path);

// The QR code of `payload` as modules (true: dark), row by row, without the quiet zone; empty
// when libqrencode cannot encode it.
std::vector<std::vector<bool>> qrModules(const std::string& payload);

}  // namespace app
