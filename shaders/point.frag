#version 330 core
// Signed distance of each shape, in pixels: crisp edges at any size, a white outline for contrast.
// No discard: the corners outside the shape blend with alpha 0 (cheaper on software GL).
flat in vec4 v_color;
flat in int v_shape;
flat in float v_radius;
flat in float v_outline;
flat in float v_sprite;
out vec4 o_color;
float sdf(vec2 p, float r) {
    if (v_shape == 1) {  // square
        vec2 d = abs(p) - vec2(r * 0.85);
        return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
    }
    if (v_shape == 2) {  // diamond
        return (abs(p.x) + abs(p.y) - r) * 0.7071;
    }
    if (v_shape == 3) {  // triangle, point up
        vec2 q = vec2(abs(p.x), p.y + r * 0.25);
        return max(q.x * 0.866 + q.y * 0.5, -q.y) - r * 0.5;
    }
    return length(p) - r;  // circle
}
void main() {
    // gl_PointCoord runs from the sprite's top-left corner, y downwards, as the shapes expect.
    float d = sdf((gl_PointCoord - 0.5) * v_sprite, v_radius);
    float inside = clamp(0.5 - d, 0.0, 1.0);
    float fillPart = clamp(0.5 - (d + v_outline), 0.0, 1.0);
    o_color = vec4(mix(vec3(1.0), v_color.rgb, fillPart), inside * v_color.a);
}
