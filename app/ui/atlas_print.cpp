#include "atlas_print.hpp"

#include <ctime>

#include "domain/atlas.hpp"
#include "geo/output_file.hpp"
#include "map/atlas_document.hpp"

namespace app {

namespace {

// "HHMMSS" now, local time: two atlases of the same day do not overwrite each other.
std::string timeOfDay() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[8];
    std::strftime(buf, sizeof buf, "%H%M%S", &local);
    return buf;
}

}  // namespace

geo::Result<AtlasPrinted> printAtlas(const AtlasRequest& request,
                                     const TerritoryData& t,
                                     const AidProfile& profile,
                                     Language lang,
                                     const std::string& folder,
                                     const std::string& dataDir) {
    auto codes = atlasCommunes(t, request.communes, "");
    if (!codes) return codes.error();
    if (codes->empty()) return geo::Error{geo::ErrorCode::BadArgument, tr(lang, Text::AtlasNothingToPrint), ""};
    auto model = AtlasModel::build(t.aid, t.catalogue, dataDir, request.scenario, profile.date, request.params);
    if (!model) return model.error();
    auto doc = AtlasDocument::open(t, lang, tr(lang, Text::AtlasTitle));
    if (!doc) return doc.error();
    const int count = static_cast<int>(codes->size());
    for (int i = 0; i < count; ++i) {
        auto page = atlasPage(t, (*codes)[i], profile, lang, &model.value());
        if (!page) return page.error();
        doc->addPage(page.value(), i + 1, count);
    }
    const std::string path = folder + "/atlas-" + profile.date + "-" + timeOfDay() + ".pdf";
    geo::makeParentFolder(path);
    auto bytes = doc->finish(path);
    if (!bytes) return bytes.error();
    return AtlasPrinted{path, count};
}

}  // namespace app
