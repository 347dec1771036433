// Helpers shared by the tests: real data through the data search path, a scratch folder in
// the build tree, and running commands (santemap, ogrinfo, cs2cs...) to compare answers.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "geo/table_ref.hpp"

namespace testing_support {

// Absolute path of a data file (found through the data search path); fails the test if missing.
// Files of the national data set (../shared/data) are checked first with NEEDS_NATIONAL_DATA.
std::string dataFile(const std::string& relative);

// The files among `relative` that the data search path does not find.
std::vector<std::string> missingDataFiles(const std::vector<std::string>& relative);
// "needs the national data set (../shared/data, see README): missing a, b".
std::string missingDataMessage(const std::vector<std::string>& missing);
// True under CI=true: there a test that cannot find the national data fails instead of skipping.
bool inCi();

// At the start of a test that reads the national data set: skips the test, naming what is
// missing, when the files are not found — and fails it under CI=true, where they must be there.
#define NEEDS_NATIONAL_DATA(...)                                                                  \
    do {                                                                                          \
        const auto missing_ = testing_support::missingDataFiles({__VA_ARGS__});                   \
        if (!missing_.empty()) {                                                                  \
            if (testing_support::inCi()) FAIL() << testing_support::missingDataMessage(missing_); \
            GTEST_SKIP() << testing_support::missingDataMessage(missing_);                        \
        }                                                                                         \
    } while (false)

// The features of a table (a path reads its first layer); an empty layer and a failed expectation
// when it cannot be read.
geo::Layer readTableOk(const geo::TableRef& ref);

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
// The whole file, bytes as they are ("" when it cannot be read).
std::string readFile(const std::string& path);
// The names in a folder, sorted (what a writer left behind).
std::vector<std::string> folderEntries(const std::string& dir);

// The 101 commune files of France (all départements, overseas included).
std::vector<std::string> allCommuneFiles();

}  // namespace testing_support
