#include "take_away_page.hpp"

#include <cairo-pdf.h>
#include <qrencode.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "geo/output_file.hpp"
#include "geo/projection.hpp"
#include "page_writer.hpp"

namespace app {

namespace {

constexpr double kPageW = kA4Width, kPageH = kA4Height;
constexpr double kMargin = 40;
constexpr double kPngDpi = 150;
constexpr double kExcerptPt = kExcerptMillimetres / 25.4 * 72;  // the map excerpt's side

// The QR code, dark squares on a white quiet zone of four modules, `side` points wide.
void drawQr(cairo_t* cr, const std::vector<std::vector<bool>>& modules, double x, double y, double side) {
    const double n = static_cast<double>(modules.size()) + 8, m = side / n;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (std::size_t r = 0; r < modules.size(); ++r)
        for (std::size_t c = 0; c < modules[r].size(); ++c)
            if (modules[r][c]) cairo_rectangle(cr, x + (c + 4) * m, y + (r + 4) * m, m, m);
    cairo_fill(cr);
}

// The map excerpt as a cairo image, drawn into a square of `side` points (its pixels stay at
// their resolution in the PDF).
void drawImage(cairo_t* cr, const Image& img, double x, double y, double side) {
    if (img.width <= 0 || img.height <= 0) return;
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, img.width, img.height);
    cairo_surface_flush(s);
    unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    for (int r = 0; r < img.height; ++r)
        for (int c = 0; c < img.width; ++c) {
            const std::uint8_t* p = &img.rgba[(static_cast<std::size_t>(r) * img.width + c) * 4];
            auto* q = reinterpret_cast<std::uint32_t*>(data + static_cast<std::size_t>(r) * stride) + c;
            *q = (std::uint32_t{p[0]} << 16) | (std::uint32_t{p[1]} << 8) | p[2];
        }
    cairo_surface_mark_dirty(s);
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, side / img.width, side / img.height);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(s);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x, y, side, side);
    cairo_stroke(cr);
}

// The left column: the commune and its zone, the description, the aids, what is nearby.
double leftColumn(PageWriter& w, const TakeAway& s, Language lang, double y) {
    const double x = kMargin, width = 300;
    y = w.heading(trf(lang, Text::NameAndCode, {s.communeName, s.communeCode}), x, y, width);
    if (!s.zone.empty()) y = w.paragraph(s.zone, x, y, width, 9.5, false, kInk);
    if (!s.zoneSource.empty()) y = w.paragraph(s.zoneSource, x, y, width, 8, false, kMuted);
    if (!s.description.empty()) y = w.paragraph(s.description, x, y + 4, width, 9, false, kInk, 6);
    if (!s.profileLine.empty()) {
        y = w.heading(tr(lang, Text::Aids), x, y + 4, width);
        y = w.paragraph(s.profileLine, x, y, width, 8, false, kMuted);
        if (s.aids.empty()) y = w.paragraph(tr(lang, Text::NoAidHere), x, y, width, 9, false, kInk);
        for (std::size_t i = 0; i < s.aids.size() && i < 7; ++i) {
            const auto& a = s.aids[i];
            const double top = y;
            y = w.paragraph(a.name, x, y + 2, width - 85, 9, false, kInk, 2);
            w.rightAligned(a.amount, x + width, top + 2 + 9 * 1.25 - 9 * 0.25, 9, true, kInk);
            y = w.paragraph(a.funder, x, y, width - 85, 7.5, false, kMuted, 1);
        }
        y = w.paragraph(s.total, x, y + 3, width, 10.5, true, kInk);
        y = w.paragraph(tr(lang, Text::AidsFootnote), x, y, width, 7.5, false, kMuted);
    }
    y = w.heading(tr(lang, Text::NearbyStraightLine), x, y + 4, width);
    for (std::size_t i = 0; i < s.nearby.size() && i < 6; ++i)
        y = w.paragraph("• " + s.nearby[i], x, y, width, 8.5, false, kInk, 2);
    return y;
}

// The right column: the map, then whom to contact, with the QR code when a contact exists.
void rightColumn(cairo_t* cr, PageWriter& w, const TakeAway& s, const Image& map, Language lang, double y) {
    const double x = kPageW - kMargin - kExcerptPt, width = kExcerptPt;
    drawImage(cr, map, x, y, kExcerptPt);
    y += kExcerptPt;
    y = w.paragraph(tr(lang, Text::SheetMapCaption), x, y, width, 7, false, kMuted);
    y = w.heading(tr(lang, Text::Contact), x, y + 6, width);
    if (!s.agencyName.empty()) y = w.paragraph(s.agencyName, x, y, width, 9.5, true, kInk);
    for (const auto& c : s.contactLines) y = w.paragraph(c, x, y, width, 9, false, kInk, 2);
    if (!s.qrPayload) {
        w.paragraph(tr(lang, Text::SheetNoPublicContact), x, y + 2, width, 8, false, kMuted);
        return;
    }
    const auto modules = qrModules(*s.qrPayload);
    if (modules.empty()) return;
    const double side = 120;
    drawQr(cr, modules, x, y + 6, side);
    w.paragraph(tr(lang, Text::SheetScanToContact), x, y + 8 + side, width, 8, false, kMuted);
}

void drawPage(cairo_t* cr, const TakeAway& s, const Image& map, Language lang, PageWriter& w) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    const double titleWidth = kPageW - 2 * kMargin - (s.demo ? 95 : 0);
    if (s.demo) {  // the badge, in the top right corner, as on the screen
        const double bw = 85, bh = 22, bx = kPageW - kMargin - bw, by = kMargin - 4;
        cairo_set_source_rgb(cr, kDemo.r, kDemo.g, kDemo.b);
        cairo_rectangle(cr, bx, by, bw, bh);
        cairo_fill(cr);
        const std::string badge = tr(lang, Text::DemoBadge);
        w.use(11, true, kInk);
        w.rightAligned(badge, bx + bw / 2 + w.advance(badge) / 2, by + 15.5, 11, true, Rgb{1, 1, 1});
    }
    double y = w.paragraph(s.title, kMargin, kMargin - 6, titleWidth, 18, true, kInk, 2);
    y = w.paragraph(s.what, kMargin, y + 2, titleWidth, 9.5, false, kMuted);
    if (!s.forWhom.empty()) y = w.paragraph(s.forWhom, kMargin, y, titleWidth, 10, true, kInk);
    if (s.demo) y = w.paragraph(tr(lang, Text::DemoBadgeTooltip), kMargin, y + 2, titleWidth, 8.5, false, kDemo);
    y += 8;
    leftColumn(w, s, lang, y);
    rightColumn(cr, w, s, map, lang, y + 6);
    // The foot of the page: the sources, then the date and version.
    const auto sources = w.wrap(s.sources, 7, false, kPageW - 2 * kMargin, 4);
    double fy = kPageH - kMargin - 7 * 1.3 * (static_cast<double>(sources.size()) + 1);
    w.paragraph(s.sources, kMargin, fy, kPageW - 2 * kMargin, 7, false, kMuted, 4);
    w.paragraph(s.dateLine, kMargin, kPageH - kMargin - 9, kPageW - 2 * kMargin, 7, false, kMuted);
}

}  // namespace

geo::Result<PageFormat> pageFormatOf(const std::string& path) {
    std::string ext = path.size() >= 4 ? path.substr(path.size() - 4) : "";
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".pdf") return PageFormat::Pdf;
    if (ext == ".png") return PageFormat::Png;
    return geo::Error{geo::ErrorCode::BadArgument, "the sheet is written as .pdf or .png", path};
}

std::vector<std::vector<bool>> qrModules(const std::string& payload) {
    std::unique_ptr<QRcode, void (*)(QRcode*)> qr(QRcode_encodeString8bit(payload.c_str(), 0, QR_ECLEVEL_M),
                                                  QRcode_free);
    if (!qr) return {};
    std::vector<std::vector<bool>> rows(qr->width, std::vector<bool>(qr->width));
    for (int r = 0; r < qr->width; ++r)
        for (int c = 0; c < qr->width; ++c) rows[r][c] = qr->data[r * qr->width + c] & 1;
    return rows;
}

geo::Result<Image> takeAwayMapExcerpt(const Scene& territory,
                                      const TakeAway& sheet,
                                      double sizeMm,
                                      geo::Diagnostics& diag) {
    auto toMap = geo::Transformer::create("EPSG:4326", territory.crs);
    if (!toMap) return toMap.error();
    const geo::Vec2 c = toMap->transform(sheet.lonLat);
    Scene s = territory;
    // 18 km across: the commune and its neighbours, as the window's fly-to shows them.
    const double half = 9000;
    s.extent = geo::Box{c.x - half, c.y - half, c.x + half, c.y + half};
    s.title.clear();
    s.legend = false;
    s.scaleBar = true;
    s.attribution.clear();
    // At 300 dpi: the scene in CSS pixels (96 dpi), scaled.
    const float scale = 300.0f / 96.0f;
    s.width = s.height = static_cast<int>(sizeMm / 25.4 * 96 + 0.5);
    std::vector<LayerSpec> kept;
    for (auto& l : s.layers) {
        const std::string& id = l.catalogueId;
        if (id != kCommunesLayer && id != kDepartementsLayer && id != kHospitalsLayer && id != kMspLayer &&
            id != kListingsLayer)
            continue;
        if (id == kCommunesLayer) {
            l.selectionField = "code_insee";
            l.selection = {sheet.communeCode};
        }
        kept.push_back(l);
    }
    s.layers = std::move(kept);
    return renderScene(s, scale, diag);
}

geo::Result<int> writeTakeAwayPage(
    const TakeAway& sheet, const Image& map, Language lang, PageFormat format, const std::string& path) {
    auto fonts = PageFonts::load();
    if (!fonts) return fonts.error();
    std::string bytes;
    cairo_surface_t* surface =
        format == PageFormat::Pdf
            ? cairo_pdf_surface_create_for_stream(appendToString, &bytes, kPageW, kPageH)
            : cairo_image_surface_create(
                  CAIRO_FORMAT_RGB24, static_cast<int>(kPageW / 72 * kPngDpi), static_cast<int>(kPageH / 72 * kPngDpi));
    cairo_t* cr = cairo_create(surface);
    if (format == PageFormat::Png) cairo_scale(cr, kPngDpi / 72, kPngDpi / 72);
    PageWriter writer(cr, fonts.value());
    drawPage(cr, sheet, map, lang, writer);
    cairo_show_page(cr);
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    if (format == PageFormat::Png) cairo_surface_write_to_png_stream(surface, appendToString, &bytes);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS || bytes.empty())
        return geo::Error{geo::ErrorCode::Internal,
                          std::string("cairo could not draw the sheet: ") +
                              cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished),
                          path};
    if (auto written = geo::writeFileAtomically(path, bytes); !written) return written.error();
    return 1;
}

}  // namespace app
