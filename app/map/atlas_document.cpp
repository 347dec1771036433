#include "atlas_document.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>

#include "atlas_map.hpp"
#include "domain/number_format.hpp"
#include "geo/output_file.hpp"

namespace app {

namespace {

constexpr double kMargin = 40;
constexpr double kWidth = kA4Width - 2 * kMargin;
constexpr double kMapSide = 300;
constexpr double kRightX = kMargin + kMapSide + 15, kRightWidth = kA4Width - kMargin - kRightX;

// The key figures: a label, then the commune, the département and the region, right-aligned.
double figureTable(
    PageWriter& w, const std::vector<KeyFigure>& figures, Language lang, double x, double y, double width) {
    const double label = width - 3 * 50, size = 7.5;
    cairo_t* cr = w.context();
    const Text heads[] = {Text::ColumnCommune, Text::ColumnDepartement, Text::ColumnRegion};
    for (int c = 0; c < 3; ++c)
        w.rightAligned(tr(lang, heads[c]), x + label + 50 * (c + 1), y + size, size, true, kMuted);
    y += size + 4;
    for (const auto& f : figures) {
        const double top = y;
        const bool model =
            f.label == Text::FigureModel || f.label == Text::FigureModelAfter || f.label == Text::FigureEstimateAfter;
        y = w.paragraph(tr(lang, f.label), x, y, label - 4, size, false, model ? kHeading : kInk, 2);
        const double baseline = top + size;
        const std::optional<double> values[] = {f.commune, f.departement, f.region};
        for (int c = 0; c < 3; ++c) {
            // A figure published for a few communes only has no département or region value; a
            // missing value is a dash, as the note below the table says.
            const std::string text =
                (c > 0 && f.publishedFor) || !values[c] ? "\u2014" : keyFigureText(lang, values[c], f);
            w.rightAligned(text, x + label + 50 * (c + 1), baseline, size, c == 0, kInk);
        }
        y += 2;
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
        cairo_rectangle(cr, x, y - 1, width, 0.4);
        cairo_fill(cr);
    }
    return y;
}

// The zone and its source, and with a scenario the zone after it.
double zoneBlock(PageWriter& w, const AtlasPage& p, Language lang, double x, double y, double width) {
    if (!p.sheet.zone.empty()) y = w.paragraph(p.sheet.zone, x, y, width, 9, true, kInk, 2);
    if (!p.sheet.zoneSource.empty()) y = w.paragraph(p.sheet.zoneSource, x, y, width, 7, false, kMuted, 2);
    if (!p.scenarioLine.empty() && p.access) {
        const std::string after =
            p.access->zoneAfter ? tr(lang, zoneText(*p.access->zoneAfter)) : tr(lang, Text::AtlasNoZone);
        y = w.paragraph(trf(lang, Text::AtlasZoneAfter, {after}), x, y + 2, width, 8.5, true, kDemo, 2);
        if (!p.aidsGained.empty() || !p.aidsLost.empty())
            y = w.paragraph(tr(lang, Text::AtlasAidsChange), x, y + 1, width, 7.5, false, kDemo);
        for (const auto& a : p.aidsGained)
            y = w.paragraph(trf(lang, Text::LabAidGained, {a}), x, y, width, 7.5, false, kInk, 2);
        for (const auto& a : p.aidsLost)
            y = w.paragraph(trf(lang, Text::LabAidLost, {a}), x, y, width, 7.5, false, kInk, 2);
    }
    return y;
}

// The APL 2015-2023 as a line over the years (2020's gap shows), the zoning thresholds dashed.
double trendPlot(PageWriter& w, const std::vector<YearValue>& trend, Language lang, double x, double y, double width) {
    cairo_t* cr = w.context();
    y = w.heading(tr(lang, Text::AtlasTrendTitle), x, y, width);
    if (trend.empty()) return w.paragraph(tr(lang, Text::AtlasNoTrend), x, y, width, 8, false, kMuted);
    const double left = x + 18, right = x + width - 6, top = y + 6, bottom = y + 116;
    double high = 5;
    for (const auto& v : trend) high = std::max(high, std::ceil(v.value));
    auto px = [&](int year) { return left + (right - left) * (year - 2015) / 8.0; };
    auto py = [&](double v) { return bottom - (bottom - top) * v / high; };
    cairo_set_line_width(cr, 0.4);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_move_to(cr, left, top);
    cairo_line_to(cr, left, bottom);
    cairo_line_to(cr, right, bottom);
    cairo_stroke(cr);
    for (double t : {0.0, kAplZipBelow, kAplZacUpTo, high}) {
        w.rightAligned(formatNumber(lang, t, t == kAplZipBelow ? 1 : 0), left - 3, py(t) + 2.3, 6.5, false, kMuted);
        if (t == kAplZipBelow || t == kAplZacUpTo) {
            const double dash = 2;
            cairo_set_dash(cr, &dash, 1, 0);
            cairo_set_source_rgb(cr, 0.7, 0.35, 0.3);
            cairo_move_to(cr, left, py(t));
            cairo_line_to(cr, right, py(t));
            cairo_stroke(cr);
            cairo_set_dash(cr, nullptr, 0, 0);
        }
    }
    for (int year = 2015; year <= 2023; year += 2)
        w.line(std::to_string(year), px(year) - 8, bottom + 9, 6.5, false, kMuted);
    cairo_set_source_rgb(cr, kHeading.r, kHeading.g, kHeading.b);
    cairo_set_line_width(cr, 1.4);
    for (std::size_t i = 0; i < trend.size(); ++i) {
        // A missing edition (2020) breaks the line rather than joining across it.
        const bool joined = i > 0 && trend[i].year - trend[i - 1].year <= 1;
        (joined ? cairo_line_to : cairo_move_to)(cr, px(trend[i].year), py(trend[i].value));
    }
    cairo_stroke(cr);
    for (const auto& v : trend) {
        cairo_arc(cr, px(v.year), py(v.value), 1.8, 0, 2 * M_PI);
        cairo_fill(cr);
    }
    const YearValue& first = trend.front();
    const YearValue& last = trend.back();
    w.line(formatNumber(lang, first.value, 2), px(first.year) + 3, py(first.value) - 4, 7, true, kHeading);
    // The last value on the side away from the line that comes to it: below when it falls.
    const bool falls = trend.size() > 1 && last.value < trend[trend.size() - 2].value;
    w.rightAligned(
        formatNumber(lang, last.value, 2), px(last.year) - 3, py(last.value) + (falls ? 9 : -4), 7, true, kHeading);
    return bottom + 12;
}

// The aids for the profile, their amounts, the total.
double aidsBlock(PageWriter& w, const TakeAway& s, Language lang, double x, double y, double width) {
    y = w.heading(tr(lang, Text::Aids), x, y, width);
    y = w.paragraph(s.profileLine, x, y, width, 7.5, false, kMuted, 2);
    if (s.aids.empty()) y = w.paragraph(tr(lang, Text::NoAidHere), x, y, width, 8.5, false, kInk);
    for (std::size_t i = 0; i < s.aids.size() && i < 6; ++i) {
        const auto& a = s.aids[i];
        const double top = y;
        y = w.paragraph(a.name, x, y + 1.5, width - 75, 8, false, kInk, 2);
        w.rightAligned(a.amount, x + width, top + 1.5 + 8, 8, true, kInk);
        y = w.paragraph(a.funder, x, y, width - 75, 6.5, false, kMuted, 1);
    }
    y = w.paragraph(s.total, x, y + 2, width, 9.5, true, kInk);
    return w.paragraph(tr(lang, Text::AidsFootnote), x, y, width, 6.5, false, kMuted);
}

void drawPage(PageWriter& w, const AtlasMap& map, const AtlasPage& p, Language lang, int number, int count) {
    cairo_t* cr = w.context();
    const TakeAway& s = p.sheet;
    w.rightAligned(tr(lang, Text::AtlasTitle), kA4Width - kMargin, kMargin + 4, 8, false, kMuted);
    double y = w.paragraph(trf(lang, Text::NameAndCode, {s.communeName, s.communeCode}),
                           kMargin,
                           kMargin - 8,
                           kWidth - 120,
                           17,
                           true,
                           kInk,
                           1);
    y = w.paragraph(s.what, kMargin, y, kWidth, 9, false, kMuted);
    if (!p.scenarioLine.empty()) {  // the notice, on an orange rule, before anything else
        const double top = y + 3;
        y = w.paragraph(p.scenarioLine, kMargin + 6, top, kWidth - 6, 8.5, true, kDemo, 3);
        cairo_set_source_rgb(cr, kDemo.r, kDemo.g, kDemo.b);
        cairo_rectangle(cr, kMargin, top + 2, 2.5, y - top);
        cairo_fill(cr);
    }
    y += 8;
    const double below = map.draw(w, s.communeCode, kMargin, y, kMapSide, lang);
    double right = w.heading(tr(lang, Text::AtlasZoning), kRightX, y - 6, kRightWidth);
    right = zoneBlock(w, p, lang, kRightX, right, kRightWidth);
    right = aidsBlock(w, s, lang, kRightX, right + 2, kRightWidth);
    y = std::max(below, right) + 4;
    double table = w.heading(tr(lang, Text::KeyFigures), kMargin, y, kMapSide);
    table = figureTable(w, p.figures, lang, kMargin, table + 1, kMapSide);
    table = w.paragraph(tr(lang, Text::AtlasDashNote), kMargin, table, kMapSide, 6.5, false, kMuted);
    const double trendEnd = trendPlot(w, p.trend, lang, kRightX, y, kRightWidth);
    y = std::max(table, trendEnd) + 8;
    if (!p.modelNote.empty()) w.paragraph(p.modelNote, kMargin, y, kWidth, 7, false, kMuted, 4);
    // The foot of the page: the sources, then the date and version with the page number.
    const auto sources = w.wrap(s.sources, 6.5, false, kWidth, 4);
    const double fy = kA4Height - kMargin - 6.5 * 1.3 * (static_cast<double>(sources.size()) + 1);
    w.paragraph(s.sources, kMargin, fy, kWidth, 6.5, false, kMuted, 4);
    w.paragraph(s.dateLine, kMargin, kA4Height - kMargin - 8, kWidth - 80, 6.5, false, kMuted);
    w.rightAligned(trf(lang, Text::AtlasPageOf, {std::to_string(number), std::to_string(count)}),
                   kA4Width - kMargin,
                   kA4Height - kMargin + 0.25,
                   6.5,
                   false,
                   kMuted);
}

}  // namespace

struct AtlasDocument::State {
    Language lang = Language::French;
    std::string bytes;  // the PDF as cairo streams it
    PageFonts fonts;
    AtlasMap map;
    cairo_surface_t* surface = nullptr;
    cairo_t* cr = nullptr;
    State(PageFonts f, AtlasMap m) : fonts(std::move(f)), map(std::move(m)) {}
    ~State() {
        if (cr) cairo_destroy(cr);
        if (surface) cairo_surface_destroy(surface);
    }
};

AtlasDocument::AtlasDocument(std::unique_ptr<State> state) : m_state(std::move(state)) {}
AtlasDocument::AtlasDocument(AtlasDocument&&) noexcept = default;
AtlasDocument& AtlasDocument::operator=(AtlasDocument&&) noexcept = default;
AtlasDocument::~AtlasDocument() = default;

geo::Result<AtlasDocument> AtlasDocument::open(const TerritoryData& t, Language lang, const std::string& title) {
    auto fonts = PageFonts::load();
    if (!fonts) return fonts.error();
    auto map = AtlasMap::build(t);
    if (!map) return map.error();
    auto state = std::make_unique<State>(std::move(fonts.value()), std::move(map.value()));
    state->lang = lang;
    state->surface = cairo_pdf_surface_create_for_stream(appendToString, &state->bytes, kA4Width, kA4Height);
    cairo_pdf_surface_set_metadata(state->surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(state->surface, CAIRO_PDF_METADATA_CREATOR, "SantéMap");
    state->cr = cairo_create(state->surface);
    return AtlasDocument(std::move(state));
}

void AtlasDocument::addPage(const AtlasPage& page, int number, int count) {
    PageWriter writer(m_state->cr, m_state->fonts);
    cairo_save(m_state->cr);
    drawPage(writer, m_state->map, page, m_state->lang, number, count);
    cairo_restore(m_state->cr);
    cairo_show_page(m_state->cr);
}

geo::Result<std::size_t> AtlasDocument::finish(const std::string& path) {
    const cairo_status_t drawn = cairo_status(m_state->cr);
    cairo_destroy(m_state->cr);
    m_state->cr = nullptr;
    cairo_surface_finish(m_state->surface);
    const cairo_status_t finished = cairo_surface_status(m_state->surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS || m_state->bytes.empty())
        return geo::Error{geo::ErrorCode::Internal,
                          std::string("cairo could not draw the atlas: ") +
                              cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished),
                          path};
    if (auto written = geo::writeFileAtomically(path, m_state->bytes); !written) return written.error();
    return m_state->bytes.size();
}

}  // namespace app
