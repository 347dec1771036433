// Command-line parsing: a subcommand, positional arguments and --options.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace app {

struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;              // --name VALUE (or --name=VALUE)
    std::set<std::string> flags;                            // --name
    std::map<std::string, std::vector<std::string>> lists;  // every value of a repeatable option
    std::optional<std::string> value(const std::string& name) const {
        auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    bool flag(const std::string& name) const { return flags.count(name) > 0; }
    // All values of a repeatable option: "--x a --x b,c" and "--x a b c" give {a, b, c}.
    std::vector<std::string> all(const std::string& name) const;
};

struct UsageError {
    std::string message;
};

// Parses argv[first..]. Options in `withValue` take a value; those in `flags` do not; anything
// else is a usage error. Options in `repeatable` (also listed in withValue) may be given several
// times and take every following word that is not an option.
std::optional<UsageError> parseArgs(int argc,
                                    char** argv,
                                    int first,
                                    const std::set<std::string>& withValue,
                                    const std::set<std::string>& flags,
                                    Args& out,
                                    const std::set<std::string>& repeatable = {});

}  // namespace app
