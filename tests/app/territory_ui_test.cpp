// The default territory as the window holds it (catalogue layers, aid rules, demo listings),
// with the finder, the sheets, the sources and the édition panels drawn by an ImGui context with
// no backend, and the finder's effect on the map checked against the data.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "domain/finder.hpp"
#include "domain/sheets.hpp"
#include "domain/table_export.hpp"
#include "domain/travel_time.hpp"
#include "geo/point_in_polygon.hpp"
#include "map/added_layer.hpp"
#include "map/default_territory.hpp"
#include "map/finder_layers.hpp"
#include "map/map_furniture.hpp"
#include "support/test_support.hpp"
#include "territory_fixture.hpp"
#include "ui/ui_state.hpp"

namespace {

using testing_support::TerritoryUi;

TEST_F(TerritoryUi, EveryCatalogueLayerIsOnTheMap) {
    for (const char* id : {"communes", "zonage-medecins", "cantons", "departements", "msp", "hopitaux", "annonces"})
        EXPECT_TRUE(model->layerOf(id)) << id;
    EXPECT_FALSE(model->layers[*model->layerOf("zonage-medecins")].view.shown) << "zoning starts switched off";
    // 39 communes flagged with an MSP in 41 and 45 (SOURCES.md §3).
    EXPECT_EQ(visiblePoints("msp"), 39u);
    EXPECT_EQ(visiblePoints("hopitaux"), 50u);
}

TEST_F(TerritoryUi, SpecialtyChipsFilterListingsWithoutTouchingMeshes) {
    const auto& communes = model->layers[*model->layerOf("communes")];
    const std::size_t triangles = communes.meshes.full.triangles.size();
    const std::size_t all = visiblePoints("annonces");
    ui.finder.professions = {"chirurgien-dentiste"};
    app::applyFinder(ui.finder, *model, *base);
    std::size_t expected = 0;
    for (const auto& l : model->scene.territory->listings) expected += l.hasProfession("chirurgien-dentiste");
    EXPECT_EQ(visiblePoints("annonces"), expected);
    EXPECT_LT(expected, all);
    ui.finder.hiddenCategories = {"logement"};
    app::applyFinder(ui.finder, *model, *base);
    std::size_t noHousing = 0;
    for (const auto& l : model->scene.territory->listings)
        noHousing += l.hasProfession("chirurgien-dentiste") && l.category != "logement";
    EXPECT_EQ(visiblePoints("annonces"), noHousing);
    EXPECT_EQ(communes.meshes.full.triangles.size(), triangles);
}

TEST_F(TerritoryUi, IndicatorColoursTheCommunesAndItsLegendClassesHideThem) {
    ui.finder.indicator = "apl";
    app::applyFinder(ui.finder, *model, *base);
    auto& communes = model->layers[*model->layerOf("communes")];
    ASSERT_TRUE(communes.spec.choropleth);
    EXPECT_EQ(communes.spec.choropleth->field, "apl");
    EXPECT_FALSE(communes.spec.categories);
    const std::size_t shownBefore = std::count(communes.styled.visible.begin(), communes.styled.visible.end(), true);
    ui.finder.hiddenClasses[0] = true;  // "moins de 1,5"
    app::applyFinder(ui.finder, *model, *base);
    const auto& table = communes.data.layer.table;
    const auto apl = *table.fieldIndex("apl");
    const auto code = *table.fieldIndex("code_insee");
    std::size_t below = 0;
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        auto v = geo::numberOf(table.at(r, apl));
        const bool hidden = v && *v < 1.5;
        below += hidden;
        EXPECT_EQ(communes.styled.visible[r], !hidden) << geo::toText(table.at(r, code));
    }
    EXPECT_GT(below, 0u);
    EXPECT_EQ(
        static_cast<std::size_t>(std::count(communes.styled.visible.begin(), communes.styled.visible.end(), true)),
        shownBefore - below);
    // Back to the départements' colours.
    ui.finder.indicator.clear();
    app::applyFinder(ui.finder, *model, *base);
    EXPECT_TRUE(communes.spec.categories);
}

TEST_F(TerritoryUi, AidTotalsOnTheMapMatchTheCalculator) {
    ui.finder.indicator = app::kAidsIndicator;
    ui.finder.professions = {"medecin-generaliste"};
    app::applyFinder(ui.finder, *model, *base);
    auto& communes = model->layers[*model->layerOf("communes")];
    const auto& t = communes.data.layer.table;
    const auto code = *t.fieldIndex("code_insee");
    const auto total = *t.fieldIndex("aides_total_eur");
    auto totalOf = [&](const std::string& insee) -> std::optional<double> {
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (geo::toText(t.at(r, code)) == insee) return geo::numberOf(t.at(r, total));
        return std::nullopt;
    };
    // Mondoubleau, ZIP by its APL: 10,000 (CNAM, first installation) + 20,000 (the Département).
    ASSERT_EQ(totalOf("41143"), std::optional<double>(30000));
    // The map's figure is `santemap aids`' figure, commune by commune: a ZIP, a ZAC, outside the
    // zoning, in Loiret, and a neighbour outside 41 and 45.
    for (const char* insee : {"41143", "41018", "41295", "45234", "28103"}) {
        auto cli = testing_support::santemap(std::string("aids --profession medecin-generaliste --commune ") + insee +
                                             " --date 2026-06-01");
        ASSERT_EQ(cli.exitCode, 0) << cli.err;
        const auto j = nlohmann::json::parse(cli.out);
        ASSERT_TRUE(totalOf(insee)) << insee << " is not on the map";
        EXPECT_DOUBLE_EQ(*totalOf(insee), j["total_eur_max"].get<double>()) << insee;
    }
}

TEST_F(TerritoryUi, OneTouchIsOneProfessionAndTheAidsFollowIt) {
    ui.finder.indicator = app::kAidsIndicator;
    auto& communes = model->layers[*model->layerOf("communes")];
    auto mondoubleau = [&] {
        app::applyFinder(ui.finder, *model, *base);
        const auto& t = communes.data.layer.table;
        const auto code = *t.fieldIndex("code_insee"), total = *t.fieldIndex("aides_total_eur");
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (geo::toText(t.at(r, code)) == "41143") return geo::numberOf(t.at(r, total)).value_or(-1);
        return -1.0;
    };
    auto calculator = [](const char* profession) {
        auto cli = testing_support::santemap(std::string("aids --profession ") + profession +
                                             " --commune 41143 --date 2026-06-01");
        EXPECT_EQ(cli.exitCode, 0) << cli.err;
        return nlohmann::json::parse(cli.out)["total_eur_max"].get<double>();
    };
    const double gp = calculator("medecin-generaliste"), dentist = calculator("chirurgien-dentiste");
    ASSERT_NE(gp, dentist) << "the check needs two professions with different aids at Mondoubleau";

    // A visitor touches the dentist chip, then the GP chip: the GP only, and the GP's aids.
    app::touchProfession(ui.finder, "chirurgien-dentiste");
    app::touchProfession(ui.finder, "medecin-generaliste");
    EXPECT_EQ(ui.finder.professions, std::vector<std::string>{"medecin-generaliste"});
    EXPECT_DOUBLE_EQ(mondoubleau(), gp);
    // The chosen chip touched again: every profession.
    app::touchProfession(ui.finder, "medecin-generaliste");
    EXPECT_TRUE(ui.finder.professions.empty());

    // Staff comparing: chips add to each other, the aids follow the last one touched; comparing
    // switched off keeps that one.
    app::setComparing(ui.finder, true);
    app::touchProfession(ui.finder, "medecin-generaliste");
    app::touchProfession(ui.finder, "chirurgien-dentiste");
    EXPECT_EQ(ui.finder.professions, (std::vector<std::string>{"medecin-generaliste", "chirurgien-dentiste"}));
    EXPECT_DOUBLE_EQ(mondoubleau(), dentist);
    app::setComparing(ui.finder, false);
    EXPECT_EQ(ui.finder.professions, std::vector<std::string>{"chirurgien-dentiste"});
    EXPECT_GT(frame(), 0);  // the panel with its "comparer" switch draws
}

TEST_F(TerritoryUi, ListingCountsFollowTheProfession) {
    // Oracle: `santemap listings list` on the same store with the same specialty and category.
    bool someCountChanged = false;
    for (const char* category : app::kListingCategories) {
        ui.finder.professions.clear();
        const std::size_t all = app::countListings(ui.finder, *model->scene.territory, category).shown;
        for (const char* profession : {"chirurgien-dentiste", "medecin-generaliste", "orthophoniste"}) {
            ui.finder.professions = {profession};
            const std::size_t shown = app::countListings(ui.finder, *model->scene.territory, category).shown;
            auto cli = testing_support::santemap(std::string("listings list --specialty ") + profession +
                                                 " --category " + category);
            ASSERT_EQ(cli.exitCode, 0) << cli.err;
            EXPECT_EQ(shown, nlohmann::json::parse(cli.out)["count"].get<std::size_t>())
                << category << " " << profession;
            someCountChanged |= shown != all;
        }
    }
    EXPECT_TRUE(someCountChanged) << "the demo set should have listings for some professions only";
}

TEST_F(TerritoryUi, FlyingToAListingShowsItsCommuneAndTheNeighbours) {
    const auto& communes = model->layers[*model->layerOf("communes")].data.display;
    for (const char* id : {"annonces", "hopitaux", "msp"}) {
        const std::size_t layer = *model->layerOf(id);
        const auto& points = model->layers[layer].data.display;
        for (std::size_t f = 0; f < std::min<std::size_t>(points.featureCount(), 5); ++f) {
            const geo::Box to = model->flyToExtentOf({layer, f});
            const geo::Box at = points.featureBox(f);
            const double x = at.minX, y = at.minY;
            // The commune under the point (GEOS-free oracle: the display polygons themselves)
            // lies whole in the view, and so do parts of at least 4 others.
            std::optional<geo::Box> home;
            std::size_t touching = 0;
            for (std::size_t c = 0; c < communes.featureCount(); ++c) {
                const geo::Box cb = communes.featureBox(c);
                if (geo::featureContains(communes, c, x, y)) home = cb;
                touching += cb.maxX > to.minX && cb.minX < to.maxX && cb.maxY > to.minY && cb.minY < to.maxY;
            }
            ASSERT_TRUE(home) << id << " " << f << " is in no commune";
            EXPECT_TRUE(home->minX >= to.minX && home->maxX <= to.maxX && home->minY >= to.minY &&
                        home->maxY <= to.maxY)
                << id << " " << f;
            EXPECT_GE(touching, 5u) << id << " " << f;
            EXPECT_GE(std::min(to.maxX - to.minX, to.maxY - to.minY), 12000) << id << " " << f;
        }
    }
    // A commune shows whole.
    const geo::Box own = communes.featureBox(0);
    const geo::Box to = model->flyToExtentOf({*model->layerOf("communes"), 0});
    EXPECT_TRUE(own.minX >= to.minX && own.maxX <= to.maxX && own.minY >= to.minY && own.maxY <= to.maxY);
}

TEST_F(TerritoryUi, AnAddedLayerHasAColourOfItsOwnAndItsFileInTheSources) {
    // Every colour the territory draws with, read from the layers' specs.
    std::vector<render::Rgba> inUse{{192, 57, 43, 255}};  // the hospitals' red, once taken by added layers
    for (const auto& l : model->layers) {
        if (l.spec.fill) inUse.push_back(*l.spec.fill);
        if (l.spec.choropleth)
            inUse.insert(inUse.end(), l.spec.choropleth->colors.begin(), l.spec.choropleth->colors.end());
        if (l.spec.categories)
            for (const auto& v : l.spec.categories->values) inUse.push_back(v.second);
    }
    auto far = [](render::Rgba a, render::Rgba b) {
        return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b) >= 120;
    };
    std::vector<app::MapLayer>& layers = model->layers;
    const std::size_t before = layers.size();
    const std::string first = std::string(SANTEMAP_SOURCE_DIR) + "/tests/render/fixtures/grid.geojson";
    const std::string second = std::string(SANTEMAP_SOURCE_DIR) + "/tests/render/fixtures/holes.geojson";
    for (const std::string& path : {first, second}) {
        const app::LayerSpec spec = app::addedLayerSpec(path, layers);
        ASSERT_TRUE(spec.fill);
        for (const render::Rgba c : inUse)
            EXPECT_TRUE(far(*spec.fill, c)) << path << " drawn too close to a colour in use";
        inUse.push_back(*spec.fill);  // the second added layer differs from the first too
        geo::Diagnostics diag;
        auto added = app::loadLayer(spec, model->scene.crs, diag);
        ASSERT_TRUE(added) << geo::describe(added.error());
        for (auto& l : added.value()) layers.push_back(std::move(l));
    }
    const auto sources = app::attributions(model->scene, layers);
    layers.resize(before);  // the territory as the other tests expect it
    for (const char* name : {"grid.geojson", "holes.geojson"})
        EXPECT_NE(std::find(sources.begin(), sources.end(), name), sources.end()) << name << " not in the sources line";
}

TEST_F(TerritoryUi, SheetFiguresHaveTheirUnitAndSayWhatIsNotPublished) {
    // Oracle: GDAL's own SQL over the data pack's indicator table.
    auto sql = [](const std::string& where) {
        auto r = testing_support::run(
            "ogrinfo -ro -q -sql \"SELECT COUNT(*) AS n, SUM(CASE WHEN pauvrete IS NOT NULL THEN 1 ELSE 0 END) AS p "
            "FROM indicateurs_communes WHERE " +
            where + "\" data/public-data.gpkg");
        auto value = [&](const std::string& key) {
            const auto at = r.out.find(key + " (Integer) = ");
            return at == std::string::npos ? std::size_t(0) : std::stoul(r.out.substr(at + key.size() + 13));
        };
        return std::pair<std::size_t, std::size_t>{value("p"), value("n")};
    };
    for (const char* code : {"41018", "45234"}) {
        const auto figures = app::communeKeyFigures(*model->scene.territory, code);
        const auto find = [&](app::Text label) {
            return *std::find_if(figures.begin(), figures.end(), [&](const auto& f) { return f.label == label; });
        };
        EXPECT_EQ(find(app::Text::FigureEmergency).unit, app::Text::UnitMinutes);
        const app::KeyFigure poverty = find(app::Text::FigurePoverty);
        EXPECT_FALSE(poverty.departement || poverty.region) << "no rate made up from a few communes";
        ASSERT_TRUE(poverty.publishedFor);
        EXPECT_EQ(*poverty.publishedFor, sql(std::string("dept = '") + std::string(code).substr(0, 2) + "'")) << code;
    }
    // The two départements together: INSEE publishes the rate for 67 of their 592 communes.
    EXPECT_EQ(sql("dept IN ('41', '45')"), (std::pair<std::size_t, std::size_t>{67, 592}));
}

TEST_F(TerritoryUi, SheetsSourcesAndEditionDraw) {
    // A commune sheet, then a listing sheet (demo badge), the sources, and the édition form.
    const auto communes = *model->layerOf("communes");
    ui.selected = app::FeatureRef{communes, 0};
    EXPECT_GT(frame(), 0);
    ImGuiWindow* sheet = ImGui::FindWindowByName("###details");
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->Active);
    ui.selected = app::FeatureRef{*model->layerOf("annonces"), 0};
    ui.showSources = true;
    ui.edit.active = true;
    ui.edit.draft = model->scene.territory->listings.front();
    EXPECT_GT(frame(), 0);
    EXPECT_NE(ImGui::FindWindowByName("Sources des données###sources"), nullptr);
    EXPECT_NE(ImGui::FindWindowByName("Édition des annonces###edit"), nullptr);
    EXPECT_NE(ImGui::FindWindowByName("Trouver une installation###finder"), nullptr);
    ui.language = app::Language::English;
    EXPECT_GT(frame(), 0);
    EXPECT_NE(ImGui::FindWindowByName("###finder"), nullptr);
}

TEST_F(TerritoryUi, SearchFindsListingsAndHospitalsByName) {
    bool listing = false, hospital = false;
    for (const auto& hit : model->search.search("maison eclusiere", 5))
        listing = listing || model->targets[hit.id].kind == app::Text::KindListing;
    for (const auto& hit : model->search.search("archette", 5))
        hospital = hospital || model->targets[hit.id].kind == app::Text::KindHospital;
    EXPECT_TRUE(listing);
    EXPECT_TRUE(hospital);
}

TEST_F(TerritoryUi, TableExportsFollowTheFinder) {
    const std::string dir = testing_support::scratchDir("table_export_" + std::to_string(::getpid()));
    ui.finder.professions = {"chirurgien-dentiste"};
    auto n = app::exportFilteredListings(*model->scene.territory, ui.finder, dir + "/annonces.csv");
    ASSERT_TRUE(n) << geo::describe(n.error());
    std::size_t expected = 0;
    for (const auto& l : model->scene.territory->listings) expected += l.hasProfession("chirurgien-dentiste");
    EXPECT_EQ(n.value(), expected);
    auto listed = testing_support::run("ogrinfo -ro -al -q " + testing_support::shellQuote(dir + "/annonces.csv"));
    EXPECT_EQ(listed.out.find("exemple@example.org"), std::string::npos) << "a private contact in a public export";
    EXPECT_NE(listed.out.find("exemple (String) = oui"), std::string::npos);

    auto rows = app::exportCommuneTable(*model->scene.territory, ui.finder, dir + "/communes.csv");
    ASSERT_TRUE(rows) << geo::describe(rows.error());
    EXPECT_EQ(rows.value(), model->scene.territory->communes->table.rowCount());
    auto summary =
        testing_support::run("ogrinfo -ro -so " + testing_support::shellQuote(dir + "/communes.csv") + " communes");
    EXPECT_NE(summary.out.find("sirene_chirurgien-dentiste"), std::string::npos) << summary.out;
    EXPECT_EQ(summary.out.find("rpps_ophtalmologue"), std::string::npos);
    EXPECT_NE(summary.out.find("zonage_mg_source"), std::string::npos);
    EXPECT_NE(summary.out.find("aides_max_eur_chirurgien-dentiste"), std::string::npos);
    EXPECT_NE(summary.out.find("Feature Count: " + std::to_string(rows.value())), std::string::npos);
}

TEST_F(TerritoryUi, SheetFiguresMatchPublishedTotals) {
    const app::TerritoryData& t = *model->scene.territory;
    const auto figures = app::communeKeyFigures(t, "41018");  // Blois
    ASSERT_GE(figures.size(), 5u);
    EXPECT_EQ(figures[0].label, app::Text::FigurePopulation);
    EXPECT_DOUBLE_EQ(*figures[0].commune, 47219);       // SOURCES.md §1
    EXPECT_DOUBLE_EQ(*figures[0].departement, 328543);  // Loir-et-Cher
    const auto density = std::find_if(
        figures.begin(), figures.end(), [](const app::KeyFigure& f) { return f.label == app::Text::FigureGpDensity; });
    ASSERT_NE(density, figures.end()) << "the sheet shows GPs per 10,000 inhabitants";
    ASSERT_TRUE(density->departement);
    EXPECT_NEAR(*density->departement, 432.0 / 328543 * 10000, 1e-9);  // 432 GPs in 41 (SOURCES.md §3)
    const auto trend = app::aplTrend(t, "41018");
    ASSERT_FALSE(trend.empty());
    for (const auto& y : trend) EXPECT_NE(y.year, 2020) << "there is no 2020 edition";
    // Hospitals near Blois: the nearest is in Blois, less than 5 km away.
    const auto near = app::nearbyHospitals(t, {1.3359, 47.5861}, 3);
    ASSERT_EQ(near.size(), 3u);
    EXPECT_LT(near[0].metres, 5000);
    EXPECT_LE(near[0].metres, near[1].metres);
    EXPECT_EQ(app::communeAt(t, {1.3359, 47.5861}), std::optional<std::string>("41018"));
}

}  // namespace

TEST_F(TerritoryUi, HousingAndInternshipSheetsShowAStudentsAids) {
    const app::TerritoryData& t = *model->scene.territory;
    auto listing = [&](const std::string& title) -> const app::Listing* {
        for (const auto& l : t.listings)
            if (l.title == title) return &l;
        ADD_FAILURE() << "no demo listing " << title;
        return nullptr;
    };
    auto evaluate = [&](const app::Listing& l) {
        const app::AidProfile p = app::listingAidProfile(t, l, app::FinderState{});
        const app::Profession* profession = t.aid.professions.find(p.profession);
        EXPECT_NE(profession, nullptr) << p.profession;
        return std::pair{
            p,
            app::evaluateAids(
                t.aid.aids, t.aid.professions, p, t.aid.placeOf(*t.aid.communes.row(l.communeCode), *profession))};
    };
    auto amount = [](const app::AidEvaluation& e, const std::string& id) -> std::optional<double> {
        for (const auto& a : e.aids)
            if (a.rule->id == id) return a.amountMax.value_or(-1);
        return std::nullopt;
    };
    // A GP's internship site in Mondoubleau (41, indicative ZIP): an intern's six months there.
    // Hand-worked: 250 × 6 = 1,500 (the cap) + 300 × 6 = 1,800; the transport allowance waits for
    // a faculty and a home.
    const app::Listing* gp = listing("Exemple fictif : stage en cabinet de médecine générale à Mondoubleau");
    ASSERT_NE(gp, nullptr);
    auto [gpProfile, gpAids] = evaluate(*gp);
    EXPECT_TRUE(gpProfile.student);
    ASSERT_TRUE(gpProfile.placement);
    EXPECT_EQ(gpProfile.placement->level, "interne");
    EXPECT_EQ(amount(gpAids, "cd41-allocation-stage"), 1500);
    EXPECT_EQ(amount(gpAids, "etat-indemnite-hebergement-stage"), 1800);
    EXPECT_TRUE(amount(gpAids, "etat-indemnite-transport-stage"));
    EXPECT_DOUBLE_EQ(gpAids.totalMax, 3300);
    // A nurse's placement in Romorantin-Lanthenay: the Département's allowance, nothing of the
    // State's (médecine students only).
    const app::Listing* nurse = listing("Exemple fictif : stage infirmier à Romorantin-Lanthenay");
    ASSERT_NE(nurse, nullptr);
    auto [nurseProfile, nurseAids] = evaluate(*nurse);
    EXPECT_EQ(nurseProfile.profession, "infirmier");
    EXPECT_EQ(nurseProfile.placement->level, "paramedical");
    EXPECT_EQ(amount(nurseAids, "cd41-allocation-stage"), 1500);
    EXPECT_FALSE(amount(nurseAids, "etat-indemnite-hebergement-stage"));
    // Housing in Vendôme: a student's aids in that commune, no placement assumed.
    const app::Listing* housing = listing("Logements étudiants santé à Vendôme");
    ASSERT_NE(housing, nullptr);
    auto [housingProfile, housingAids] = evaluate(*housing);
    EXPECT_TRUE(housingProfile.student);
    EXPECT_FALSE(housingProfile.placement);
    EXPECT_TRUE(amount(housingAids, "cd41-allocation-stage"));
    // The sheets draw with their "Aides" section.
    for (const app::Listing* l : {gp, nurse, housing}) {
        const auto layer = *model->layerOf("annonces");
        const auto& table = model->layers[layer].data.layer.table;
        const auto id = *table.fieldIndex("id");
        ui.selected.reset();
        for (std::size_t f = 0; f < table.rowCount(); ++f)
            if (geo::numberOf(table.at(f, id)).value_or(-1) == static_cast<double>(l->fid))
                ui.selected = app::FeatureRef{layer, f};
        ASSERT_TRUE(ui.selected) << l->title;
        EXPECT_GT(frame(), 0) << l->title;
        const ImGuiWindow* sheet = ImGui::FindWindowByName("###details");
        ASSERT_NE(sheet, nullptr);
        EXPECT_TRUE(sheet->Active) << l->title;
    }
}

TEST_F(TerritoryUi, AMaisonDeSanteOrAHospitalSheetPlacesTheInternship) {
    // A visitor taps, top to bottom, down the left edge of the open sheet until the stage mode
    // opens: on the button "Mon stage est ici", which comes before "Fermer".
    auto tapDownTheSheetUntilTheStageOpens = [&] {
        const ImGuiWindow* sheet = ImGui::FindWindowByName("###details");
        if (!sheet || !sheet->Active) return false;
        ImGuiIO& io = ImGui::GetIO();
        for (float y = sheet->Pos.y + sheet->TitleBarHeight(); y < sheet->Pos.y + sheet->Size.y; y += 4) {
            io.MousePos = ImVec2(sheet->Pos.x + sheet->WindowPadding.x + 6, y);
            io.MouseDown[0] = true;
            frame();
            io.MouseDown[0] = false;
            frame();
            if (ui.stage.site) return true;
            if (!ui.selected) return false;  // "Fermer" was tapped first
        }
        return false;
    };
    for (const char* layerId : {app::kMspLayer, app::kHospitalsLayer}) {
        SCOPED_TRACE(layerId);
        app::resetStage(ui.stage);
        const auto layer = model->layerOf(layerId);
        ASSERT_TRUE(layer);
        ui.selected = app::FeatureRef{*layer, 0};
        EXPECT_GT(frame(), 0);
        ASSERT_TRUE(tapDownTheSheetUntilTheStageOpens());
        const geo::Vec2 at = model->layers[*layer].data.layer.geometry.firstVertex(0);
        EXPECT_EQ(ui.stage.site->lonLat.x, at.x);
        EXPECT_EQ(ui.stage.site->lonLat.y, at.y);
        EXPECT_EQ(ui.stage.site->name, model->nameOf(*ui.selected, ui.language));
        EXPECT_FALSE(ui.stage.site->communeCode.empty());
    }
}

TEST_F(TerritoryUi, MonStageShowsTheJourneyOfItsSiteAndTheKioskResetClearsIt) {
    const app::TerritoryData& t = *model->scene.territory;
    geo::Diagnostics diag;
    auto places = app::loadInternshipPlaces(t.catalogue, "", diag);
    ASSERT_TRUE(places) << geo::describe(places.error());
    ASSERT_EQ(places->faculties.size(), 2u) << "Tours and Orléans";
    ui.stage.places = std::make_shared<const app::InternshipPlaces>(std::move(places.value()));
    // "Mon stage est ici" on Mondoubleau's sheet.
    auto site = app::siteOfCommune(t, "41143");
    ASSERT_TRUE(site);
    app::setStageSite(ui, site.value());
    EXPECT_TRUE(ui.showFinder);
    ASSERT_TRUE(ui.flyToLonLat) << "the view frames the 30-minute circle";
    EXPECT_NEAR((ui.flyToLonLat->maxY - ui.flyToLonLat->minY) / 2 * M_PI / 180 * app::kEarthRadiusKm,
                app::kmForMinutes(30),
                1e-6);
    EXPECT_NEAR(app::kmForMinutes(10), 6.41, 0.01);
    EXPECT_GT(frame(), 0);
    EXPECT_TRUE(ui.stage.active);
    ASSERT_TRUE(ui.stage.journey);
    // The same journey as the domain's (and `santemap stage`'s) for these choices.
    app::JourneyQuery q;
    q.site = site.value();
    q.date = app::todayIso();
    auto expected = app::planJourney(t, *ui.stage.places, q);
    ASSERT_TRUE(expected);
    ASSERT_EQ(ui.stage.journey->housing.size(), expected->housing.size());
    for (std::size_t k = 0; k < expected->housing.size(); ++k)
        EXPECT_EQ(ui.stage.journey->housing[k].listing->fid, expected->housing[k].listing->fid);
    EXPECT_DOUBLE_EQ(ui.stage.journey->allowances.totalMax, expected->allowances.totalMax);
    // A filter: only housing at most 260 € a month.
    ui.stage.maxRent = 260;
    ui.stage.changed = true;
    EXPECT_GT(frame(), 0);
    ASSERT_FALSE(ui.stage.journey->housing.empty());
    for (const auto& h : ui.stage.journey->housing) EXPECT_LE(*h.listing->priceMinEur, 260) << h.listing->title;
    // On the map: circles and housing; the chosen housing adds its line.
    auto drawn = [&](std::optional<std::int64_t> chosen) {
        ui.stage.chosenHousing = chosen;
        ImGui::NewFrame();
        ImDrawList* dl = ImGui::GetBackgroundDrawList();
        app::drawStageOnMap(
            ui, [](geo::Vec2 ll) { return ImVec2(float(ll.x * 400), float(-ll.y * 400)); }, dl);
        const int n = dl->VtxBuffer.Size;
        ImGui::EndFrame();
        return n;
    };
    const int withoutLine = drawn(std::nullopt);
    EXPECT_GT(withoutLine, 3 * 96) << "three circles";
    EXPECT_GT(drawn(ui.stage.journey->housing.back().listing->fid), withoutLine);
    // Any hospital of France by name and town (accents and case aside): Bretonneau in Tours.
    const auto found = app::findHospitals(*ui.stage.places, "bretonneau TOURS", 8);
    ASSERT_FALSE(found.empty());
    const geo::Layer& h = ui.stage.places->hospitals;
    for (std::size_t f : found) {
        EXPECT_NE(geo::toText(h.table.at(f, *h.table.fieldIndex("city"))).find("TOURS"), std::string::npos);
        const std::string names = geo::toText(h.table.at(f, *h.table.fieldIndex("hospital_name"))) + " " +
                                  geo::toText(h.table.at(f, *h.table.fieldIndex("site_name")));
        EXPECT_NE(names.find("BRETONNEAU"), std::string::npos) << names;
    }
    EXPECT_TRUE(app::findHospitals(*ui.stage.places, "zzzz qqqq", 8).empty());
    // Faculty and home far from Mondoubleau: the transport allowance is due and counted.
    ui.stage.maxRent = 0;
    ui.stage.faculty = "tours";
    ui.stage.home = "41018";
    ui.stage.changed = true;
    EXPECT_GT(frame(), 0);
    bool transport = false;
    for (const auto& a : ui.stage.journey->allowances.aids)
        if (a.rule->id == "etat-indemnite-transport-stage") transport = a.counted() && *a.amountMax == 130 * 6;
    EXPECT_TRUE(transport);
    // The next visitor starts from nothing; the data read stays.
    ui.kiosk.active = true;
    app::resetVisitor(ui);
    EXPECT_FALSE(ui.stage.site);
    EXPECT_FALSE(ui.stage.active);
    EXPECT_FALSE(ui.stage.journey);
    EXPECT_EQ(ui.stage.maxRent, 0);
    EXPECT_NE(ui.stage.places, nullptr);
    ui.kiosk = {};
    ui.stage = {};
}

namespace {

// The planner's "Simulation" tab (issue 13): the lab loads, a change colours the communes by the
// simulated change as the window applies it, the zone table fills, the kiosk's reset clears it.
TEST_F(TerritoryUi, TheSimulationTabColoursTheChangeAndTheKioskResetClearsIt) {
    const app::TerritoryData& t = *model->scene.territory;
    ui.lab.openTab = true;
    EXPECT_GT(frame(), 0);
    EXPECT_GT(frame(), 0);  // the tab comes to the front, then draws
    EXPECT_TRUE(ui.lab.active);
    ASSERT_TRUE(ui.lab.lab && ui.lab.inputs) << ui.lab.message;
    EXPECT_NEAR(ui.lab.lab->scale(), 2486, 1);
    ASSERT_TRUE(ui.lab.rho41and45);
    EXPECT_NEAR(*ui.lab.rho41and45, 0.59, 0.01);
    // Thirty GPs fewer in Orléans, as the tab's "−1" would do thirty times.
    const auto orleans = app::accessPointOf(ui.lab.inputs->communes, t.aid.communes, "45234");
    ASSERT_TRUE(orleans);
    ASSERT_TRUE(ui.lab.lab->apply(*orleans, {"45234", -30}));
    ui.lab.changed = true;
    EXPECT_GT(frame(), 0);
    EXPECT_TRUE(ui.finderChanged) << "the map's colours are due";
    // What Application::carryOutRequests does with it.
    const auto k = *model->layerOf(app::kCommunesLayer);
    auto colouring = app::labColouring(ui.lab, t, model->layers[k].data.layer.table);
    ASSERT_TRUE(colouring);
    app::applyFinder(ui.finder, *model, *base, &*colouring);
    const app::LayerSpec& spec = model->layers[k].spec;
    ASSERT_TRUE(spec.choropleth);
    EXPECT_EQ(spec.choropleth->field, app::kAccessColumn);
    EXPECT_NE(spec.title.fr.find("simulation, modèle SantéMap"), std::string::npos);
    const auto& table = model->layers[k].data.layer.table;
    const auto code = *table.fieldIndex("code_insee"), value = *table.fieldIndex(app::kAccessColumn);
    std::optional<double> orleansChange;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (geo::toText(table.at(r, code)) == "45234") orleansChange = geo::numberOf(table.at(r, value));
    ASSERT_TRUE(orleansChange);
    EXPECT_EQ(*orleansChange, app::accessRow(*ui.lab.inputs, *ui.lab.lab, *orleans).delta);
    EXPECT_LT(*orleansChange, -0.2);
    EXPECT_FALSE(ui.lab.zoneChanges.empty()) << "Chécy and others fall into ZIP";
    EXPECT_GT(frame(), 0) << "the tab draws its zone table";
    // "Imprimer l'atlas" of the scenario: Orléans, then the communes whose zone changes, with
    // the scenario; the atlas printed has one page each and says "simulation".
    ui.lab.name = "Orléans −30";
    auto request = app::labAtlasRequest(ui.lab, t, app::Language::French);
    ASSERT_TRUE(request && request->scenario);
    EXPECT_EQ(request->scenario->changes, (std::vector<app::SupplyChange>{{"45234", -30}}));
    ASSERT_EQ(request->communes.size(), 1 + ui.lab.zoneChanges.size());
    EXPECT_EQ(request->communes.front(), "45234");
    EXPECT_NE(std::find(request->communes.begin(), request->communes.end(), "45089"), request->communes.end())
        << "Chécy";
    app::AidProfile profile;
    profile.date = "2026-12-03";
    const std::string dir = testing_support::scratchDir("ui_lab_atlas");
    auto printed = app::printAtlas(*request, t, profile, app::Language::French, dir, "");
    ASSERT_TRUE(printed) << geo::describe(printed.error());
    EXPECT_EQ(printed->pages, static_cast<int>(request->communes.size()));
    auto text = testing_support::run("pdftotext " + testing_support::shellQuote(printed->path) + " -");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Simulation, modèle SantéMap : Orléans −30"), std::string::npos);
    auto info = testing_support::run("pdfinfo " + testing_support::shellQuote(printed->path));
    EXPECT_NE(info.out.find("Pages:           " + std::to_string(printed->pages) + "\n"), std::string::npos)
        << info.out;
    // The visitor's reset: no scenario left, the lab kept.
    ui.lab.name = "Orléans −30";
    app::resetVisitor(ui);
    EXPECT_TRUE(ui.lab.lab->changes().empty());
    EXPECT_TRUE(ui.lab.name.empty());
    EXPECT_EQ(ui.lab.lab->current(*orleans), ui.lab.lab->baseline(*orleans));
    // Leaving the tab gives the map back to the finder.
    ui.lab.active = false;
    EXPECT_FALSE(app::labColouring(ui.lab, t, model->layers[k].data.layer.table));
}

}  // namespace

namespace {

// One number from the data pack, by ogrinfo (an oracle outside SantéMap).
double packValue(const std::string& sql) {
    auto r = testing_support::run("ogrinfo -ro -q -sql " + testing_support::shellQuote(sql) + " data/public-data.gpkg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto eq = r.out.rfind(" = ");
    return eq == std::string::npos ? NAN : std::stod(r.out.substr(eq + 3));
}

// The years 2015-2023 (issue 13): the APL of any edition, and the change between two.
TEST_F(TerritoryUi, TheAplOfAnEditionAndTheChangeBetweenTwo) {
    const auto k = *model->layerOf(app::kCommunesLayer);
    ui.finder.indicator = app::kAplIndicator;
    ui.finder.aplYear = 2016;
    app::applyFinder(ui.finder, *model, *base);
    ASSERT_TRUE(model->layers[k].spec.choropleth);
    EXPECT_EQ(model->layers[k].spec.choropleth->field, "apl_2016");
    EXPECT_NE(model->layers[k].spec.title.fr.find("2016"), std::string::npos);
    // 2015 → 2023 in Mondoubleau: the data pack's two editions, subtracted.
    ui.finder.aplYear = 2023;
    ui.finder.aplSinceYear = 2015;
    app::applyFinder(ui.finder, *model, *base);
    const auto& spec = *model->layers[k].spec.choropleth;
    EXPECT_EQ(spec.field, app::kAplChangeColumn);
    EXPECT_EQ(spec.colors[app::classOf(0, spec.breaks)], (render::Rgba{247, 247, 247, 255})) << "0 is white";
    const auto& table = model->layers[k].data.layer.table;
    const auto code = *table.fieldIndex("code_insee"), change = *table.fieldIndex(app::kAplChangeColumn);
    std::optional<double> mondoubleau;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (geo::toText(table.at(r, code)) == "41143") mondoubleau = geo::numberOf(table.at(r, change));
    ASSERT_TRUE(mondoubleau);
    EXPECT_NEAR(
        *mondoubleau, packValue("select apl_2023 - apl_2015 from indicateurs_communes where code = '41143'"), 0.005);
    EXPECT_LT(*mondoubleau, -2) << "2.57 → 0.49";
    // A "since" that is not before the year shown is dropped; 2020 is no edition.
    ui.finder.aplSinceYear = 2023;
    ui.finder.aplYear = 2020;
    app::applyFinder(ui.finder, *model, *base);
    EXPECT_EQ(ui.finder.aplYear, 2023);
    EXPECT_EQ(ui.finder.aplSinceYear, 0);
    EXPECT_EQ(model->layers[k].spec.choropleth->field, "apl");
    EXPECT_GT(frame(), 0) << "the finder draws its year sliders";
}

}  // namespace

namespace {

// Comparisons (issue 13): a commune's column is its sheet's, its aids total `santemap aids`'s; an
// EPCI's population and APL are its communes' sum and population-weighted mean, by SQL on the pack.
TEST_F(TerritoryUi, CommunesAndAnEpciSideBySide) {
    const app::TerritoryData& t = *model->scene.territory;
    app::AidProfile profile;
    profile.profession = "medecin-generaliste";
    profile.date = "2026-06-01";
    auto mondoubleau = app::compareCommune(t, "41143", profile);
    ASSERT_TRUE(mondoubleau);
    EXPECT_EQ(mondoubleau->name, "Mondoubleau");
    ASSERT_TRUE(mondoubleau->zone && mondoubleau->zone->zone);
    EXPECT_EQ(*mondoubleau->zone->zone, app::Zone::ZIP);
    auto aids = testing_support::santemap("aids --profession medecin-generaliste --commune 41143 --date 2026-06-01");
    ASSERT_EQ(aids.exitCode, 0) << aids.err;
    ASSERT_TRUE(mondoubleau->aids);
    EXPECT_DOUBLE_EQ(mondoubleau->aids->totalMax, nlohmann::json::parse(aids.out)["total_eur_max"].get<double>());
    EXPECT_FALSE(app::compareCommune(t, "99999", profile));

    const auto epci = app::epciOfCommune(t, "41143");
    ASSERT_TRUE(epci);
    EXPECT_EQ(*epci, "244100293");
    auto collines = app::compareEpci(t, *epci);
    ASSERT_TRUE(collines) << geo::describe(collines.error());
    EXPECT_TRUE(collines->epci);
    EXPECT_FALSE(collines->zone) << "an EPCI has no zone";
    const std::string members =
        " from indicateurs_communes i join communes_population c on i.code = c.code_insee where c.epci_code = '" +
        *epci + "'";
    EXPECT_EQ(static_cast<double>(collines->communes), packValue("select count(*)" + members));
    ASSERT_GE(collines->figures.size(), 2u);
    EXPECT_EQ(collines->figures[0].commune, packValue("select sum(i.pop)" + members));
    EXPECT_NEAR(*collines->figures[1].commune,
                packValue("select sum(i.pop * i.apl) / sum(i.pop)" + members + " and i.apl is not null"),
                1e-9);
    ASSERT_FALSE(collines->trend.empty());
    EXPECT_NEAR(collines->trend.back().value,
                packValue("select sum(i.pop * i.apl_2023) / sum(i.pop)" + members + " and i.apl_2023 is not null"),
                1e-9);

    // The window: two communes and the EPCI; a fifth place pushes the oldest out.
    app::addToComparison(ui, "41143");
    app::addToComparison(ui, "41018");
    app::addToComparison(ui, std::string(app::kEpciPrefix) + *epci);
    EXPECT_GT(frame(), 0);
    const ImGuiWindow* w = ImGui::FindWindowByName("###compare");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->Active);
    ASSERT_EQ(ui.compare.cache.size(), 3u) << ui.compare.error;
    EXPECT_EQ(ui.compare.cache[2].name, collines->name);
    app::addToComparison(ui, "45234");
    app::addToComparison(ui, "45155");
    ASSERT_EQ(ui.compare.places.size(), app::kMaxCompared);
    EXPECT_EQ(ui.compare.places.front(), "41018");
    app::addToComparison(ui, "45155");
    EXPECT_EQ(ui.compare.places.size(), app::kMaxCompared) << "no duplicate";
    EXPECT_GT(frame(), 0);

    // "Imprimer l'atlas": a planner taps down the window's left edge until the atlas is asked
    // for; its pages are the communes compared (the EPCI has none), without a scenario.
    ui.compare.places = {"41143", std::string(app::kEpciPrefix) + *epci, "41018"};
    EXPECT_GT(frame(), 0);
    const ImGuiWindow* compare = ImGui::FindWindowByName("###compare");
    ASSERT_NE(compare, nullptr);
    ImGuiIO& io = ImGui::GetIO();
    for (float y = compare->Pos.y + compare->TitleBarHeight(); y < compare->Pos.y + compare->Size.y && !ui.atlas;
         y += 4) {
        io.MousePos = ImVec2(compare->Pos.x + compare->WindowPadding.x + 6, y);
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    ASSERT_TRUE(ui.atlas) << "the button is in the window";
    EXPECT_EQ(ui.atlas->communes, (std::vector<std::string>{"41143", "41018"}));
    EXPECT_FALSE(ui.atlas->scenario);
    ui.atlas.reset();
}

}  // namespace
