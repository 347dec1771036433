#include "page_writer.hpp"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cctype>

#include "scene_image.hpp"

namespace app {

namespace {

// FreeType's library lives as long as the process: cairo keeps the faces made from it in its
// font caches after the page is done.
FT_Library freeType() {
    static const FT_Library library = [] {
        FT_Library l = nullptr;
        return FT_Init_FreeType(&l) == 0 ? l : nullptr;
    }();
    return library;
}

// A cairo font face on a font file; cairo frees the FreeType face when it no longer needs it.
cairo_font_face_t* fontFace(const std::string& path) {
    FT_Face face = nullptr;
    if (!freeType() || FT_New_Face(freeType(), path.c_str(), 0, &face) != 0) return nullptr;
    cairo_font_face_t* cf = cairo_ft_font_face_create_for_ft_face(face, 0);
    static const cairo_user_data_key_t key{};
    if (cairo_font_face_set_user_data(cf, &key, face, [](void* f) { FT_Done_Face(static_cast<FT_Face>(f)); }) !=
        CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(cf);
        FT_Done_Face(face);
        return nullptr;
    }
    return cf;
}

std::string boldPath(const std::string& regular) {
    const auto dot = regular.rfind(".ttf");
    return dot == std::string::npos ? regular : regular.substr(0, dot) + "-Bold.ttf";
}

}  // namespace

geo::Result<PageFonts> PageFonts::load() {
    const std::string font = defaultFontPath();
    cairo_font_face_t* regular = fontFace(font);
    if (!regular) return geo::Error{geo::ErrorCode::Unreadable, "cannot read the font", font};
    cairo_font_face_t* bold = fontFace(boldPath(font));
    return PageFonts(regular, bold ? bold : cairo_font_face_reference(regular));
}

PageFonts::~PageFonts() {
    if (m_regular) cairo_font_face_destroy(m_regular);
    if (m_bold) cairo_font_face_destroy(m_bold);
}

std::vector<std::string> PageWriter::wrap(const std::string& text, double size, bool bold, double width, int maxLines) {
    use(size, bold, kInk);
    std::vector<std::string> lines;
    std::string line, word;
    auto flush = [&] {
        if (!line.empty()) lines.push_back(line);
        line.clear();
    };
    auto addWord = [&] {
        if (word.empty()) return;
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && advance(candidate) > width) {
            flush();
            line = word;
        } else {
            line = candidate;
        }
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // A space after a digit holds a number to what follows ("02 38 25 45 45", "2,0 km",
        // "5 000 €"): never a break there.
        const bool inNumber =
            c == ' ' && i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1]));
        if (inNumber) {
            word += "\u00a0";
            continue;
        }
        if (c == ' ' || c == '\n') {
            addWord();
            if (c == '\n') flush();
        } else {
            word += c;
        }
    }
    addWord();
    flush();
    if (static_cast<int>(lines.size()) > maxLines) {
        lines.resize(maxLines);
        std::string& last = lines.back();
        while (!last.empty() && advance(last + " …") > width) last.pop_back();
        while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80) last.pop_back();
        if (!last.empty()) last.pop_back();  // the rest of a cut UTF-8 character, or a letter
        last += " …";
    }
    return lines;
}

double PageWriter::paragraph(
    const std::string& text, double x, double y, double width, double size, bool bold, Rgb colour, int maxLines) {
    const auto lines = wrap(text, size, bold, width, maxLines);
    use(size, bold, colour);
    for (const auto& l : lines) {
        y += size * 1.25;
        cairo_move_to(m_cr, x, y - size * 0.25);
        cairo_show_text(m_cr, l.c_str());
    }
    return y;
}

void PageWriter::rightAligned(
    const std::string& text, double right, double baseline, double size, bool bold, Rgb colour) {
    use(size, bold, colour);
    cairo_move_to(m_cr, right - advance(text), baseline);
    cairo_show_text(m_cr, text.c_str());
}

void PageWriter::line(const std::string& text, double x, double baseline, double size, bool bold, Rgb colour) {
    use(size, bold, colour);
    cairo_move_to(m_cr, x, baseline);
    cairo_show_text(m_cr, text.c_str());
}

double PageWriter::heading(const std::string& text, double x, double y, double width) {
    y = paragraph(text, x, y + 6, width, 11, true, kHeading);
    cairo_set_source_rgb(m_cr, kHeading.r, kHeading.g, kHeading.b);
    cairo_rectangle(m_cr, x, y + 1.5, width, 0.6);
    cairo_fill(m_cr);
    return y + 5;
}

double PageWriter::advance(const std::string& text) {
    cairo_text_extents_t e;
    cairo_text_extents(m_cr, text.c_str(), &e);
    return e.x_advance;
}

void PageWriter::use(double size, bool bold, Rgb colour) {
    cairo_set_font_face(m_cr, bold ? m_bold : m_regular);
    cairo_set_font_size(m_cr, size);
    cairo_set_source_rgb(m_cr, colour.r, colour.g, colour.b);
}

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace app
