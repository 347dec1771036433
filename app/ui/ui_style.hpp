// Dear ImGui's look for SantéMap: a light theme, DejaVu Sans with French and Latin Extended
// letters, everything sized by the interface scale (big screens, high-DPI displays, touch).
#pragma once

namespace app {

// Rebuilds the font atlas and style for a scale (1 = 16 px text). Needs a current ImGui context;
// with the OpenGL backend initialised, the font texture is re-created too.
// `kiosk`: touch targets at least 48 pixels high at a scale of 1.25 (a booth's touch screen), and
// a second font, 1.4 times the body's, for titles (28 px over 20 px text).
void applyUiStyle(float scale, bool withBackend = true, bool kiosk = false);

}  // namespace app
