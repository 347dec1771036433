// Assembly of the default territory from ../shared/data.
#include "default_territory.hpp"

#include "geo/data_path.hpp"
#include "geo/insee_join.hpp"
#include "geo/reader.hpp"
#include "geo/territory.hpp"

namespace app {

namespace {

geo::Result<std::string> find(const std::string& relative, const std::string& dataDir) {
    auto p = geo::resolveDataPath(relative, dataDir);
    if (!p)
        return geo::Error{geo::ErrorCode::NotFound,
                          "not found in the data search path (--data DIR, $SANTEMAP_DATA, data/, ../shared/data)", relative};
    return *p;
}

}  // namespace

geo::Result<Scene> defaultTerritoryScene(const std::string& dataDir, geo::Diagnostics& diag) {
    auto departements = find("france_geojson_admin_express_2018/departements.geojson", dataDir);
    auto communes = find("france_geojson_admin_express_2018/communes_par_departement", dataDir);
    auto population = find("insee_population/communes_population.csv", dataDir);
    auto changes = find("insee_population/communes_codes_anciens_vers_actuels.csv", dataDir);
    auto dep41 = find("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson", dataDir);
    auto dep45 = find("france_geojson_admin_express_2018/departement-45-loiret.geojson", dataDir);
    auto hospitals = find("eurostat_gisco_healthcare/hopitaux_41_45.geojson", dataDir);
    for (const auto* r : {&departements, &communes, &population, &changes, &dep41, &dep45, &hospitals})
        if (!*r) return r->error();

    geo::TerritorySpec spec;
    spec.departementsFile = departements.value();
    spec.communesFolder = communes.value();
    auto boundaries = geo::buildTerritoryCommunes(spec, diag);
    if (!boundaries) return boundaries.error();
    auto popSource = geo::openSource(population.value());
    if (!popSource) return popSource.error();
    geo::Diagnostics tableNotes;  // "read as a table" is what this file is meant to be
    auto popTable = geo::readLayer(popSource.value(), 0, tableNotes);
    if (!popTable) return popTable.error();
    auto codeChanges = geo::readCodeChanges(changes.value());
    if (!codeChanges) return codeChanges.error();
    geo::Diagnostics joinNotes;  // merged communes are expected here, not worth a warning
    auto joined = geo::joinByInseeCode(boundaries.value(), popTable.value(), codeChanges.value(), {"code", "code_insee"},
                                       joinNotes);
    if (!joined) return joined.error();

    Scene scene;
    scene.title = "Loir-et-Cher et Loiret";
    scene.background = render::Rgba{232, 238, 241, 255};

    LayerSpec c;
    c.source = "communes (territoire par défaut)";
    c.title = "Communes";
    c.preloaded = std::make_shared<const geo::Layer>(std::move(joined.value()));
    c.categories = CategoriesSpec{"departement",
                                  {{"41", render::Rgba{246, 239, 222, 255}}, {"45", render::Rgba{236, 242, 226, 255}}},
                                  {"Loir-et-Cher", "Loiret"},
                                  render::Rgba{250, 250, 247, 255},
                                  "communes voisines"};
    c.outlineSet = true;
    c.outline = render::Rgba{170, 165, 155, 255};
    c.outlineWidth = 0.6f;
    c.label = LabelSpec{"nom", "population", 12};
    c.attribution = "IGN Admin Express 2018 · INSEE populations légales 2023";
    scene.layers.push_back(c);

    for (const auto& [path, title] : {std::pair{dep41.value(), "Loir-et-Cher"}, std::pair{dep45.value(), "Loiret"}}) {
        LayerSpec d;
        d.source = d.resolvedSource = path;
        d.title = std::string("Département : ") + title;
        d.fillSet = true;
        d.outlineSet = true;
        d.outline = render::Rgba{70, 70, 70, 255};
        d.outlineWidth = 2.0f;
        scene.layers.push_back(d);
    }

    LayerSpec h;
    h.source = h.resolvedSource = hospitals.value();
    h.title = "Hôpitaux et cliniques";
    h.fillSet = true;
    h.fill = render::Rgba{192, 57, 43, 255};
    h.marker.shape = render::MarkerShape::Square;
    h.marker.size = 11;
    h.attribution = "FINESS 2020 via Eurostat GISCO";
    scene.layers.push_back(h);
    return scene;
}

}  // namespace app
