#version 330 core
// Markers: one instance per point, a quad of u_size pixels around it.
layout(location = 0) in vec2 a_corner;  // -1..1
layout(location = 1) in vec2 a_center;  // local metres
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec2 a_shapeSize;  // shape id, size in pixels
uniform vec4 u_transform;
uniform vec2 u_viewport;
out vec2 v_local;
flat out vec4 v_color;
flat out float v_shape;
flat out float v_size;
void main() {
    vec2 c = a_center * u_transform.xy + u_transform.zw;
    float size = a_shapeSize.y + 2.0;  // room for the outline and its smoothing
    v_local = a_corner * size * 0.5;
    v_color = a_color;
    v_shape = a_shapeSize.x;
    v_size = a_shapeSize.y;
    gl_Position = vec4(c + a_corner * size / u_viewport, 0.0, 1.0);
}
