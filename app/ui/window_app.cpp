// The window's frame loop: events → camera and UI state → draw the map, then the panels.
// Draws only when something changed (an idle window waits for events and uses no CPU).
#include "window_app.hpp"

#include <epoxy/gl.h>
// After epoxy: GLFW_INCLUDE_NONE keeps GLFW from including GL/gl.h.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <future>

#include "map/camera.hpp"
#include "map/default_territory.hpp"
#include "geo/layer_query.hpp"
#include "geo/projection.hpp"
#include "domain/listing_editor.hpp"
#include "domain/listing_service.hpp"
#include "map/finder_layers.hpp"
#include "map/loader.hpp"
#include "domain/sheets.hpp"
#include "domain/table_export.hpp"
#include "domain/territory_layers.hpp"
#include "render/offscreen.hpp"
#include "map/scene_image.hpp"
#include "settings.hpp"
#include "ui_state.hpp"
#include "ui_style.hpp"

namespace app {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;

void printError(const std::string& message) {
    std::fprintf(stderr, "santemap: %s\n", message.c_str());
}

struct Window {
    GLFWwindow* handle = nullptr;
    ~Window() {
        if (handle) glfwDestroyWindow(handle);
        glfwTerminate();
    }
};

// Writes the current view to a PNG at the chosen size and density, with title and legend.
std::string exportView(const Scene& scene, std::vector<MapLayer>& layers, const render::View& current,
                       const ExportSettings& e, const render::Programs& programs, const render::Font& font) {
    const int w = e.width * e.density, h = e.height * e.density;
    auto target = render::OffscreenTarget::create(w, h);
    if (!target) return geo::describe(target.error());
    Scene copy = scene;
    copy.title = e.title;
    copy.legend = true;
    copy.scaleBar = true;
    const render::View view = render::View::fit(current.extent(), w, h);
    target->bind();
    render::Overlay overlay;
    DrawContext ctx{programs, font, overlay, 0, 0, {}};
    drawMap(copy, layers, view, static_cast<float>(e.density), ctx);
    auto pixels = target->read();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    auto st = render::writePng(e.path, w, h, pixels);
    return st ? std::string() : geo::describe(st.error());
}

// Replaces the listings layer after a save, an undo or a refresh: a handful of points, rebuilt and
// re-uploaded whole (the communes' meshes are not touched).
void replaceListings(MapModel& model, std::vector<Listing> listings, UiState& ui) {
    if (!model.scene.territory) return;
    model.scene.territory->listings = std::move(listings);
    auto k = model.layerOf(kListingsLayer);
    if (!k) return;
    LayerSpec spec = model.layers[*k].spec;
    std::vector<Listing> shown;
    for (const auto& l : model.scene.territory->listings) shown.push_back(ui.edit.active ? l : publicView(l));
    spec.preloaded = std::make_shared<const geo::Layer>(listingsLayer(shown));
    model.scene.territory->layers[kListingsLayer] = spec.preloaded;
    geo::Diagnostics diag;
    auto loaded = loadLayer(spec, model.scene.crs, diag);
    if (!loaded || loaded->empty()) return;
    MapLayer fresh = std::move(loaded->front());
    fresh.shown = model.layers[*k].shown;
    std::vector<MapLayer> one;
    one.push_back(std::move(fresh));
    uploadLayers(one);
    model.layers[*k] = std::move(one.front());
    ui.selected.reset();
    ui.hovered.reset();
    model.buildSearch();
    ui.finderChanged = true;
}

void report(UiState& ui, const std::string& message, bool error) {
    ui.edit.message = message;
    ui.edit.messageIsError = error;
    ui.status = message;
}

// A file dropped on the window becomes a layer to add.
void onDrop(GLFWwindow* window, int count, const char** paths) {
    auto* ui = static_cast<UiState*>(glfwGetWindowUserPointer(window));
    if (ui && count > 0) ui->addLayer = std::string(paths[0]);
}

}  // namespace

int runWindow(const std::string& dataDir) {
    glfwSetErrorCallback([](int, const char* msg) { std::fprintf(stderr, "santemap: GLFW: %s\n", msg); });
    Window win;
    if (!glfwInit()) {
        printError("cannot open a window (no display?). Without a screen, use `santemap render --default-territory "
                   "--out map.png`, or `santemap territory` for the data summary.");
        return kExitBadInput;
    }
    const std::string settingsFile = settingsPath();
    Settings settings = loadSettings(settingsFile);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 4);
    win.handle = glfwCreateWindow(settings.windowWidth, settings.windowHeight, "SantéMap", nullptr, nullptr);
    if (!win.handle) {
        printError("cannot create an OpenGL 3.3 window on this display");
        return kExitBadInput;
    }
    glfwMakeContextCurrent(win.handle);
    glfwSwapInterval(1);

    int exitCode = kExitOk;
    {  // Every GL object lives in this scope, while the context exists.
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        ImGui_ImplGlfw_InitForOpenGL(win.handle, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        float xs = 1, ys = 1;
        glfwGetWindowContentScale(win.handle, &xs, &ys);
        UiState ui;
        ui.language = settings.language;
        ui.uiScale = settings.uiScale;
        applyUiStyle(ui.uiScale * xs);

        auto programs = render::Programs::build();
        auto font = render::Font::load(defaultFontPath());
        if (!programs || !font) {
            printError(geo::describe(!programs ? programs.error() : font.error()));
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
            ImGui::DestroyContext();
            return kExitBadInput;
        }
        render::Overlay overlay;
        MapModel model;
        LayerSpec communesBase;                 // the communes' catalogue style, before any indicator
        std::optional<ListingEditor> editor;
        std::future<geo::Result<std::vector<MapLayer>>> pendingLayer;
        std::string pendingLayerName;
        std::int64_t movingListing = -1;        // fid dragged in édition mode (-1: none)
        glfwSetWindowUserPointer(win.handle, &ui);
        glfwSetDropCallback(win.handle, onDrop);
        Scene drawnScene;
        Camera camera;
        std::optional<geo::Transformer> toLonLat;
        SceneLoader loader;
        loader.start([dataDir](geo::Diagnostics& diag) { return defaultTerritoryScene(dataDir, diag); },
                     [] { glfwPostEmptyEvent(); });

        int framesToDraw = 2;
        bool dragging = false;
        double pressX = 0, pressY = 0;
        render::View windowedGeometry;
        int savedX = 0, savedY = 0, savedW = settings.windowWidth, savedH = settings.windowHeight;

        while (!glfwWindowShouldClose(win.handle)) {
            const bool busy = camera.animating() || ui.load.loading || framesToDraw > 0;
            if (busy) {
                glfwWaitEventsTimeout(ui.load.loading && !camera.animating() ? 0.1 : 1.0 / 120);
                framesToDraw = std::max(framesToDraw - 1, 0);
            } else {
                glfwWaitEvents();
                framesToDraw = 1;  // ImGui sees an input on one frame and shows its effect on the next
            }
            const double now = glfwGetTime();

            {
                // The finder panel covers the left of the map: fitting centres the territory beside it.
                int fw = 0, fh = 0, ww = 0, wh = 0;
                glfwGetFramebufferSize(win.handle, &fw, &fh);
                glfwGetWindowSize(win.handle, &ww, &wh);
                camera.setLeftInset(ui.showFinder ? 372 * ui.uiScale * (ww > 0 ? static_cast<double>(fw) / ww : 1.0) : 0);
            }
            // Loading: progress, then the finished layers go to the GPU here, on the GL thread.
            if (ui.load.loading) {
                const auto p = loader.progress();
                ui.load.progress = p.fraction;
                ui.load.stage = p.stage;
                if (auto done = loader.take()) {
                    ui.load.loading = false;
                    for (const auto& w : done->warnings) std::fprintf(stderr, "santemap: warning: %s\n", w.c_str());
                    if (!done->errors.empty()) {
                        ui.load.error = done->errors.front();
                        for (const auto& e : done->errors) printError(e);
                    }
                    model.scene = std::move(done->scene);
                    model.layers = std::move(done->layers);
                    for (auto& l : model.layers) {
                        if (auto it = settings.layers.find(l.name()); it != settings.layers.end()) {
                            l.shown = it->second.shown;
                            l.spec.opacity = it->second.opacity;
                        }
                    }
                    uploadLayers(model.layers);
                    model.buildSearch();
                    if (auto k = model.layerOf(kCommunesLayer)) communesBase = model.layers[*k].spec;
                    if (model.scene.territory) editor.emplace(model.scene.territory->storeSource);
                    ui.finderChanged = true;
                    drawnScene = model.scene;
                    drawnScene.title.clear();  // the window has its own title bar; exports get the title
                    if (auto tr = geo::Transformer::create(model.scene.crs, "EPSG:4326")) toLonLat.emplace(std::move(tr.value()));
                    if (settings.view) {
                        render::View v = *settings.view;
                        v.width = camera.view().width;
                        v.height = camera.view().height;
                        camera.set(v);
                    } else {
                        camera.fit(layersExtent(model.layers), now, false);
                    }
                    framesToDraw = 2;
                }
            }

            int fbW = 0, fbH = 0, winW = 0, winH = 0;
            glfwGetFramebufferSize(win.handle, &fbW, &fbH);
            glfwGetWindowSize(win.handle, &winW, &winH);
            if (fbW == 0 || fbH == 0) continue;  // minimised
            const bool firstSize = camera.view().width <= 1;
            camera.setViewport(fbW, fbH);
            if (firstSize && !model.layers.empty()) camera.fit(layersExtent(model.layers), now, false);
            const double pxRatio = winW > 0 ? static_cast<double>(fbW) / winW : 1.0;
            const float mapScale = static_cast<float>(pxRatio) * ui.uiScale;

            if (ui.uiScaleChanged) {
                applyUiStyle(ui.uiScale * xs);
                ui.uiScaleChanged = false;
            }
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            ImGuiIO& io = ImGui::GetIO();

            // Map input: the panels get the mouse and keyboard first.
            const geo::Vec2 mousePx{io.MousePos.x * pxRatio, io.MousePos.y * pxRatio};
            const bool mouseOnMap = !io.WantCaptureMouse && io.MousePos.x >= 0;
            ui.hovered.reset();
            ui.cursorLonLat.reset();
            if (mouseOnMap && !model.layers.empty()) {
                if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
                    pressX = io.MousePos.x;
                    pressY = io.MousePos.y;
                    dragging = false;
                }
                if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ui.edit.active) {
                    // Édition: pressing on a listing starts moving it.
                    const auto under = model.pick(camera.view().toDisplay(mousePx), camera.view().metresPerPixel, 8 * mapScale);
                    if (under && model.layers[under->layer].spec.catalogueId == kListingsLayer) {
                        const auto& table = model.layers[under->layer].data.layer.table;
                        if (auto id = table.fieldIndex("id"))
                            movingListing = static_cast<std::int64_t>(geo::numberOf(table.at(under->feature, *id)).value_or(-1));
                    }
                }
                if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                    if (std::hypot(io.MousePos.x - pressX, io.MousePos.y - pressY) > 4) dragging = true;
                    if (dragging && movingListing >= 0) {
                        // The marker follows the pointer; the save happens on release.
                        if (auto k = model.layerOf(kListingsLayer)) {
                            MapLayer& l = model.layers[*k];
                            const auto idCol = l.data.layer.table.fieldIndex("id");
                            for (std::size_t i = 0; i < l.points.size() && idCol; ++i)
                                if (geo::numberOf(l.data.layer.table.at(l.pointFeature[i], *idCol)) ==
                                    std::optional<double>(static_cast<double>(movingListing)))
                                    l.points[i] = camera.view().toDisplay(mousePx);
                        }
                    } else if (dragging) {
                        camera.panPixels(io.MouseDelta.x * pxRatio, io.MouseDelta.y * pxRatio);
                    }
                }
                if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && movingListing >= 0) {
                    if (dragging && toLonLat && editor && model.scene.territory) {
                        const geo::Vec2 ll = toLonLat->transform(camera.view().toDisplay(mousePx));
                        for (const auto& l : model.scene.territory->listings)
                            if (l.fid == movingListing && std::isfinite(ll.x)) {
                                Listing moved = l;
                                moved.lonLat = ll;
                                moved.atCommuneCentre = false;
                                if (auto code = communeAt(*model.scene.territory, ll)) {
                                    moved.communeCode = *code;
                                    if (auto row = model.scene.territory->aid.communes.row(*code))
                                        moved.communeName = model.scene.territory->aid.communes.text(*row, "nom");
                                }
                                auto saved = editor->save(moved);
                                report(ui, saved ? "Annonce déplacée : " + moved.title : geo::describe(saved.error()), !saved);
                                if (auto all = editor->reload()) replaceListings(model, std::move(all.value()), ui);
                                break;
                            }
                    }
                    movingListing = -1;
                }
                if (io.MouseWheel != 0) camera.zoomAt(mousePx, std::pow(1.3, io.MouseWheel), now);
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) camera.zoomAt(mousePx, 2.0, now);
                const geo::Vec2 display = camera.view().toDisplay(mousePx);
                if (!dragging) ui.hovered = model.pick(display, camera.view().metresPerPixel, 8 * mapScale);
                if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !dragging) {
                    if (ui.edit.active && ui.edit.placing && toLonLat && model.scene.territory) {
                        // Édition: the click places the new listing, in the commune under it.
                        const geo::Vec2 ll = toLonLat->transform(display);
                        Listing d = ui.edit.draft.value_or(Listing{});
                        if (d.category.empty()) {
                            d.category = "opportunite";
                            d.kind = "cabinet-vacant";
                        }
                        d.lonLat = ll;
                        d.atCommuneCentre = false;
                        d.communeCode.clear();
                        d.communeName.clear();
                        if (auto code = communeAt(*model.scene.territory, ll)) {
                            d.communeCode = *code;
                            if (auto row = model.scene.territory->aid.communes.row(*code))
                                d.communeName = model.scene.territory->aid.communes.text(*row, "nom");
                        }
                        ui.edit.draft = d;
                        ui.edit.placing = false;
                    } else {
                        ui.selected = ui.hovered;
                    }
                }
                if (toLonLat) {
                    const geo::Vec2 ll = toLonLat->transform(display);
                    if (std::isfinite(ll.x)) ui.cursorLonLat = ll;
                }
            }
            if (!io.WantCaptureKeyboard) {
                const double step = 120 * pxRatio;
                if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) camera.panPixels(step, 0);
                if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) camera.panPixels(-step, 0);
                if (ImGui::IsKeyPressed(GLFW_KEY_UP)) camera.panPixels(0, step);
                if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) camera.panPixels(0, -step);
                const geo::Vec2 centre{fbW / 2.0, fbH / 2.0};
                if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)) camera.zoomAt(centre, 1.5, now);
                if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)) camera.zoomAt(centre, 1 / 1.5, now);
                if (ImGui::IsKeyPressed(GLFW_KEY_HOME)) ui.fitHome = true;
                if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) ui.selected.reset();
                if (ui.edit.active && io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Z)) ui.undoEdit = true;
            }
            if (ImGui::IsKeyPressed(GLFW_KEY_F11)) ui.toggleFullscreen = true;

            drawMenuBar(ui);
            drawSearchPanel(ui, model);
            drawFinderPanel(ui, model);
            drawLayersPanel(ui, model);
            drawDetailsPanel(ui, model);
            drawEditPanel(ui, model);
            drawSourcesPanel(ui, model);
            drawAddLayerPanel(ui);
            drawExportPanel(ui);
            drawStatusBar(ui, model);
            if (mouseOnMap && !dragging) drawHoverTooltip(ui, model);

            // Requests left by the panels.
            if (ui.fitHome && !model.layers.empty()) camera.fit(layersExtent(model.layers), now);
            ui.fitHome = false;
            if (ui.flyTo && ui.flyTo->layer < model.layers.size()) camera.fit(model.extentOf(*ui.flyTo), now);
            ui.flyTo.reset();
            // Édition requests: one store transaction each, then the listings layer is rebuilt.
            if (editor && (ui.saveDraft || ui.deleteDraft || ui.undoEdit || ui.reloadListings)) {
                if (ui.saveDraft && ui.edit.draft) {
                    auto saved = editor->save(*ui.edit.draft);
                    report(ui, saved ? "Enregistré : " + saved->title : geo::describe(saved.error()), !saved);
                    if (saved) ui.edit.draft = saved.value();
                }
                if (ui.deleteDraft && ui.edit.draft) {
                    auto done = editor->remove(*ui.edit.draft);
                    report(ui, done ? "Supprimé : " + ui.edit.draft->title + " (Ctrl+Z pour annuler)" : geo::describe(done.error()), !done);
                    if (done) ui.edit.draft.reset();
                }
                if (ui.undoEdit) {
                    const std::string what = editor->undoLabel();
                    auto done = editor->canUndo() ? editor->undo() : geo::Status(geo::Error{geo::ErrorCode::BadArgument, "rien à annuler", ""});
                    report(ui, done ? "Annulé : " + what : geo::describe(done.error()), !done);
                    ui.edit.draft.reset();
                }
                auto all = editor->reload();
                if (all) {
                    replaceListings(model, std::move(all.value()), ui);
                    if (ui.reloadListings) report(ui, "Annonces rechargées depuis " + editor->source(), false);
                } else {
                    report(ui, geo::describe(all.error()), true);
                }
                ui.saveDraft = ui.deleteDraft = ui.undoEdit = ui.reloadListings = false;
            }
            // After the édition requests: a rebuilt listings layer gets its filter in the same frame.
            if (ui.finderChanged && !model.layers.empty()) {
                for (std::size_t k : applyFinder(ui.finder, model, communesBase)) ui.restyle.push_back(k);
                ui.finderChanged = false;
            }
            for (std::size_t k : ui.restyle)
                if (k < model.layers.size()) restyleLayer(model.layers[k]);
            ui.restyle.clear();
            // Tables for spreadsheets, next to where images are exported.
            if ((ui.exportListings || ui.exportCommunes) && model.scene.territory) {
                const std::filesystem::path folder = std::filesystem::path(ui.exportSettings.path).parent_path();
                const std::string path =
                    (folder / (ui.exportListings ? "santemap-annonces.csv" : "santemap-communes.csv")).string();
                auto written = ui.exportListings ? exportFilteredListings(*model.scene.territory, ui.finder, path)
                                                 : exportCommuneTable(*model.scene.territory, ui.finder, path);
                ui.status = written ? std::to_string(written.value()) + " lignes enregistrées : " + path
                                    : "Export impossible : " + geo::describe(written.error());
                ui.exportListings = ui.exportCommunes = false;
            }
            // Adding a layer: read on a worker, uploaded here when ready.
            if (ui.addLayer && !pendingLayer.valid()) {
                LayerSpec spec;
                spec.source = spec.resolvedSource = *ui.addLayer;
                pendingLayerName = *ui.addLayer;
                const std::string crs = model.scene.crs;
                pendingLayer = std::async(std::launch::async, [spec, crs] {
                    geo::Diagnostics diag;
                    return loadLayer(spec, crs, diag);
                });
                ui.status = "Lecture de " + pendingLayerName + "…";
                ui.addLayer.reset();
            }
            if (pendingLayer.valid() && pendingLayer.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
                auto added = pendingLayer.get();
                if (added) {
                    uploadLayers(added.value());
                    for (auto& l : added.value()) model.layers.push_back(std::move(l));
                    model.buildSearch();
                    ui.status = "Couche ajoutée : " + pendingLayerName;
                } else {
                    ui.status = "Couche non ajoutée : " + geo::describe(added.error());
                }
                framesToDraw = 2;
            }
            if (pendingLayer.valid()) framesToDraw = std::max(framesToDraw, 1);
            if (ui.toggleFullscreen) {
                ui.toggleFullscreen = false;
                GLFWmonitor* monitor = glfwGetPrimaryMonitor();
                if (!ui.fullscreen && monitor) {
                    glfwGetWindowPos(win.handle, &savedX, &savedY);
                    glfwGetWindowSize(win.handle, &savedW, &savedH);
                    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
                    glfwSetWindowMonitor(win.handle, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
                    ui.fullscreen = true;
                } else if (ui.fullscreen) {
                    glfwSetWindowMonitor(win.handle, nullptr, savedX, savedY, savedW, savedH, 0);
                    ui.fullscreen = false;
                }
            }
            camera.update(now);
            const render::View& view = camera.view();
            if (toLonLat) {
                const geo::Vec2 a = toLonLat->transform(view.toDisplay({fbW / 2.0 - 50, fbH / 2.0}));
                const geo::Vec2 b = toLonLat->transform(view.toDisplay({fbW / 2.0 + 50, fbH / 2.0}));
                if (std::isfinite(a.x) && std::isfinite(b.x))
                    ui.scaleDenominator = geo::geodesicMetres(a, b) / 100.0 / pxRatio / 0.00028;
            }

            // Highlights: the selected feature and the one under the cursor.
            for (std::size_t k = 0; k < model.layers.size(); ++k) {
                MapLayer& l = model.layers[k];
                l.selection.clear();
                l.hover.reset();
                if (ui.selected && ui.selected->layer == k) l.selection.push_back(ui.selected->feature);
                if (ui.hovered && ui.hovered->layer == k) l.hover = ui.hovered->feature;
            }
            if (ui.exportNow) {
                ui.exportNow = false;
                const std::string err = exportView(model.scene, model.layers, view, ui.exportSettings, programs.value(), font.value());
                ui.status = err.empty() ? tr(ui.language, Text::Exported) + ui.exportSettings.path
                                        : tr(ui.language, Text::ExportFailed) + err;
            }

            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glViewport(0, 0, fbW, fbH);
            DrawContext ctx{programs.value(), font.value(), overlay, 0, 0, {}};
            ctx.topInset = static_cast<float>(ImGui::GetFrameHeight() * pxRatio);         // menu bar
            ctx.bottomInset = static_cast<float>((ImGui::GetFrameHeight() + 6 * ui.uiScale) * pxRatio);  // status bar
            if (!model.layers.empty()) {
                drawMap(drawnScene, model.layers, view, mapScale, ctx);
            } else {
                glClearColor(0.91f, 0.93f, 0.95f, 1);
                glClear(GL_COLOR_BUFFER_BIT);
            }
            ImGui::Render();
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            glfwSwapBuffers(win.handle);
            // Input may need a second frame to settle (ImGui hover states, tooltips).
            if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || ImGui::IsAnyMouseDown()) framesToDraw = 2;
        }

        // Remember the view, the layers, the language and the interface size.
        if (!model.layers.empty()) settings.view = camera.view();
        settings.language = ui.language;
        settings.uiScale = ui.uiScale;
        if (!ui.fullscreen) glfwGetWindowSize(win.handle, &settings.windowWidth, &settings.windowHeight);
        for (const auto& l : model.layers) settings.layers[l.name()] = LayerSettings{l.shown, l.spec.opacity};
        if (!saveSettings(settingsFile, settings)) std::fprintf(stderr, "santemap: warning: cannot save %s\n", settingsFile.c_str());

        model.layers.clear();  // GPU objects go before the context
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    return exitCode;
}

}  // namespace app
