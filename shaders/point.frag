#version 330 core
// Signed distance of each shape, in pixels: crisp edges at any size, a white outline for contrast.
in vec2 v_local;
flat in vec4 v_color;
flat in float v_shape;
flat in float v_size;
out vec4 o_color;
float sdf(vec2 p, float r) {
    int shape = int(v_shape + 0.5);
    if (shape == 1) {  // square
        vec2 d = abs(p) - vec2(r * 0.85);
        return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
    }
    if (shape == 2) {  // diamond
        return (abs(p.x) + abs(p.y) - r) * 0.7071;
    }
    if (shape == 3) {  // triangle, point up
        vec2 q = vec2(abs(p.x), p.y + r * 0.25);
        return max(q.x * 0.866 + q.y * 0.5, -q.y) - r * 0.5;
    }
    return length(p) - r;  // circle
}
void main() {
    float r = v_size * 0.5;
    float d = sdf(v_local * vec2(1.0, -1.0), r);
    float outline = max(1.0, v_size * 0.12);
    float inside = clamp(0.5 - d, 0.0, 1.0);
    if (inside <= 0.0) discard;
    float fillPart = clamp(0.5 - (d + outline), 0.0, 1.0);
    vec3 rgb = mix(vec3(1.0), v_color.rgb, fillPart);
    o_color = vec4(rgb, inside * v_color.a);
}
