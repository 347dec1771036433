// A valid listing for the tests that save, edit and undo (student housing in Blois).
#pragma once

#include <string>

#include "domain/listing.hpp"

namespace testing_support {

inline app::Listing housing(const std::string& title) {
    app::Listing l;
    l.category = "logement";
    l.kind = "logement-etudiant";
    l.title = title;
    l.communeCode = "41018";
    l.communeName = "Blois";
    l.lonLat = {1.3359, 47.5861};
    return l;
}

}  // namespace testing_support
