#version 330 core
// Edge smoothing of a single-sampled picture, in the manner of FXAA: where the luminance of the
// four neighbours differs enough from the pixel's, the picture is sampled along the edge's
// direction and blended, so that a staircase becomes a gradient. Flat areas (most of a map) cost
// five texel fetches and return unchanged.
uniform sampler2D u_image;
uniform vec2 u_texel;  // 1 / size
out vec4 o_color;
float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }
void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec4 centre = texelFetch(u_image, p, 0);
    float m = luma(centre.rgb);
    float n = luma(texelFetch(u_image, p + ivec2(0, 1), 0).rgb);
    float s = luma(texelFetch(u_image, p + ivec2(0, -1), 0).rgb);
    float e = luma(texelFetch(u_image, p + ivec2(1, 0), 0).rgb);
    float w = luma(texelFetch(u_image, p + ivec2(-1, 0), 0).rgb);
    float lo = min(m, min(min(n, s), min(e, w)));
    float hi = max(m, max(max(n, s), max(e, w)));
    if (hi - lo < max(0.04, hi * 0.125)) {
        o_color = centre;
        return;
    }
    // The edge runs across the luminance gradient.
    vec2 dir = vec2(-(n - s), e - w);
    float reduce = max((n + s + e + w) * 0.03125, 1.0 / 128.0);
    dir = clamp(dir / (min(abs(dir.x), abs(dir.y)) + reduce), vec2(-4.0), vec2(4.0)) * u_texel;
    vec2 uv = (vec2(p) + 0.5) * u_texel;
    vec4 a = 0.5 * (texture(u_image, uv - dir / 6.0) + texture(u_image, uv + dir / 6.0));
    vec4 b = 0.5 * a + 0.25 * (texture(u_image, uv - dir * 0.5) + texture(u_image, uv + dir * 0.5));
    float lb = luma(b.rgb);
    o_color = (lb < lo || lb > hi) ? a : b;
}
