# Writes every shader of this folder into one header of C++ raw strings, so that the binary
# does not depend on the working directory. Run by the build (cmake -P).
file(GLOB sources "${SHADER_DIR}/*.vert" "${SHADER_DIR}/*.frag")
list(SORT sources)
set(text "// Generated from shaders/ by shaders/embed.cmake: do not edit.\n#pragma once\n\nnamespace shaders {\n")
foreach(src ${sources})
    get_filename_component(name "${src}" NAME)
    string(REPLACE "." "_" ident "${name}")
    file(READ "${src}" body)
    string(APPEND text "inline constexpr const char* ${ident} = R\"glsl(${body})glsl\";\n")
endforeach()
string(APPEND text "}  // namespace shaders\n")
file(WRITE "${OUTPUT}.tmp" "${text}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
