// Every command that writes a file, on a full disk (a file-size limit: writes fail with EFBIG) and
// at hostile output paths: exit 1 with the file and the problem named, the previous file intact,
// nothing half-written left behind, never a hang.
#include <sys/stat.h>

#include <filesystem>

#include "cli/cli_support.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace fs = std::filesystem;

namespace {

// santemap with files limited to a few kilobytes, as on a disk that fills up while it writes.
testing_support::CommandResult santemapOnAFullDisk(const std::string& args) {
    return run("ulimit -f 16; exec " + shellQuote(SANTEMAP_BIN) + " " + args);
}

}  // namespace

TEST(FullDisk, ExportsAndPicturesFailLoudlyAndKeepThePreviousFile) {
    const std::string dir = testing_support::scratchDir("full_disk_writers");
    const std::vector<std::pair<std::string, std::string>> writers = {
        {"communes.csv", "export --layer communes --format csv --out "},
        {"communes.geojson", "export --layer communes --format geojson --out "},
        {"communes.gpkg", "export --layer communes --format gpkg --out "},
        {"carte.png", "render --default-territory --size 800x500 --out "},
    };
    for (const auto& [file, command] : writers) {
        SCOPED_TRACE(file);
        const std::string target = dir + "/" + file;
        testing_support::writeFile(target, "previous");
        auto r = santemapOnAFullDisk(command + shellQuote(target));
        EXPECT_EQ(r.exitCode, 1) << r.err;
        EXPECT_NE(r.err.find(target), std::string::npos) << r.err;
        EXPECT_EQ(testing_support::readFile(target), "previous");
        // The same command with room to write succeeds: the failure was the disk's.
        auto ok = santemap(command + shellQuote(target));
        EXPECT_EQ(ok.exitCode, 0) << ok.err;
        EXPECT_GT(fs::file_size(target), 1000u);
    }
    std::vector<std::string> expected;
    for (const auto& w : writers) expected.push_back(w.first);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(testing_support::folderEntries(dir), expected);
}

TEST(FullDisk, AStoreThatCouldNotBeCreatedLeavesNoFile) {
    const std::string dir = testing_support::scratchDir("full_disk_store");
    const std::string store = dir + "/annonces.gpkg";
    auto r = santemapOnAFullDisk("listings list --store " + shellQuote(store));
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.err.find(store), std::string::npos) << r.err;
    EXPECT_TRUE(testing_support::folderEntries(dir).empty());
    // The next run, with room, creates it.
    auto ok = santemap("listings list --store " + shellQuote(store));
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_TRUE(fs::is_regular_file(store));
}

TEST(OutputPaths, FoldersDevicesAndPipesAreRefusedLinksReplaced) {
    const std::string dir = testing_support::scratchDir("output_paths");
    auto refused = [&](const std::string& target, const std::string& word) {
        SCOPED_TRACE(target);
        auto r = santemap("export --layer hopitaux --format csv --out " + shellQuote(target));
        EXPECT_EQ(r.exitCode, 1) << r.err;
        EXPECT_NE(r.err.find(word), std::string::npos) << r.err;
    };
    refused(dir, "is a folder");
    refused("/dev/null", "is a device");
    const std::string fifo = dir + "/pipe.csv";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    refused(fifo, "FIFO");
    auto png = santemap("render --default-territory --size 400x300 --out " + shellQuote(fifo));
    EXPECT_EQ(png.exitCode, 1) << png.err;

    // A link at the output path is replaced by the file; what it pointed to is left alone.
    const std::string victim = dir + "/victim.txt", link = dir + "/hopitaux.csv";
    testing_support::writeFile(victim, "precious");
    fs::create_symlink(victim, link);
    fs::create_symlink(victim, link + ".tmp");  // the old writers' predictable temporary name
    auto r = santemap("export --layer hopitaux --format csv --out " + shellQuote(link));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(testing_support::readFile(victim), "precious");
    EXPECT_FALSE(fs::is_symlink(link));
    EXPECT_GT(fs::file_size(link), 1000u);
}
