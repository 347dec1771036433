// Helpers shared by the tests: real data through the data search path, a scratch folder in
// the build tree, and running commands (santemap, ogrinfo, cs2cs...) to compare answers.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace testing_support {

// Absolute path of a file of ../shared/data (found through the data search path); fails the test if missing.
std::string dataFile(const std::string& relative);

// A fresh folder under the build tree for this test's generated files.
std::string scratchDir(const std::string& name);

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a shell command line; stdout and stderr are captured separately.
CommandResult run(const std::string& commandLine);

// Runs the santemap binary with the given arguments (already shell-quoted where needed).
CommandResult santemap(const std::string& args);

// Quotes a string for /bin/sh.
std::string shellQuote(const std::string& s);

void writeFile(const std::string& path, const std::string& content);

// The 101 commune files of France (all départements, overseas included).
std::vector<std::string> allCommuneFiles();

}  // namespace testing_support
