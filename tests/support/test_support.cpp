// Test helpers: paths, scratch folders and subprocesses.
#include "support/test_support.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "geo/data_path.hpp"

namespace fs = std::filesystem;

namespace testing_support {

std::string dataFile(const std::string& relative) {
    auto p = geo::resolveDataPath(relative);
    if (!p) {
        ADD_FAILURE() << "data file not found through the data search path: " << relative;
        return relative;
    }
    return fs::absolute(*p).string();
}

std::vector<std::string> missingDataFiles(const std::vector<std::string>& relative) {
    std::vector<std::string> missing;
    for (const auto& r : relative)
        if (!geo::resolveDataPath(r)) missing.push_back(r);
    return missing;
}

std::string missingDataMessage(const std::vector<std::string>& missing) {
    std::string s = "needs the national data set (../shared/data, or SANTEMAP_DATA): not found:";
    for (const auto& m : missing) s += " " + m;
    return s;
}

bool inCi() {
    const char* ci = std::getenv("CI");
    return ci && std::string(ci) == "true";
}

geo::Layer readTableOk(const geo::TableRef& ref) {
    geo::Diagnostics diag;
    auto layer = geo::readTable(ref, diag);
    EXPECT_TRUE(layer) << geo::describe(layer.error());
    return layer ? std::move(layer.value()) : geo::Layer{};
}

std::string scratchDir(const std::string& name) {
    fs::path dir = fs::path(SANTEMAP_TEST_TMP) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> folderEntries(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

CommandResult run(const std::string& commandLine) {
    static int counter = 0;
    const std::string base =
        std::string(SANTEMAP_TEST_TMP) + "/cmd-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    fs::create_directories(SANTEMAP_TEST_TMP);
    const std::string full = "(" + commandLine + ") >" + base + ".out 2>" + base + ".err </dev/null";
    int status = std::system(full.c_str());
    CommandResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    r.out = readFile(base + ".out");
    r.err = readFile(base + ".err");
    fs::remove(base + ".out");
    fs::remove(base + ".err");
    return r;
}

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

CommandResult santemap(const std::string& args) { return run(shellQuote(SANTEMAP_BIN) + " " + args); }

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::vector<std::string> allCommuneFiles() {
    std::vector<std::string> files;
    const std::string dir = dataFile("france_geojson_admin_express_2018/communes_par_departement");
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".geojson") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace testing_support
