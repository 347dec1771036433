// Text and furniture on a printed page drawn with cairo: word-wrapped paragraphs, headings,
// right-aligned amounts, in the application's font (DejaVu through cairo's FreeType support, so
// a PDF holds vector text with the glyphs it uses only). Shared by the take-away sheet and the
// planner's atlas.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "geo/result.hpp"

namespace app {

struct Rgb {
    double r, g, b;
};
// Not `inline`: internal to each file that draws a page, so that they never merge with the
// window's colours of the same names (ui/widgets.hpp's kMuted is an ImVec4).
constexpr Rgb kInk{0.12, 0.12, 0.12}, kMuted{0.42, 0.42, 0.42}, kHeading{0.12, 0.31, 0.47}, kDemo{0.85, 0.45, 0.05};

constexpr double kA4Width = 595.276, kA4Height = 841.89;  // points

// The regular and bold faces of the application's font, released with the object.
class PageFonts {
public:
    // An error naming the font file when it cannot be read; bold falls back to regular.
    static geo::Result<PageFonts> load();
    PageFonts(PageFonts&& o) noexcept : m_regular(o.m_regular), m_bold(o.m_bold) { o.m_regular = o.m_bold = nullptr; }
    PageFonts(const PageFonts&) = delete;
    PageFonts& operator=(const PageFonts&) = delete;
    PageFonts& operator=(PageFonts&&) = delete;
    ~PageFonts();
    cairo_font_face_t* regular() const { return m_regular; }
    cairo_font_face_t* bold() const { return m_bold; }

private:
    PageFonts(cairo_font_face_t* regular, cairo_font_face_t* bold) : m_regular(regular), m_bold(bold) {}
    cairo_font_face_t* m_regular;
    cairo_font_face_t* m_bold;
};

class PageWriter {
public:
    PageWriter(cairo_t* cr, const PageFonts& fonts) : m_cr(cr), m_regular(fonts.regular()), m_bold(fonts.bold()) {}

    // Lines of `text` at most `width` wide, broken between words (a word longer than the line
    // stands alone, a space after a digit never breaks); at most maxLines, the last ending in "…"
    // when cut.
    std::vector<std::string> wrap(const std::string& text, double size, bool bold, double width, int maxLines = 99);
    // A paragraph whose top is at (x, y); returns the y below it.
    double paragraph(const std::string& text,
                     double x,
                     double y,
                     double width,
                     double size,
                     bool bold,
                     Rgb colour,
                     int maxLines = 99);
    // One line, right-aligned at `right`, its baseline at `baseline`.
    void rightAligned(const std::string& text, double right, double baseline, double size, bool bold, Rgb colour);
    // One line starting at (x, baseline).
    void line(const std::string& text, double x, double baseline, double size, bool bold, Rgb colour);
    // A heading underlined across `width`; returns the y below it.
    double heading(const std::string& text, double x, double y, double width);
    // The width of `text` in the font last used.
    double advance(const std::string& text);
    void use(double size, bool bold, Rgb colour);
    cairo_t* context() const { return m_cr; }

private:
    cairo_t* m_cr;
    cairo_font_face_t* m_regular;
    cairo_font_face_t* m_bold;
};

// A cairo write function appending to the std::string `closure`: pages are assembled in memory,
// then written to their file at once (write-then-rename).
cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length);

}  // namespace app
