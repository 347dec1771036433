// The window's frame loop: events → camera and UI state → draw the map, then the panels.
// Draws only when something changed (an idle window waits for events and uses no CPU).
#include "application.hpp"
#include "window_app.hpp"

#include <epoxy/gl.h>
// After epoxy: GLFW_INCLUDE_NONE keeps GLFW from including GL/gl.h.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "domain/listing_service.hpp"
#include "domain/sheets.hpp"
#include "domain/table_export.hpp"
#include "domain/take_away.hpp"
#include "domain/territory_layers.hpp"
#include "domain/tour.hpp"
#include "geo/data_path.hpp"
#include "geo/layer_query.hpp"
#include "geo/memory.hpp"
#include "geo/output_file.hpp"
#include "geo/source.hpp"
#include "map/added_layer.hpp"
#include "map/default_territory.hpp"
#include "map/finder_layers.hpp"
#include "map/scene_image.hpp"
#include "map/take_away_page.hpp"
#include "map/view_export.hpp"
#include "ui_style.hpp"

namespace app {

namespace {

constexpr int kExitBadInput = 1;

void printError(const std::string& message) {
    std::fprintf(stderr, "santemap: %s\n", geo::maskPassword(message).c_str());
}

// Presses are queued for the next frame: ImGui's key state misses a tap shorter than a frame.
void onKey(GLFWwindow* window, int key, int, int action, int) {
    auto* ui = static_cast<UiState*>(glfwGetWindowUserPointer(window));
    if (ui && action == GLFW_PRESS) ui->keysPressed.push_back(key);
}

// A file dropped on the window becomes a layer to add.
void onDrop(GLFWwindow* window, int count, const char** paths) {
    auto* ui = static_cast<UiState*>(glfwGetWindowUserPointer(window));
    if (ui && count > 0) ui->addLayer = std::string(paths[0]);
}

}  // namespace

Application::WindowHandle::~WindowHandle() {
    if (window) glfwDestroyWindow(window);
    if (initialised) glfwTerminate();
}

Application::ImGuiSession::~ImGuiSession() {
    if (!started) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

Application::Application(WindowOptions options) : m_options(std::move(options)) {}

Application::~Application() = default;

bool Application::openWindow() {
    glfwSetErrorCallback([](int, const char* msg) { std::fprintf(stderr, "santemap: GLFW: %s\n", msg); });
    m_handle.initialised = glfwInit();
    if (!m_handle.initialised) {
        printError(
            "cannot open a window (no display?). Without a screen, use `santemap render --default-territory "
            "--out map.png`, or `santemap territory` for the data summary.");
        return false;
    }
    // The territory loads on its worker while the window, the GL context and the fonts are made
    // (a third of a second on llvmpipe): both cores work from the start.
    const std::string dataDir = m_options.dataDir;
    m_ui.lab.dataDir = dataDir;
    m_loader.start([dataDir](geo::Diagnostics& diag) { return defaultTerritoryScene(dataDir, diag); },
                   [] { glfwPostEmptyEvent(); },
                   m_options.noCache ? geo::BuildCache::disabled() : geo::BuildCache::fromEnvironment());
    m_settingsFile = settingsPath();
    // A replay starts from the defaults and leaves the user's settings alone.
    if (m_options.replayPath.empty()) m_settings = loadSettings(m_settingsFile);
    m_ui.lab.file = takeAwayFolder(m_settings) + "/scenario.json";
    m_savedSettingsText = settingsText(m_settings);
    if (m_options.width > 0) {
        m_settings.windowWidth = m_options.width;
        m_settings.windowHeight = m_options.height;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // The window is single-sampled: the map's polygons are anti-aliased by their PolygonTarget,
    // text and markers by their shaders; a multisampled window would triple llvmpipe's cost.
    glfwWindowHint(GLFW_SAMPLES, 0);
    m_handle.window = glfwCreateWindow(m_settings.windowWidth, m_settings.windowHeight, "SantéMap", nullptr, nullptr);
    if (!m_handle.window) {
        printError("cannot create an OpenGL 3.3 window on this display");
        return false;
    }
    glfwMakeContextCurrent(m_handle.window);
    glfwSwapInterval(1);
    m_savedW = m_settings.windowWidth;
    m_savedH = m_settings.windowHeight;
    return true;
}

bool Application::startGraphics() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    // Before ImGui's backend, which chains to the callbacks already installed.
    glfwSetWindowUserPointer(m_handle.window, &m_ui);
    glfwSetKeyCallback(m_handle.window, onKey);
    ImGui_ImplGlfw_InitForOpenGL(m_handle.window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    m_imgui.started = true;
    float ys = 1;
    glfwGetWindowContentScale(m_handle.window, &m_contentScale, &ys);
    m_ui.language = m_settings.language;
    m_ui.uiScale = m_settings.uiScale;
    m_ui.setKiosk = m_options.replayPath.empty() && (m_options.kiosk || m_settings.kiosk);
    applyUiStyle(m_ui.uiScale * m_contentScale);
    auto programs = render::Programs::build();
    auto font = render::Font::load(defaultFontPath());
    if (!programs || !font) {
        printError(geo::describe(!programs ? programs.error() : font.error()));
        return false;
    }
    m_programs.emplace(std::move(programs.value()));
    m_font.emplace(std::move(font.value()));
    m_polygonTarget.emplace(m_settings.msaaSamples);
    glfwSetDropCallback(m_handle.window, onDrop);
    noteVersions();
    return true;
}

// For the help window's "À propos": what a support call at a booth asks first.
void Application::noteVersions() {
    int major = 0, minor = 0, patch = 0;
    OSRGetPROJVersion(&major, &minor, &patch);
    const std::string proj = std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
    m_ui.about.libraries = trf(m_ui.language,
                               Text::LibraryVersions,
                               {GDALVersionInfo("RELEASE_NAME"), proj, IMGUI_VERSION, glfwGetVersionString()});
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    m_ui.about.renderer =
        trf(m_ui.language, Text::RendererVersion, {renderer ? renderer : "?", version ? version : "?"});
}

int Application::run() {
    if (!m_options.replayPath.empty()) {
        auto script = readReplayScript(m_options.replayPath);
        if (!script) {
            printError(geo::describe(script.error()));
            return kExitBadInput;
        }
        m_replay.emplace(script.value());
        m_profile.enabled = !m_options.statsPath.empty();
    }
    if (!openWindow() || !startGraphics()) return kExitBadInput;
    while (!glfwWindowShouldClose(m_handle.window)) {
        waitForEvents();
        m_frameStart = secondsSinceLaunch();
        m_profile.start();
        const auto frame = beginFrame();
        if (!frame) continue;  // minimised
        handlePointer(*frame);
        handleKeys(*frame);
        const ImGuiIO& io = ImGui::GetIO();
        drawPanels(!io.WantCaptureMouse && io.MousePos.x >= 0 && !m_dragging);
        carryOutRequests(*frame);
        m_camera.update(frame->now);
        updateScaleDenominator(*frame);
        updateHighlights();
        exportViewIfAsked();
        takeAwayIfAsked();
        atlasIfAsked();
        stageFrame(*frame);
        const bool drewTerritory = !m_model.layers.empty();
        drawFrame(*frame);
        afterFrame(drewTerritory);
        if (!m_replay && !busy() && !m_dragging && drewTerritory) rememberSettings();
    }
    if (!m_replay) rememberSettings();
    return m_exitCode;
}

double Application::secondsSinceLaunch() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_options.processStart).count();
}

bool Application::busy() const {
    return m_camera.animating() || m_ui.load.loading || m_framesToDraw > 0 || m_pendingLayer.valid();
}

void Application::afterFrame(bool drewTerritory) {
    const double now = secondsSinceLaunch();
    if (drewTerritory && m_launchToTerritory < 0) {
        m_launchToTerritory = now;
        if (m_replay) m_replay->start(now);
        return;  // the first picture: the frames measured come after it
    }
    if (!m_replay) return;
    if (!drewTerritory && !m_ui.load.loading && !m_ui.load.error.empty()) {
        printError("replay: the territory did not load");
        m_exitCode = kExitBadInput;
        glfwSetWindowShouldClose(m_handle.window, GLFW_TRUE);
        return;
    }
    if (m_launchToTerritory < 0) return;
    m_replay->frameEnded(now);
    FrameRecord r;
    r.finishMs = m_profile.enabled ? m_lastFinishMs : (now - m_frameStart) * 1000;
    r.cpuMs = r.finishMs - m_profile.waitMs();
    r.passesMs = m_profile.passesMs();
    m_frames.push_back(r);
    if (!m_replay->done() || busy()) return;
    if (!m_options.statsPath.empty()) {
        auto written = writeReplayStats(m_options.statsPath, m_launchToTerritory, m_frames, m_replay->latencies());
        if (!written) {
            printError(geo::describe(written.error()));
            m_exitCode = kExitBadInput;
        }
    }
    glfwSetWindowShouldClose(m_handle.window, GLFW_TRUE);
}

void Application::waitForEvents() {
    if (m_replay) {
        // Wake for the next step of the script, or at once while frames are due.
        const double next = m_replay->secondsToNext(secondsSinceLaunch()).value_or(0.05);
        glfwWaitEventsTimeout(busy() ? std::min(next, 1.0 / 120) : std::max(next, 0.0005));
        m_framesToDraw = std::max(m_framesToDraw - 1, 0);
        return;
    }
    if (m_ui.kiosk.active && !busy()) {
        glfwWaitEventsTimeout(0.25);  // the idle time, the countdown and the tour run on the clock
        m_framesToDraw = 1;
    } else if (busy()) {
        glfwWaitEventsTimeout(m_ui.load.loading && !m_camera.animating() ? 0.1 : 1.0 / 120);
        m_framesToDraw = std::max(m_framesToDraw - 1, 0);
    } else {
        glfwWaitEvents();
        m_framesToDraw = 1;  // ImGui sees an input on one frame and shows its effect on the next
    }
}

std::optional<Application::Frame> Application::beginFrame() {
    Frame f;
    f.now = glfwGetTime();
    int winW = 0, winH = 0;
    glfwGetFramebufferSize(m_handle.window, &f.width, &f.height);
    glfwGetWindowSize(m_handle.window, &winW, &winH);
    f.pixelRatio = winW > 0 ? static_cast<double>(f.width) / winW : 1.0;
    // The left column (search, finder) covers the left of the map: fitting centres the territory
    // beside it. Its right edge as drawn last frame; before the first frame, as leftPanelWidth
    // will place it.
    const double column =
        m_ui.covered.left > 0 ? m_ui.covered.left : 12 * m_ui.uiScale + std::min(360.0 * m_ui.uiScale, winW * 0.42);
    m_camera.setLeftInset(m_ui.showFinder ? column * f.pixelRatio : 0);
    if (m_ui.load.loading) takeLoadedScene(f.now);
    if (f.width == 0 || f.height == 0) return std::nullopt;
    const bool firstSize = m_camera.view().width <= 1;
    m_camera.setViewport(f.width, f.height);
    if (firstSize && !m_model.layers.empty()) m_camera.fit(layersExtent(m_model.layers), f.now, false);
    f.mapScale = static_cast<float>(f.pixelRatio) * m_ui.uiScale;
    if (m_ui.uiScaleChanged) {
        applyUiStyle(m_ui.uiScale * m_contentScale, true, m_ui.kiosk.active);
        m_ui.uiScaleChanged = false;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (m_replay) injectReplay(secondsSinceLaunch());
    ImGui::NewFrame();
    return f;
}

// Loading: progress, then the finished layers go to the GPU here, on the GL thread.
void Application::takeLoadedScene(double now) {
    const auto p = m_loader.progress();
    m_ui.load.progress = p.fraction;
    m_ui.load.stage = p.stage;
    auto done = m_loader.take();
    if (!done) return;
    m_ui.load.loading = false;
    for (const auto& w : done->warnings) std::fprintf(stderr, "santemap: warning: %s\n", geo::maskPassword(w).c_str());
    if (!done->errors.empty()) {
        m_ui.load.error = geo::maskPassword(done->errors.front());
        for (const auto& e : done->errors) printError(e);
    }
    m_model.scene = std::move(done->scene);
    m_model.layers = std::move(done->layers);
    for (auto& l : m_model.layers)
        if (auto it = m_settings.layers.find(l.name()); it != m_settings.layers.end()) {
            l.view.shown = it->second.shown;
            l.spec.opacity = it->second.opacity;
        }
    uploadLayers(m_model.layers);
    m_model.buildSearch();
    if (auto k = m_model.layerOf(kCommunesLayer)) m_communesBase = m_model.layers[*k].spec;
    if (m_model.scene.territory) m_editor.emplace(m_model.scene.territory->storeSource);
    m_ui.finderChanged = true;
    if (m_ui.exportSettings.title.empty()) m_ui.exportSettings.title = m_model.scene.title;
    m_drawnScene = m_model.scene;
    m_drawnScene.title.clear();  // the window has its own title bar; exports get the title
    if (auto tr = geo::Transformer::create(m_model.scene.crs, "EPSG:4326")) m_toLonLat.emplace(std::move(tr.value()));
    m_fromLonLat.reset();  // made again for this scene's CRS
    if (m_settings.view) {
        render::View v = *m_settings.view;
        v.width = m_camera.view().width;
        v.height = m_camera.view().height;
        m_camera.set(v);
    } else {
        m_camera.fit(layersExtent(m_model.layers), now, false);
    }
    m_framesToDraw = 2;
}

// The script's steps due now go into ImGui's input, as the GLFW backend would have put them.
void Application::injectReplay(double now) {
    ReplayRequests requests;
    if (!m_replay->inject(now, requests)) return;
    for (int k : requests.keysPressed) m_ui.keysPressed.push_back(k);
    if (requests.focusSearch) m_ui.focusSearch = true;
    m_framesToDraw = std::max(m_framesToDraw, 1);
}

bool Application::keyPressed(int key) const {
    return ImGui::IsKeyPressed(key) ||
           std::find(m_ui.keysPressed.begin(), m_ui.keysPressed.end(), key) != m_ui.keysPressed.end();
}

// Map input: the panels get the mouse first (io.WantCaptureMouse).
void Application::handlePointer(const Frame& f) {
    ImGuiIO& io = ImGui::GetIO();
    const geo::Vec2 mousePx{io.MousePos.x * f.pixelRatio, io.MousePos.y * f.pixelRatio};
    m_ui.hovered.reset();
    m_ui.cursorLonLat.reset();
    if (io.WantCaptureMouse || io.MousePos.x < 0 || m_model.layers.empty()) return;
    const auto& lb = m_legendBox;
    if (mousePx.x >= lb[0] && mousePx.x <= lb[2] && mousePx.y >= lb[1] && mousePx.y <= lb[3]) {
        // The legend is not the map: a touch folds or opens it.
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !m_dragging) {
            m_legendMode = m_legendCollapsed ? LegendMode::Open : LegendMode::Collapsed;
            m_framesToDraw = std::max(m_framesToDraw, 1);
        }
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) pressOnMap(f, mousePx);
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) dragOnMap(f, mousePx);
    const geo::Vec2 display = m_camera.view().toDisplay(mousePx);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && m_movingListing >= 0) {
        if (m_dragging && m_toLonLat) moveListing(m_movingListing, m_toLonLat->transform(display));
        m_movingListing = -1;
    }
    if (io.MouseWheel != 0) m_camera.zoomAt(mousePx, std::pow(1.3, io.MouseWheel), f.now);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) m_camera.zoomAt(mousePx, 2.0, f.now);
    if (!m_dragging) m_ui.hovered = m_model.pick(display, m_camera.view().metresPerPixel, 8 * f.mapScale);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !m_dragging) releaseOnMap(f, display);
    // The drag ends with the button: the cursor picks again at once, not after the next press.
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) m_dragging = false;
    if (m_toLonLat) {
        const geo::Vec2 ll = m_toLonLat->transform(display);
        if (std::isfinite(ll.x)) m_ui.cursorLonLat = ll;
    }
}

void Application::pressOnMap(const Frame& f, geo::Vec2 mousePx) {
    const ImGuiIO& io = ImGui::GetIO();
    m_pressedAt = {io.MousePos.x, io.MousePos.y};
    m_dragging = false;
    if (!m_ui.edit.active) return;
    // Édition: pressing on a listing starts moving it.
    const auto under = m_model.pick(m_camera.view().toDisplay(mousePx), m_camera.view().metresPerPixel, 8 * f.mapScale);
    if (!under || m_model.layers[under->layer].spec.catalogueId != kListingsLayer) return;
    const auto& table = m_model.layers[under->layer].data.layer.table;
    if (auto id = table.fieldIndex("id"))
        m_movingListing = static_cast<std::int64_t>(geo::numberOf(table.at(under->feature, *id)).value_or(-1));
}

void Application::dragOnMap(const Frame& f, geo::Vec2 mousePx) {
    const ImGuiIO& io = ImGui::GetIO();
    if (std::hypot(io.MousePos.x - m_pressedAt.x, io.MousePos.y - m_pressedAt.y) > 4) m_dragging = true;
    if (!m_dragging) return;
    if (m_movingListing < 0) {
        m_camera.panPixels(io.MouseDelta.x * f.pixelRatio, io.MouseDelta.y * f.pixelRatio);
        return;
    }
    // The marker follows the pointer; the save happens on release.
    auto k = m_model.layerOf(kListingsLayer);
    if (!k) return;
    MapLayer& l = m_model.layers[*k];
    const auto idCol = l.data.layer.table.fieldIndex("id");
    for (std::size_t i = 0; i < l.styled.points.size() && idCol; ++i)
        if (geo::numberOf(l.data.layer.table.at(l.styled.pointFeature[i], *idCol)) ==
            std::optional<double>(static_cast<double>(m_movingListing)))
            l.styled.points[i] = m_camera.view().toDisplay(mousePx);
}

// A tap: the feature's sheet; on a cluster, a zoom that parts its members, or the list of them
// when they are at one place (a commune centre) and no zoom would part them.
void Application::releaseOnMap(const Frame& f, geo::Vec2 display) {
    if (m_ui.edit.active && m_ui.edit.placing && m_toLonLat && m_model.scene.territory) {
        placeDraft(m_toLonLat->transform(display));
        return;
    }
    if (m_ui.stage.pickOnMap && m_toLonLat && m_model.scene.territory) {
        auto site = siteAtPoint(*m_model.scene.territory, m_toLonLat->transform(display));
        if (site) setStageSite(m_ui, site.value());
        return;
    }
    m_ui.choices.clear();
    const TapTarget tap = m_model.tapAt(display, m_camera.view().metresPerPixel, f.mapScale);
    if (tap.members.size() <= 1) {
        m_ui.selected = tap.members.empty() ? std::nullopt : std::optional<FeatureRef>(tap.members.front());
    } else if (tap.together) {
        m_ui.choices = tap.members;
        m_ui.choicesAt = {ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y};
    } else {
        const geo::Box& e = tap.extent;
        const double half = std::max(std::max(e.maxX - e.minX, e.maxY - e.minY) * 0.75, 1000.0);
        const double cx = (e.minX + e.maxX) / 2, cy = (e.minY + e.maxY) / 2;
        m_camera.fit(geo::Box{cx - half, cy - half, cx + half, cy + half}, f.now);
    }
}

// "Mon stage": the hospitals of France and the faculties read on first use; the circles, the
// housing by time and the line to the one chosen drawn over the map, under the panels.
void Application::stageFrame(const Frame& f) {
    StageState& st = m_ui.stage;
    if (!st.active || !m_model.scene.territory) return;
    if (!st.places) {
        geo::Diagnostics diag;
        auto places = loadInternshipPlaces(m_model.scene.territory->catalogue, m_options.dataDir, diag);
        if (!places) {
            report(geo::describe(places.error()), true);
            st.active = false;
            return;
        }
        st.places = std::make_shared<const InternshipPlaces>(std::move(places.value()));
        st.changed = true;
        m_framesToDraw = std::max(m_framesToDraw, 2);  // the panel shows the journey next frame
    }
    if (!m_fromLonLat)
        if (auto tr = geo::Transformer::create("EPSG:4326", m_drawnScene.crs))
            m_fromLonLat.emplace(std::move(tr.value()));
    if (!m_fromLonLat) return;
    const render::View view = m_camera.view();
    const auto ratio = static_cast<float>(f.pixelRatio);
    auto toScreen = [&](geo::Vec2 lonLat) {
        const geo::Vec2 px = view.toPixel(m_fromLonLat->transform(lonLat));
        return ImVec2(static_cast<float>(px.x) / ratio, static_cast<float>(px.y) / ratio);
    };
    drawStageOnMap(m_ui, toScreen, ImGui::GetBackgroundDrawList());
}

void Application::setCommuneFromPosition(Listing& l, geo::Vec2 lonLat) const {
    const TerritoryData& t = *m_model.scene.territory;
    l.lonLat = lonLat;
    l.atCommuneCentre = false;
    l.communeCode.clear();
    l.communeName.clear();
    if (auto code = communeAt(t, lonLat)) {
        l.communeCode = *code;
        if (auto row = t.aid.communes.row(*code)) l.communeName = t.aid.communes.text(*row, "nom");
    }
}

void Application::moveListing(std::int64_t fid, geo::Vec2 lonLat) {
    if (!m_editor || !m_model.scene.territory || !std::isfinite(lonLat.x)) return;
    for (const auto& l : m_model.scene.territory->listings) {
        if (l.fid != fid) continue;
        Listing moved = l;
        const std::string code = moved.communeCode, name = moved.communeName;
        setCommuneFromPosition(moved, lonLat);
        if (moved.communeCode.empty()) {  // dropped outside the communes: it keeps its commune
            moved.communeCode = code;
            moved.communeName = name;
        }
        auto saved = m_editor->save(moved);
        report(saved ? trf(m_ui.language, Text::ListingMoved, {moved.title}) : geo::describe(saved.error()), !saved);
        if (auto all = m_editor->reload()) replaceListings(std::move(all.value()));
        return;
    }
}

// Édition: the click places the new listing, in the commune under it.
void Application::placeDraft(geo::Vec2 lonLat) {
    Listing d = m_ui.edit.draft.value_or(Listing{});
    if (d.category.empty()) {
        d.category = "opportunite";
        d.kind = "cabinet-vacant";
    }
    setCommuneFromPosition(d, lonLat);
    m_ui.edit.draft = d;
    m_ui.edit.placing = false;
}

void Application::handleKeys(const Frame& f) {
    const ImGuiIO& io = ImGui::GetIO();
    // In kiosk mode nothing leaves full screen or quits: only the staff's press in the corner.
    if (!m_ui.kiosk.active) {
        if (keyPressed(GLFW_KEY_F11)) m_ui.toggleFullscreen = true;
        if (keyPressed(GLFW_KEY_F1)) m_ui.openHelp(HelpTopic::Gestures);
        if (io.KeyCtrl && keyPressed(GLFW_KEY_Q)) m_ui.quit = true;
    }
    if (io.WantCaptureKeyboard) return;
    const double step = 120 * f.pixelRatio;
    if (keyPressed(GLFW_KEY_LEFT)) m_camera.panPixels(step, 0);
    if (keyPressed(GLFW_KEY_RIGHT)) m_camera.panPixels(-step, 0);
    if (keyPressed(GLFW_KEY_UP)) m_camera.panPixels(0, step);
    if (keyPressed(GLFW_KEY_DOWN)) m_camera.panPixels(0, -step);
    const geo::Vec2 centre{f.width / 2.0, f.height / 2.0};
    if (keyPressed(GLFW_KEY_EQUAL) || keyPressed(GLFW_KEY_KP_ADD)) m_camera.zoomAt(centre, 1.5, f.now);
    if (keyPressed(GLFW_KEY_MINUS) || keyPressed(GLFW_KEY_KP_SUBTRACT)) m_camera.zoomAt(centre, 1 / 1.5, f.now);
    if (keyPressed(GLFW_KEY_HOME)) m_ui.fitHome = true;
    if (keyPressed(GLFW_KEY_ESCAPE)) m_ui.selected.reset();
    if (m_ui.edit.active && !m_ui.kiosk.active && io.KeyCtrl && keyPressed(GLFW_KEY_Z)) m_ui.undoEdit = true;
}

void Application::drawPanels(bool tooltip) {
    m_ui.covered = {};        // the panels drawn below say what they cover
    if (m_ui.kiosk.active) {  // what a visitor needs, nothing of the staff's
        drawSearchPanel(m_ui, m_model);
        drawFinderPanel(m_ui, m_model);
        drawDetailsPanel(m_ui, m_model);
        drawChoicesPanel(m_ui, m_model);
        drawKioskOverlays(m_ui);
        if (tooltip && !m_ui.kiosk.step) drawHoverTooltip(m_ui, m_model);  // not over the tour's captions
        return;
    }
    drawMenuBar(m_ui);
    drawSearchPanel(m_ui, m_model);
    drawFinderPanel(m_ui, m_model);
    drawLayersPanel(m_ui, m_model);
    drawDetailsPanel(m_ui, m_model);
    drawChoicesPanel(m_ui, m_model);
    drawComparePanel(m_ui, m_model);
    drawEditPanel(m_ui, m_model);
    drawSourcesPanel(m_ui, m_model);
    drawHelpPanel(m_ui, m_model);
    drawAddLayerPanel(m_ui);
    drawExportPanel(m_ui);
    drawStatusBar(m_ui, m_model);
    if (tooltip) drawHoverTooltip(m_ui, m_model);
}

// Requests left by the panels, each cleared when carried out.
void Application::carryOutRequests(const Frame& f) {
    if (m_ui.fitHome && !m_model.layers.empty()) m_camera.fit(layersExtent(m_model.layers), f.now);
    m_ui.fitHome = false;
    if (m_ui.flyToLonLat && !m_model.layers.empty()) {
        if (auto toMap = geo::Transformer::create("EPSG:4326", m_drawnScene.crs)) {
            const geo::Box& b = *m_ui.flyToLonLat;
            geo::Box box;
            for (const geo::Vec2 corner : {geo::Vec2{b.minX, b.minY},
                                           geo::Vec2{b.maxX, b.maxY},
                                           geo::Vec2{b.minX, b.maxY},
                                           geo::Vec2{b.maxX, b.minY}}) {
                const geo::Vec2 p = toMap->transform(corner);
                box.expand(p.x, p.y);
            }
            m_camera.fit(box, f.now);
        }
    }
    m_ui.flyToLonLat.reset();
    carryOutKiosk(f);
    if (m_ui.flyTo && m_ui.flyTo->layer < m_model.layers.size())
        m_camera.fit(m_model.flyToExtentOf(*m_ui.flyTo), f.now);
    m_ui.flyTo.reset();
    carryOutEdits();
    // After the édition requests: a rebuilt listings layer gets its filter in the same frame.
    if (m_ui.finderChanged && !m_model.layers.empty()) {
        std::optional<CommuneColouring> lab;
        if (auto k = m_model.layerOf(kCommunesLayer); k && m_model.scene.territory)
            lab = labColouring(m_ui.lab, *m_model.scene.territory, m_model.layers[*k].data.layer.table);
        for (std::size_t k : applyFinder(m_ui.finder, m_model, m_communesBase, lab ? &*lab : nullptr))
            m_ui.restyle.push_back(k);
        m_ui.finderChanged = false;
    }
    for (std::size_t k : m_ui.restyle)
        if (k < m_model.layers.size()) restyleLayer(m_model.layers[k]);
    m_ui.restyle.clear();
    exportTables();
    addRequestedLayer();
    if (m_ui.toggleFullscreen) toggleFullscreen();
    if (m_ui.quit) glfwSetWindowShouldClose(m_handle.window, GLFW_TRUE);
}

// The view as a PNG at the chosen size and density, with title and legend.
namespace {

// A file name from a title: letters and digits kept (accents too), anything else a single '-'.
std::string fileStem(const std::string& title) {
    std::string out;
    for (unsigned char c : title) {
        const bool keep = std::isalnum(c) || c >= 0x80;
        if (keep)
            out += static_cast<char>(c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "fiche" : out.substr(0, 80);
}

}  // namespace

// "Emporter cette fiche": the sheet as a PDF and a PNG in the take-away folder, the map excerpt
// drawn from the window's own layers (as the visitor sees them) at 300 dpi.
void Application::takeAwayIfAsked() {
    if (!m_ui.takeAway || !m_model.scene.territory) return;
    const UiState::TakeAwayRequest request = *m_ui.takeAway;
    m_ui.takeAway.reset();
    const Language lang = m_ui.language;
    AidProfile profile = m_ui.finder.profile();
    profile.date = todayIso();
    const TerritoryData& t = *m_model.scene.territory;
    auto sheet = request.listing >= 0 ? takeAwayForListing(t, request.listing, profile, lang, profile.date)
                                      : takeAwayForCommune(t, request.commune, profile, lang, profile.date);
    auto toMap = geo::Transformer::create("EPSG:4326", m_drawnScene.crs);
    if (!sheet || !toMap) {
        report(trf(lang, Text::TakeAwayFailed, {geo::describe(!sheet ? sheet.error() : toMap.error())}), true);
        return;
    }
    const geo::Vec2 c = toMap->transform(sheet->lonLat);
    const double half = 9000;  // 18 km across, as the CLI's excerpt
    Scene excerpt = m_drawnScene;
    excerpt.legend = false;
    excerpt.title.clear();
    const float scale = 300.0f / 96.0f;
    const int px = static_cast<int>(kExcerptMillimetres / 25.4 * 300 + 0.5);
    auto map = drawView(excerpt,
                        m_model.layers,
                        geo::Box{c.x - half, c.y - half, c.x + half, c.y + half},
                        px,
                        px,
                        scale,
                        *m_programs,
                        *m_font);
    const std::string stem = takeAwayFolder(m_settings) + "/" + fileStem(sheet->title) + "-" + profile.date;
    geo::makeParentFolder(stem);
    std::vector<std::string> written;
    for (const auto& [ext, format] : {std::pair{".pdf", PageFormat::Pdf}, std::pair{".png", PageFormat::Png}}) {
        auto page = map ? writeTakeAwayPage(sheet.value(), map.value(), lang, format, stem + ext)
                        : geo::Result<int>(map.error());
        if (!page) {
            report(trf(lang, Text::TakeAwayFailed, {geo::describe(page.error())}), true);
            return;
        }
        written.push_back(stem + ext);
    }
    report(trf(lang, Text::TakeAwaySaved, {written[0], written[1]}), false);
    // At the booth the visitor scans the code on the screen; the staff print the PDF when a
    // printer is set ("kiosk_printer") and lp (cups-client) is there.
    if (m_ui.kiosk.active) {
        m_ui.kiosk.qrPayload = sheet->qrPayload;
        m_ui.kiosk.qrTitle = sheet->title;
        m_ui.kiosk.showQr = true;
        m_ui.kiosk.visitorFiles.insert(m_ui.kiosk.visitorFiles.end(), written.begin(), written.end());
        if (!m_settings.kioskPrinter.empty() && !printWithLp(m_settings.kioskPrinter, written[0]))
            report(trf(lang, Text::PrintFailed, {m_settings.kioskPrinter}), true);
    }
}

// "Imprimer l'atlas": the selection's pages for the finder's profile, in the take-away folder.
void Application::atlasIfAsked() {
    if (!m_ui.atlas || !m_model.scene.territory) return;
    const AtlasRequest request = std::move(*m_ui.atlas);
    m_ui.atlas.reset();
    AidProfile profile = m_ui.finder.profile();
    profile.date = todayIso();
    auto printed = printAtlas(
        request, *m_model.scene.territory, profile, m_ui.language, takeAwayFolder(m_settings), m_options.dataDir);
    if (!printed) {
        report(trf(m_ui.language, Text::AtlasFailed, {geo::describe(printed.error())}), true);
        return;
    }
    report(trf(m_ui.language, Text::AtlasSaved, {printed->path, std::to_string(printed->pages)}), false);
}

// Kiosk mode: started by --kiosk or Réglages once the territory is there, run on the window's
// clock, left by the staff; a new staff code is kept as a salted hash.
void Application::carryOutKiosk(const Frame& f) {
    KioskState& k = m_ui.kiosk;
    if (m_ui.setKiosk && !m_model.layers.empty()) {
        m_ui.setKiosk = false;
        auto path = geo::resolveDataPath("tours/default.json", m_options.dataDir);
        auto tour =
            path ? readTour(*path)
                 : geo::Result<Tour>(geo::Error{geo::ErrorCode::NotFound, tr(m_ui.language, Text::KioskNoTour), ""});
        if (!tour) {
            report(geo::describe(tour.error()), true);
        } else {
            startKiosk(m_ui, std::move(tour.value()), KioskTimings{m_settings.kioskIdleSeconds, 15}, f.now);
            k.pinHash = m_settings.kioskPin;
            m_settings.kiosk = true;
            m_ui.edit.active = false;
            if (!m_ui.fullscreen) m_ui.toggleFullscreen = true;
            // Readable from 1.5 m: body text at least 20 px (16 px × 1.25), targets at least 48 px.
            m_ui.uiScale = std::max(m_ui.uiScale, 1.25f);
            m_ui.uiScaleChanged = true;  // and the kiosk's touch targets
        }
    }
    if (!m_ui.newKioskPin.empty()) {
        if (auto salt = newPinSalt()) {
            m_settings.kioskPin = hashPin(m_ui.newKioskPin, *salt);
            report(tr(m_ui.language, Text::KioskPinSaved), false);
        }
        m_ui.newKioskPin.clear();
    }
    if (!k.active) return;
    const ImGuiIO& io = ImGui::GetIO();
    const bool touched = ImGui::IsAnyMouseDown() || io.MouseWheel != 0 || !m_ui.keysPressed.empty();
    const bool corner = ImGui::IsMouseDown(ImGuiMouseButton_Left) && io.MousePos.x >= 0 &&
                        io.MousePos.x < kKioskCornerSize && io.MousePos.y < kKioskCornerSize;
    kioskFrame(m_ui, m_model, f.now, touched, corner);
    if (k.leave) {
        k = KioskState{};
        m_settings.kiosk = false;
        m_ui.uiScaleChanged = true;  // the desk's style again
        if (m_ui.fullscreen) m_ui.toggleFullscreen = true;
    }
}

void Application::exportViewIfAsked() {
    if (!m_ui.exportNow) return;
    m_ui.exportNow = false;
    const ExportSettings& e = m_ui.exportSettings;
    Scene scene = m_model.scene;
    scene.language = m_ui.language;
    auto written = exportView(
        scene, m_model.layers, m_camera.view(), {e.width, e.height, e.density, e.title, e.path}, *m_programs, *m_font);
    m_ui.status = written ? trf(m_ui.language, Text::Exported, {e.path})
                          : trf(m_ui.language, Text::ExportFailed, {geo::describe(written.error())});
}

// Édition requests: one store transaction each, then the listings layer is rebuilt.
void Application::carryOutEdits() {
    UiState& ui = m_ui;
    const Language lang = ui.language;
    if (!m_editor || !(ui.saveDraft || ui.deleteDraft || ui.undoEdit || ui.reloadListings)) return;
    if (ui.saveDraft && ui.edit.draft) {
        auto saved = m_editor->save(*ui.edit.draft);
        report(saved ? trf(lang, Text::ListingSaved, {saved->title}) : geo::describe(saved.error()), !saved);
        if (saved) ui.edit.draft = saved.value();
    }
    if (ui.deleteDraft && ui.edit.draft) {
        auto done = m_editor->remove(*ui.edit.draft);
        report(done ? trf(lang, Text::ListingDeleted, {ui.edit.draft->title}) : geo::describe(done.error()), !done);
        if (done) ui.edit.draft.reset();
    }
    if (ui.undoEdit) {
        const std::string what = m_editor->undoLabel(lang);
        auto done = m_editor->canUndo()
                        ? m_editor->undo()
                        : geo::Status(geo::Error{geo::ErrorCode::BadArgument, tr(lang, Text::NothingToUndo), ""});
        report(done ? trf(lang, Text::Undone, {what}) : geo::describe(done.error()), !done);
        ui.edit.draft.reset();
    }
    auto all = m_editor->reload();
    if (all) {
        replaceListings(std::move(all.value()));
        if (ui.reloadListings) report(trf(lang, Text::ListingsReloaded, {m_editor->source()}), false);
    } else {
        report(geo::describe(all.error()), true);
    }
    ui.saveDraft = ui.deleteDraft = ui.undoEdit = ui.reloadListings = false;
}

// Tables for spreadsheets, next to where images are exported.
void Application::exportTables() {
    if (!(m_ui.exportListings || m_ui.exportCommunes) || !m_model.scene.territory) return;
    const std::filesystem::path folder = std::filesystem::path(m_ui.exportSettings.path).parent_path();
    const std::string path =
        (folder / (m_ui.exportListings ? "santemap-annonces.csv" : "santemap-communes.csv")).string();
    const TerritoryData& t = *m_model.scene.territory;
    auto written =
        m_ui.exportListings ? exportFilteredListings(t, m_ui.finder, path) : exportCommuneTable(t, m_ui.finder, path);
    m_ui.status = written ? trf(m_ui.language, Text::RowsSaved, {std::to_string(written.value()), path})
                          : trf(m_ui.language, Text::ExportFailed, {geo::describe(written.error())});
    m_ui.exportListings = m_ui.exportCommunes = false;
}

// Adding a layer: read on a worker, uploaded here when ready.
void Application::addRequestedLayer() {
    if (m_ui.addLayer && !m_pendingLayer.valid()) {
        const LayerSpec spec = addedLayerSpec(*m_ui.addLayer, m_model.layers);
        m_pendingLayerName = *m_ui.addLayer;
        const std::string crs = m_model.scene.crs;
        m_pendingLayer = std::async(std::launch::async, [spec, crs] {
            geo::Diagnostics diag;
            return loadLayer(spec, crs, diag);
        });
        m_ui.status = trf(m_ui.language, Text::ReadingLayer, {geo::maskPassword(m_pendingLayerName)});
        m_ui.addLayer.reset();
    }
    if (!m_pendingLayer.valid()) return;
    m_framesToDraw = std::max(m_framesToDraw, 1);
    if (m_pendingLayer.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    auto added = m_pendingLayer.get();
    if (added) {
        uploadLayers(added.value());
        for (auto& l : added.value()) m_model.layers.push_back(std::move(l));
        m_model.buildSearch();
        m_ui.status = trf(m_ui.language, Text::LayerAdded, {geo::maskPassword(m_pendingLayerName)});
    } else {
        m_ui.status = trf(m_ui.language, Text::LayerNotAdded, {geo::maskPassword(geo::describe(added.error()))});
    }
    m_framesToDraw = 2;
}

void Application::toggleFullscreen() {
    m_ui.toggleFullscreen = false;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (!m_ui.fullscreen && monitor) {
        glfwGetWindowPos(m_handle.window, &m_savedX, &m_savedY);
        glfwGetWindowSize(m_handle.window, &m_savedW, &m_savedH);
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(m_handle.window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        m_ui.fullscreen = true;
    } else if (m_ui.fullscreen) {
        glfwSetWindowMonitor(m_handle.window, nullptr, m_savedX, m_savedY, m_savedW, m_savedH, 0);
        m_ui.fullscreen = false;
    }
}

// 1:N at the centre of the view, from 100 pixels measured on the ellipsoid.
void Application::updateScaleDenominator(const Frame& f) {
    if (!m_toLonLat) return;
    const render::View& view = m_camera.view();
    const geo::Vec2 a = m_toLonLat->transform(view.toDisplay({f.width / 2.0 - 50, f.height / 2.0}));
    const geo::Vec2 b = m_toLonLat->transform(view.toDisplay({f.width / 2.0 + 50, f.height / 2.0}));
    if (std::isfinite(a.x) && std::isfinite(b.x))
        m_ui.scaleDenominator = geo::geodesicMetres(a, b) / 100.0 / f.pixelRatio / 0.00028;
}

// Highlights: the selected feature and the one under the cursor.
void Application::updateHighlights() {
    for (std::size_t k = 0; k < m_model.layers.size(); ++k) {
        MapLayer& l = m_model.layers[k];
        l.view.selection.clear();
        l.view.hover.reset();
        if (m_ui.selected && m_ui.selected->layer == k) l.view.selection.push_back(m_ui.selected->feature);
        if (m_ui.hovered && m_ui.hovered->layer == k) l.view.hover = m_ui.hovered->feature;
    }
}

void Application::drawFrame(const Frame& f) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, f.width, f.height);
    // While the map moves, edges are left unsmoothed (software GL's pass costs a third of the
    // frame); the frame drawn when it stops is smoothed.
    const ImVec2 delta = ImGui::GetIO().MouseDelta;
    const bool moving = m_camera.animating() ||
                        (m_dragging && ImGui::IsMouseDown(ImGuiMouseButton_Left) && (delta.x != 0 || delta.y != 0));
    if (moving) m_framesToDraw = std::max(m_framesToDraw, 1);
    render::PolygonTarget* smoothing = moving && m_polygonTarget->samples() == 1 ? nullptr : &*m_polygonTarget;
    DrawContext ctx{*m_programs, *m_font, m_overlay, {}, {}, smoothing, &m_profile};
    const auto px = static_cast<float>(f.pixelRatio);
    ctx.panels.top = ImGui::GetFrameHeight() * px;                                      // menu bar
    ctx.panels.bottom = (ImGui::GetFrameHeight() + 6 * m_ui.uiScale) * px;              // status bar
    ctx.panels.left = m_ui.covered.left * px;                                           // search and finder
    ctx.panels.right = m_ui.covered.right > 0 ? f.width - m_ui.covered.right * px : 0;  // an open sheet
    ctx.panels.legend = m_legendMode;
    if (!m_model.layers.empty()) {
        m_drawnScene.language = m_ui.language;
        drawMap(m_drawnScene, m_model.layers, m_camera.view(), f.mapScale, ctx);
        m_legendBox = ctx.legendBox;
        m_legendCollapsed = ctx.legendCollapsed;
    } else {
        glClearColor(0.91f, 0.93f, 0.95f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    m_profile.lap("ui");
    if (m_profile.enabled) {
        glFinish();  // the frame's finish time: its work done, before the swap
        m_lastFinishMs = (secondsSinceLaunch() - m_frameStart) * 1000;
    }
    glfwSwapBuffers(m_handle.window);
    m_ui.keysPressed.clear();
    // Input may need a second frame to settle (ImGui hover states, tooltips).
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || ImGui::IsAnyMouseDown())
        m_framesToDraw = 2;
}

// Remember the view, the layers, the language and the interface size: saved when they change (a
// window killed by a signal keeps them), not only at exit. A failure is said once per change.
void Application::rememberSettings() {
    if (!m_model.layers.empty()) m_settings.view = m_camera.view();
    m_settings.language = m_ui.language;
    m_settings.uiScale = m_ui.uiScale;
    if (!m_ui.fullscreen) glfwGetWindowSize(m_handle.window, &m_settings.windowWidth, &m_settings.windowHeight);
    for (const auto& l : m_model.layers) m_settings.layers[l.name()] = LayerSettings{l.view.shown, l.spec.opacity};
    const std::string text = settingsText(m_settings);
    if (text == m_savedSettingsText) return;
    m_savedSettingsText = text;
    if (auto saved = saveSettings(m_settingsFile, m_settings); !saved) {
        printError("warning: " + geo::describe(saved.error()));
        report(trf(m_ui.language, Text::SettingsNotSaved, {geo::describe(saved.error())}), true);
    }
}

void Application::replaceListings(std::vector<Listing> listings) {
    if (!m_model.scene.territory) return;
    m_model.scene.territory->listings = std::move(listings);
    auto k = m_model.layerOf(kListingsLayer);
    if (!k) return;
    LayerSpec spec = m_model.layers[*k].spec;
    std::vector<Listing> shown;
    for (const auto& l : m_model.scene.territory->listings) shown.push_back(m_ui.edit.active ? l : publicView(l));
    spec.preloaded = std::make_shared<const geo::Layer>(listingsLayer(shown));
    m_model.scene.territory->layers[kListingsLayer] = spec.preloaded;
    geo::Diagnostics diag;
    auto loaded = loadLayer(spec, m_model.scene.crs, diag);
    if (!loaded || loaded->empty()) return;
    MapLayer fresh = std::move(loaded->front());
    fresh.view.shown = m_model.layers[*k].view.shown;
    std::vector<MapLayer> one;
    one.push_back(std::move(fresh));
    uploadLayers(one);
    m_model.layers[*k] = std::move(one.front());
    m_ui.selected.reset();
    m_ui.hovered.reset();
    m_model.buildSearch();
    m_ui.finderChanged = true;
}

void Application::report(const std::string& given, bool error) {
    const std::string message = geo::maskPassword(given);
    m_ui.edit.message = message;
    m_ui.edit.messageIsError = error;
    m_ui.status = message;
}

int runWindow(const WindowOptions& options) {
    geo::keepLargeBlocksInHeap();
    try {
        Application application(options);
        return application.run();
    } catch (const std::exception& e) {
        // Last resort: a library threw where it should not have. Say so instead of aborting.
        printError(std::string("internal error: ") + e.what());
        return kExitBadInput;
    }
}

}  // namespace app
