#version 330 core
// Markers as point sprites: one vertex per marker, gl_PointSize pixels wide (a quad of four
// vertices costs llvmpipe three times more). Colour in RGBA8, shape and size in one integer pair.
layout(location = 0) in vec2 a_center;     // local metres
layout(location = 1) in vec4 a_color;      // normalised bytes
layout(location = 2) in uvec2 a_shapeSize; // shape id, size in 1/16 pixel
uniform vec4 u_transform;
flat out vec4 v_color;
flat out int v_shape;
flat out float v_radius;
flat out float v_outline;
flat out float v_sprite;
void main() {
    v_color = a_color;
    v_shape = int(a_shapeSize.x);
    float size = float(a_shapeSize.y) / 16.0;
    v_radius = 0.5 * size;
    v_outline = max(1.0, size * 0.12);
    v_sprite = size + 2.0;  // room for the outline and its smoothing
    gl_PointSize = v_sprite;
    gl_Position = vec4(a_center * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
