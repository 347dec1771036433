#!/usr/bin/env python3
"""Checks of the code's shape that the compiler does not make, run by ctest (tests/CMakeLists.txt):

  boundaries BUILD_DIR   no source reaches a header across a forbidden boundary, transitively,
                         as the compiler's own dependency output (-MD / -MM) tells it
  functions [DIR...]     no function longer than 100 lines (default: app/)
  state [DIR...]         no mutable namespace-scope variable and no function-level static that is
                         not const (default: app/)
  texts                  no interface text written outside the text table (app/domain/ui_texts.hpp)
                         in the code that builds what people read (app/ui/, the map's furniture,
                         the finder, the sheets, listing checks); exceptions are listed below

Each prints one line per problem (file:line: what) and exits 1 when it found any.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_FUNCTION_LINES = 100

# Folder of the source → (forbidden dependency patterns, why). Paths are absolute and normalised.
GL = (r"/epoxy/", "OpenGL")
GLFW = (r"/GLFW/", "GLFW")
IMGUI = (r"/imgui", "Dear ImGui")
GDAL = (r"/gdal/|/ogr_|/cpl_", "GDAL")
JSON = (r"/nlohmann/", "JSON")
APP = (r"/app/", "the application")
MAP = (r"/app/map/", "app/map")
UI = (r"/app/ui/", "app/ui")
CLI = (r"/app/cli/", "app/cli")
# The domain may use render's plain headers (colours, marker shapes), never its GL code.
RENDER_GL = (r"/render/(?!color\.hpp$|marker\.hpp$)", "render/ beyond its plain headers (color.hpp, marker.hpp)")
RULES = {
    "geo/": [GL, GLFW, IMGUI, JSON, APP, (r"/render/", "render/")],
    "render/": [GDAL, GLFW, IMGUI, JSON, APP],
    "app/domain/": [GL, GLFW, IMGUI, MAP, UI, CLI, RENDER_GL],
    "app/map/": [GLFW, IMGUI, UI, CLI],
    "app/ui/": [CLI],
    "app/cli/": [GLFW, IMGUI, UI],
}


def rule_for(path):
    rel = os.path.relpath(path, ROOT)
    for prefix, rules in RULES.items():
        if rel.startswith(prefix):
            return prefix, rules
    return None, None


def parse_depfile(text):
    """The prerequisites of a make rule written by gcc -MD / -MM."""
    body = text.replace("\\\n", " ")
    _, _, deps = body.partition(":")
    return [os.path.normpath(d) for d in deps.split()]


def dependencies(entry):
    """Every file the compilation of one entry of compile_commands.json reads."""
    directory = entry["directory"]
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    if "-o" in args:
        obj = args[args.index("-o") + 1]
        depfile = os.path.join(directory, obj + ".d")
        if os.path.exists(depfile) and os.path.getmtime(depfile) >= os.path.getmtime(entry["file"]):
            with open(depfile) as f:
                return parse_depfile(f.read())
        args[args.index("-o") + 1] = os.devnull
    with tempfile.NamedTemporaryFile(suffix=".d") as out:
        subprocess.run(args + ["-MM", "-MF", out.name], cwd=directory, check=True, stdout=subprocess.DEVNULL)
        return parse_depfile(open(out.name).read())


def check_boundaries(build_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    problems, checked = [], 0
    for entry in entries:
        source = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        prefix, rules = rule_for(source)
        if not rules:
            continue
        checked += 1
        for dep in dependencies(entry):
            dep = os.path.normpath(os.path.join(entry["directory"], dep))
            for pattern, what in rules:
                if re.search(pattern, dep):
                    problems.append(f"{os.path.relpath(source, ROOT)}: reaches {dep} ({prefix} must not use {what})")
    if checked == 0:
        problems.append(f"{build_dir}/compile_commands.json names no source of geo/, render/ or app/")
    return problems


def code_tokens(text):
    """(kind, value, line) for the braces, parentheses, semicolons and words of C++ source, with
    comments, string and character literals and preprocessor lines left out."""
    i, line, n = 0, 1, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            at_line_start = True
            continue
        if c in " \t\r":
            i += 1
            continue
        if at_line_start and c == "#":  # preprocessor line, with its continuations
            while i < n and (text[i] != "\n" or text[i - 1] == "\\"):
                line += text[i] == "\n"
                i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            line += text.count("\n", i, end)
            i = end
            continue
        raw = re.match(r'R"([^(]*)\(', text[i:i + 20])
        if raw:
            end = text.find(")" + raw.group(1) + '"', i)
            end = n if end < 0 else end + len(raw.group(1)) + 2
            line += text.count("\n", i, end)
            yield ("literal", "", line)
            i = end
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            yield ("literal", "", line)
            i = j + 1
            continue
        word = re.match(r"[A-Za-z_]\w*|\d[\w.']*", text[i:i + 200])
        if word:
            yield ("word", word.group(0), line)
            i += len(word.group(0))
            continue
        yield ("punct", c, line)
        i += 1


def source_files(dirs):
    for d in dirs:
        for base, _, files in os.walk(os.path.join(ROOT, d)):
            for name in sorted(files):
                if name.endswith((".cpp", ".hpp")):
                    yield os.path.join(base, name)


def scopes(path):
    """Walks a file's braces. Yields (event, token, context) where event is 'open' or 'close' and
    context the stack of scope kinds: 'namespace', 'type' (class, struct, enum, union), 'function'
    (a body: after ')' or a trailing specifier) or 'block' (anything else: initialisers, statements)."""
    with open(path, encoding="utf-8") as f:
        tokens = list(code_tokens(f.read()))
    stack, recent = [], []
    for kind, value, line in tokens:
        if kind == "punct" and value == "{":
            words = [v for k, v in recent if k == "word"]
            last = recent[-1][1] if recent else ""
            if "function" in stack:
                scope = "block"
            elif "namespace" in words and not any(v in ("=", "(") for _, v in recent):
                scope = "namespace"
            elif any(w in ("class", "struct", "enum", "union") for w in words) and last != ")":
                scope = "type"
            elif last == ")" or (last in ("const", "override", "noexcept", "final", "mutable") and ")" in [v for _, v in recent]):
                scope = "function"
            elif recent and recent[0][1] == "extern":
                scope = "namespace"
            else:
                scope = "block"
            stack.append(scope)
            yield "open", (kind, value, line), list(stack), recent
            recent = []
        elif kind == "punct" and value == "}":
            yield "close", (kind, value, line), list(stack), recent
            if stack:
                stack.pop()
            recent = []
        elif kind == "punct" and value == ";":
            yield "statement", (kind, value, line), list(stack), recent
            recent = []
        else:
            recent.append((kind, value))


def check_functions(dirs):
    problems = []
    for path in source_files(dirs):
        starts = []
        for event, (_, _, line), stack, recent in scopes(path):
            if event == "open" and stack[-1] == "function" and stack.count("function") == 1:
                name = next((v for k, v in reversed(recent) if k == "word" and recent.index((k, v)) < len(recent) - 1
                             and v not in ("const", "override", "noexcept", "final", "mutable")), "?")
                starts.append((line, name))
            if event == "close" and stack and stack[-1] == "function" and stack.count("function") == 1 and starts:
                first, name = starts.pop()
                length = line - first + 1
                if length > MAX_FUNCTION_LINES:
                    problems.append(f"{os.path.relpath(path, ROOT)}:{first}: a function of {length} lines "
                                    f"(at most {MAX_FUNCTION_LINES}): split it")
    return problems


DECLARATION_KEYWORDS = {"using", "typedef", "class", "struct", "enum", "union", "namespace", "friend", "template",
                        "return", "extern", "static_assert", "operator"}


def check_state(dirs):
    """Mutable state that outlives a call: namespace-scope variables and function-level statics
    that are not const, constexpr or thread-safe constants."""
    problems = []
    for path in source_files(dirs):
        for event, (_, _, line), stack, recent in scopes(path):
            if event != "statement" or not recent:
                continue
            words = [v for k, v in recent if k == "word"]
            values = [v for _, v in recent]
            constant = "const" in words or "constexpr" in words
            rel = os.path.relpath(path, ROOT)
            if "function" in stack:
                if "static" in words and not constant and words[0] == "static":
                    problems.append(f"{rel}:{line}: a function-level static that is not const holds state")
                continue
            if stack and stack[-1] == "type":
                continue  # data members
            function = "(" in values and ("=" not in values or values.index("(") < values.index("="))
            if constant or function or "operator" in words or any(w in DECLARATION_KEYWORDS for w in words[:2]):
                continue  # constants, declarations of types and functions (default arguments, = default)
            if len(words) >= 2:
                problems.append(f"{rel}:{line}: a mutable namespace-scope variable ({' '.join(words[:3])}…)")
    return problems


# The code that builds what people read: every word of it comes from the text table.
INTERFACE_CODE = ["app/ui", "app/map/map_furniture.cpp", "app/map/map_model.cpp", "app/map/loader.cpp",
                  "app/map/finder_layers.cpp", "app/map/catalogue_layers.cpp", "app/domain/finder.cpp",
                  "app/domain/sheets.cpp", "app/domain/style.cpp", "app/domain/listing.cpp",
                  "app/domain/listing_editor.cpp"]
# Files of app/ui that nobody reads in the window, each with its reason.
TEXT_EXEMPT_FILES = {
    "app/ui/replay_script.cpp": "replay scripts (--replay): key names and errors on standard error, like the CLI's",
    "app/ui/replay_stats.cpp": "replay statistics (--stats): errors on standard error, like the CLI's",
}
# Literals that look like words but are not interface text, each with its reason.
TEXT_EXCEPTIONS = {
    # Messages on standard error, for whoever started the program: English, like the command line's.
    "santemap: %s\\n": "console", "santemap: warning: %s\\n": "console", "santemap: GLFW: %s\\n": "console",
    "santemap: warning: cannot save %s\\n": "console", "internal error: ": "console",
    "cannot open a window (no display?). Without a screen, use `santemap render --default-territory ": "console",
    "--out map.png`, or `santemap territory` for the data summary.": "console",
    "cannot create an OpenGL 3.3 window on this display": "console",
    "replay: the territory did not load": "console",
    "#version 330 core": "GLSL version for the ImGui backend",
    "SantéMap": "the window's title bar, a name",
    "EPSG:4326": "a CRS code",
    "DejaVuSans.ttf": "a font file",
    "internal error while loading: ": "an internal error, like the libraries' own messages",
    "XDG_CONFIG_HOME": "an environment variable", "HOME": "an environment variable",
    "RELEASE_NAME": "a key of GDALVersionInfo",
    "/Documents/SantéMap": "the default folder of take-away sheets, a path",
    "nothing to undo": "an error value, like the libraries' (the window checks canUndo and says NothingToUndo)",
}


def check_texts(paths):
    problems = []
    files = []
    for p in paths:
        full = os.path.join(ROOT, p)
        files += list(source_files([p])) if os.path.isdir(full) else [full]
    for path in files:
        if os.path.relpath(path, ROOT) in TEXT_EXEMPT_FILES:
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # Comments go first: literals are read from code only.
        code = re.sub(r"//[^\n]*", "", text)
        code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)
        for m in re.finditer(r'(?<![\w\'])"((?:[^"\\\n]|\\.)*)"', code):
            literal = m.group(1)
            words = literal.split("###")[0].split("##")[0] if not literal.startswith("#") else ""
            words = re.sub(r"%[-+ #0]*\d*(\.\d+)?(ll|l|z)?[sdfgcux%]", "", words)
            words = words.replace("{}", "")
            human = re.search(r"[A-Za-zÀ-ÿ]{2,}", words) and (
                " " in words.strip() or re.search(r"[A-ZÀ-ÿ]", words) or re.search(r"[^\x00-\x7f]", words))
            if human and literal not in TEXT_EXCEPTIONS:
                line = code.count("\n", 0, m.start()) + 1
                problems.append(f"{os.path.relpath(path, ROOT)}:{line}: interface text outside the table: \"{literal}\"")
    return problems


def main(argv):
    if len(argv) < 2 or argv[1] not in ("boundaries", "functions", "state", "texts"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "boundaries":
        if len(argv) != 3:
            print("usage: check_structure.py boundaries BUILD_DIR", file=sys.stderr)
            return 2
        problems = check_boundaries(argv[2])
    elif argv[1] == "functions":
        problems = check_functions(argv[2:] or ["app"])
    elif argv[1] == "texts":
        problems = check_texts(argv[2:] or INTERFACE_CODE)
    else:
        problems = check_state(argv[2:] or ["app"])
    for p in problems:
        print(p)
    print(f"check_structure {argv[1]}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
