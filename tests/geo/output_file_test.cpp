// The one writer: a full disk (RLIMIT_FSIZE makes writes fail with EFBIG) leaves the previous
// file intact and nothing behind; devices, FIFOs, sockets and folders are refused; a symbolic link
// is replaced, never followed; no predictable temporary name can be planted.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>

#include "geo/output_file.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;

namespace {

// Files larger than `bytes` cannot be written while it lives (as on a full disk, but per process).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG
        rlimit lim = m_saved;
        lim.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lim);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

}  // namespace

TEST(OutputFile, WritesTheWholeContentAndLeavesNothingElse) {
    const std::string dir = testing_support::scratchDir("output_file_plain");
    const std::string target = dir + "/out.json";
    const std::string content(100000, 'x');
    ASSERT_TRUE(geo::writeFileAtomically(target, content));
    EXPECT_EQ(testing_support::readFile(target), content);
    ASSERT_TRUE(geo::writeFileAtomically(target, "second"));
    EXPECT_EQ(testing_support::readFile(target), "second");
    EXPECT_EQ(testing_support::folderEntries(dir), std::vector<std::string>{"out.json"});
}

TEST(OutputFile, AFullDiskKeepsThePreviousFileAndRemovesTheTemporaryOne) {
    const std::string dir = testing_support::scratchDir("output_file_full");
    const std::string target = dir + "/settings.json";
    testing_support::writeFile(target, "previous");
    geo::Status written = geo::Ok{};
    {
        FileSizeLimit limit(4096);
        written = geo::writeFileAtomically(target, std::string(20000, 'y'));
    }
    ASSERT_FALSE(written);
    EXPECT_NE(geo::describe(written.error()).find("File too large"), std::string::npos)
        << geo::describe(written.error());
    EXPECT_NE(geo::describe(written.error()).find(target), std::string::npos);
    EXPECT_EQ(testing_support::readFile(target), "previous");
    EXPECT_EQ(testing_support::folderEntries(dir), std::vector<std::string>{"settings.json"});
}

TEST(OutputFile, AWriterThatGivesUpLeavesNothing) {
    const std::string dir = testing_support::scratchDir("output_file_abandon");
    {
        auto out = geo::OutputFile::prepare(dir + "/x.gpkg");
        ASSERT_TRUE(out);
        testing_support::writeFile(out->scratchPath(), "half");
        EXPECT_EQ(fs::path(out->scratchPath()).filename(), "x.gpkg");  // drivers choose by extension
    }
    EXPECT_TRUE(testing_support::folderEntries(dir).empty());
    // A writer that wrote nothing cannot be committed.
    auto out = geo::OutputFile::prepare(dir + "/y.csv");
    ASSERT_TRUE(out);
    EXPECT_FALSE(out->commit());
    EXPECT_TRUE(testing_support::folderEntries(dir).empty());
}

TEST(OutputFile, RefusesFoldersDevicesFifosAndSockets) {
    const std::string dir = testing_support::scratchDir("output_file_refuse");
    auto refused = [](const std::string& target, const std::string& word) {
        auto w = geo::writeFileAtomically(target, "data");
        ASSERT_FALSE(w) << target;
        EXPECT_NE(geo::describe(w.error()).find(word), std::string::npos) << geo::describe(w.error());
        EXPECT_NE(geo::describe(w.error()).find(target), std::string::npos) << geo::describe(w.error());
    };
    refused(dir, "is a folder");
    refused("/dev/null", "is a device");
    const std::string fifo = dir + "/pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    refused(fifo, "FIFO");  // and no hang: nothing opens it
    const std::string sock = dir + "/sock";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock.c_str());
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    refused(sock, "socket");
    ::close(fd);
    refused(dir + "/no/such/folder/x.png", "does not exist");
    // Nothing was left in the folder beside the FIFO and the socket.
    EXPECT_EQ(testing_support::folderEntries(dir), (std::vector<std::string>{"pipe", "sock"}));
}

TEST(OutputFile, ASymbolicLinkIsReplacedNotFollowed) {
    const std::string dir = testing_support::scratchDir("output_file_link");
    const std::string victim = dir + "/victim.txt", link = dir + "/out.png";
    testing_support::writeFile(victim, "precious");
    fs::create_symlink(victim, link);
    ASSERT_TRUE(geo::writeFileAtomically(link, "picture"));
    EXPECT_EQ(testing_support::readFile(victim), "precious");
    EXPECT_FALSE(fs::is_symlink(link));
    EXPECT_EQ(testing_support::readFile(link), "picture");
}

TEST(OutputFile, APlantedTemporaryNameIsNeverFollowed) {
    // The old writers used OUT.tmp: a link planted there had its target overwritten.
    const std::string dir = testing_support::scratchDir("output_file_planted");
    const std::string victim = dir + "/victim.txt", target = dir + "/out.csv";
    testing_support::writeFile(victim, "precious");
    for (const char* planted : {"/out.csv.tmp", "/.out.part-1.csv", "/out.csv.tmp.1"})
        fs::create_symlink(victim, dir + planted);
    ASSERT_TRUE(geo::writeFileAtomically(target, "rows"));
    EXPECT_EQ(testing_support::readFile(victim), "precious");
    EXPECT_EQ(testing_support::readFile(target), "rows");
    // The private folder is made exclusively and with mode 0700.
    auto out = geo::OutputFile::prepare(target);
    ASSERT_TRUE(out);
    struct stat st {};
    ASSERT_EQ(::stat(fs::path(out->scratchPath()).parent_path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
}

TEST(OutputFile, ANewFileIsNeverMovedOverOneMadeMeanwhile) {
    // Two instances creating the same new listing store: both prepared while the path was free.
    const std::string dir = testing_support::scratchDir("output_file_no_replace");
    const std::string target = dir + "/annonces.gpkg";
    auto first = geo::OutputFile::prepare(target);
    auto second = geo::OutputFile::prepare(target);
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->writeAll("first store, listings saved in it"));
    ASSERT_TRUE(second->writeAll("second store"));
    ASSERT_TRUE(first->commit(geo::OutputFile::Replace::Never));
    auto late = second->commit(geo::OutputFile::Replace::Never);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, geo::ErrorCode::AlreadyExists);
    EXPECT_EQ(testing_support::readFile(target), "first store, listings saved in it");
    EXPECT_EQ(testing_support::folderEntries(dir), std::vector<std::string>{"annonces.gpkg"});
}

TEST(OutputFile, TheFolderOfANewFileIsMadeAndAFolderThatCannotBeIsLeftToTheWrite) {
    const fs::path dir = testing_support::scratchDir("output_file_parent");
    const std::string nested = (dir / "a" / "b" / "c.txt").string();
    geo::makeParentFolder(nested);
    EXPECT_TRUE(fs::is_directory(dir / "a" / "b"));
    ASSERT_TRUE(geo::writeFileAtomically(nested, "x"));
    // A file where a folder should be: nothing made, and the write names the file it could not write.
    testing_support::writeFile((dir / "plain").string(), "");
    const std::string blocked = (dir / "plain" / "d" / "e.txt").string();
    geo::makeParentFolder(blocked);
    EXPECT_TRUE(fs::is_regular_file(dir / "plain"));
    auto written = geo::writeFileAtomically(blocked, "x");
    ASSERT_FALSE(written);
    EXPECT_NE(geo::describe(written.error()).find("e.txt"), std::string::npos) << geo::describe(written.error());
    geo::makeParentFolder("bare-name.txt");  // no folder in the name: nothing to make, no crash
}
