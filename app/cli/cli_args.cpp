// Parses argv against the options a subcommand declares.
#include "cli_args.hpp"

#include <filesystem>

namespace app {

std::optional<UsageError> parseArgs(int argc,
                                    char** argv,
                                    int first,
                                    const std::set<std::string>& withValue,
                                    const std::set<std::string>& flags,
                                    Args& out,
                                    const std::set<std::string>& repeatable) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            out.positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        bool hasInline = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasInline = true;
        }
        if (flags.count(name)) {
            if (hasInline) return UsageError{"--" + name + " takes no value"};
            out.flags.insert(name);
        } else if (withValue.count(name)) {
            if (!hasInline) {
                if (i + 1 >= argc) return UsageError{"--" + name + " needs a value"};
                value = argv[++i];
            }
            out.values[name] = value;
            if (repeatable.count(name)) {
                out.lists[name].push_back(value);
                while (!hasInline && i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0)
                    out.lists[name].push_back(argv[++i]);
            }
        } else {
            return UsageError{"unknown option --" + name};
        }
    }
    // A data folder that does not exist must not fall back silently on the rest of the search path.
    if (auto data = out.value("data")) {
        std::error_code ec;
        if (!std::filesystem::is_directory(*data, ec))
            return UsageError{"--data " + *data + ": no such folder (it names the folder of the data files)"};
    }
    return std::nullopt;
}

std::vector<std::string> Args::all(const std::string& name) const {
    std::vector<std::string> out;
    auto it = lists.find(name);
    if (it == lists.end()) return out;
    for (const auto& v : it->second) {
        std::string cur;
        for (char c : v + ",") {
            if (c == ',') {
                if (!cur.empty()) out.push_back(cur);
                cur.clear();
            } else {
                cur += c;
            }
        }
    }
    return out;
}

}  // namespace app
