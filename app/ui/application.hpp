// The map window as an object: its members are the window's state, its methods each do one thing
// of a frame (wait, receive the loaded scene, read input, draw the panels, carry out what the
// panels asked, draw). GLFW + OpenGL 3.3 core + Dear ImGui over the full-window map.
#pragma once

#include <array>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/listing_editor.hpp"
#include "geo/projection.hpp"
#include "map/camera.hpp"
#include "map/frame_profile.hpp"
#include "map/loader.hpp"
#include "render/font.hpp"
#include "render/overlay.hpp"
#include "render/polygon_target.hpp"
#include "render/programs.hpp"
#include "replay_driver.hpp"
#include "replay_stats.hpp"
#include "settings.hpp"
#include "ui_state.hpp"
#include "window_app.hpp"

struct GLFWwindow;

namespace app {

class Application {
public:
    explicit Application(WindowOptions options);
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    // Opens the window, runs until it is closed, saves the settings; the process exit code.
    int run();

private:
    // What one frame measures of the window before it reads input.
    struct Frame {
        double now = 0;
        int width = 0, height = 0;  // framebuffer pixels
        double pixelRatio = 1;      // framebuffer pixels per window unit (high-DPI screens)
        float mapScale = 1;         // lines, text and markers of the map: pixel ratio × interface size
    };
    // Owns GLFW and the window; declared first so that it is destroyed last, after every GL object.
    struct WindowHandle {
        GLFWwindow* window = nullptr;
        bool initialised = false;
        ~WindowHandle();
    };
    // The ImGui context and its GLFW and OpenGL backends, shut down before the window goes.
    struct ImGuiSession {
        bool started = false;
        ~ImGuiSession();
    };

    bool openWindow();
    bool startGraphics();
    void noteVersions();
    void waitForEvents();
    std::optional<Frame> beginFrame();
    void takeLoadedScene(double now);
    void handlePointer(const Frame& f);
    void pressOnMap(const Frame& f, geo::Vec2 mousePx);
    void dragOnMap(const Frame& f, geo::Vec2 mousePx);
    void releaseOnMap(const Frame& f, geo::Vec2 display);
    void handleKeys(const Frame& f);
    void drawPanels(bool tooltip);
    void carryOutRequests(const Frame& f);
    void carryOutEdits();
    void exportTables();
    void addRequestedLayer();
    void toggleFullscreen();
    void updateScaleDenominator(const Frame& f);
    void updateHighlights();
    void exportViewIfAsked();
    void takeAwayIfAsked();
    void atlasIfAsked();
    void stageFrame(const Frame& f);
    void carryOutKiosk(const Frame& f);
    void drawFrame(const Frame& f);
    // A key pressed this frame, by ImGui's state or by the key callback's queue.
    bool keyPressed(int key) const;
    void injectReplay(double now);
    // After each frame: the first drawn territory starts the replay; a finished replay writes its
    // statistics and closes the window.
    void afterFrame(bool drewTerritory);
    bool busy() const;
    double secondsSinceLaunch() const;
    void rememberSettings();

    // Édition: the listing dragged to `lonLat` is saved there; a click places the draft there.
    void moveListing(std::int64_t fid, geo::Vec2 lonLat);
    void placeDraft(geo::Vec2 lonLat);
    // The listing with its commune set from the communes layer at `lonLat` (none outside it).
    void setCommuneFromPosition(Listing& l, geo::Vec2 lonLat) const;
    // Replaces the listings layer after a save, an undo or a refresh: a handful of points, rebuilt
    // and re-uploaded whole (the communes' meshes are not touched).
    void replaceListings(std::vector<Listing> listings);
    void report(const std::string& message, bool error);

    WindowHandle m_handle;
    ImGuiSession m_imgui;
    WindowOptions m_options;
    std::optional<ReplayDriver> m_replay;
    FrameProfile m_profile;
    std::vector<FrameRecord> m_frames;
    double m_launchToTerritory = -1;  // seconds; < 0 until the territory is first drawn
    int m_exitCode = 0;
    double m_frameStart = 0;    // seconds since launch, when this frame's work began
    double m_lastFinishMs = 0;  // the last frame's work, up to glFinish
    Settings m_settings;
    std::string m_settingsFile;
    std::string m_savedSettingsText;  // what the settings file holds, as last written or read
    float m_contentScale = 1;         // the monitor's, for the interface's fonts
    UiState m_ui;
    std::optional<render::Programs> m_programs;
    std::optional<render::Font> m_font;
    std::optional<render::PolygonTarget> m_polygonTarget;  // anti-aliasing of the map's polygons
    render::Overlay m_overlay;
    MapModel m_model;
    Scene m_drawnScene;        // the scene without its title: the window has a title bar
    LayerSpec m_communesBase;  // the communes' catalogue style, before any indicator
    std::optional<ListingEditor> m_editor;
    std::future<geo::Result<std::vector<MapLayer>>> m_pendingLayer;  // a layer being added
    std::string m_pendingLayerName;
    std::int64_t m_movingListing = -1;  // fid dragged in édition mode (-1: none)
    Camera m_camera;
    std::optional<geo::Transformer> m_toLonLat, m_fromLonLat;
    int m_framesToDraw = 2;
    LegendMode m_legendMode = LegendMode::Auto;  // a touch on the legend sets Open or Collapsed
    std::array<float, 4> m_legendBox{};          // framebuffer pixels, as last drawn
    bool m_legendCollapsed = false;
    bool m_dragging = false;
    geo::Vec2 m_pressedAt;                                       // window units, where the left button went down
    int m_savedX = 0, m_savedY = 0, m_savedW = 0, m_savedH = 0;  // windowed geometry, for F11
    SceneLoader m_loader;  // last: its thread is joined before anything above goes
};

}  // namespace app
