// What a printed page says, read back with poppler (pdftotext), and numbers written the French
// way by hand (not by the app's formatter), for the sheet and atlas tests.
#pragma once

#include <cstdio>
#include <string>

#include "support/test_support.hpp"

namespace pdf_text {

// pdftotext's text of pages first..last (0: all), laid out as on the page (or, with `layout`
// false, block by block: a paragraph's lines follow each other), with its no-break spaces
// (thousands, units) made plain spaces.
inline std::string pdfText(const std::string& pdf, int first = 0, int last = 0, bool layout = true) {
    const std::string pages =
        first > 0 ? " -f " + std::to_string(first) + " -l " + std::to_string(last > 0 ? last : first) : "";
    auto r = testing_support::run(std::string("pdftotext") + (layout ? " -layout" : "") + pages + " " +
                                  testing_support::shellQuote(pdf) + " -");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::string t = r.out;
    for (const std::string nbsp : {"\u202f", "\u00a0"})
        for (auto at = t.find(nbsp); at != std::string::npos; at = t.find(nbsp)) t.replace(at, nbsp.size(), " ");
    return t;
}

// Runs of white space (line breaks included) made one space.
inline std::string flat(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space || (!out.empty() && out.back() != ' ')) out += space ? ' ' : c;
    }
    return out;
}

// "30 000": a whole number in groups of three, as French writes it.
inline std::string frenchThousands(long long v) {
    std::string digits = std::to_string(v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

// "0,49": `decimals` decimals with a decimal comma (values below 1,000).
inline std::string frenchDecimal(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (auto dot = s.find('.'); dot != std::string::npos) s[dot] = ',';
    return s;
}

}  // namespace pdf_text
