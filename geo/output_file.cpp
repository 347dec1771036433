#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace geo {

namespace fs = std::filesystem;

namespace {

std::string folderOf(const std::string& target) {
    const fs::path parent = fs::path(target).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

Error systemError(const std::string& what, int err, const std::string& target) {
    return Error{err == ENOENT ? ErrorCode::NotFound : ErrorCode::Unreadable, what + ": " + std::strerror(err), target};
}

bool writeFully(int fd, const char* p, std::size_t n, int& err) {
    while (n > 0) {
        const ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            err = errno;
            return false;
        }
        if (w == 0) {  // no progress and no error: treat as a full device rather than loop
            err = ENOSPC;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

// fsync of a file or folder by path (fsync flushes the inode whatever the descriptor's mode).
bool syncPath(const std::string& path, int flags, int& err) {
    const int fd = ::open(path.c_str(), flags | O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok) err = errno;
    ::close(fd);
    return ok;
}

}  // namespace

Status checkOutputPath(const std::string& target) {
    if (target.empty()) return Error{ErrorCode::BadArgument, "no output file named", ""};
    const std::string folder = folderOf(target);
    struct stat st {};
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error{ErrorCode::NotFound, "the folder " + folder + " does not exist", target};
    if (::lstat(target.c_str(), &st) != 0) {
        if (errno == ENOENT) return Ok{};
        return systemError("cannot examine the output path", errno, target);
    }
    if (S_ISDIR(st.st_mode))
        return Error{ErrorCode::BadArgument, "is a folder: name the file to write inside it", target};
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Error{ErrorCode::BadArgument, "is a device, not a file: refusing to replace it", target};
    if (S_ISFIFO(st.st_mode))
        return Error{ErrorCode::BadArgument, "is a named pipe (FIFO), not a file: refusing to replace it", target};
    if (S_ISSOCK(st.st_mode))
        return Error{ErrorCode::BadArgument, "is a socket, not a file: refusing to replace it", target};
    return Ok{};  // a regular file, or a symbolic link (replaced, not followed)
}

OutputFile::OutputFile(std::string target, std::string folder, std::string scratch, bool sync)
    : m_target(std::move(target)), m_folder(std::move(folder)), m_scratch(std::move(scratch)), m_sync(sync) {}

OutputFile::OutputFile(OutputFile&& o) noexcept
    : m_target(std::move(o.m_target)),
      m_folder(std::move(o.m_folder)),
      m_scratch(std::move(o.m_scratch)),
      m_sync(o.m_sync),
      m_done(o.m_done) {
    o.m_done = true;
}

OutputFile::~OutputFile() { discard(); }

void OutputFile::discard() {
    if (m_done) return;
    m_done = true;
    std::error_code ec;
    fs::remove_all(m_folder, ec);  // the scratch file and whatever a writer left beside it
}

Result<OutputFile> OutputFile::prepare(const std::string& target, bool sync) {
    if (auto ok = checkOutputPath(target); !ok) return ok.error();
    const fs::path parent = fs::path(folderOf(target));
    // A name no one can guess or create first: mkdtemp makes the folder exclusively.
    std::string pattern = (parent / ".santemap-write-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) return systemError("cannot write in the folder " + parent.string(), errno, target);
    const std::string folder(buf.data());
    const std::string name = fs::path(target).filename().string();
    return OutputFile(target, folder, (fs::path(folder) / name).string(), sync);
}

Status OutputFile::writeAll(std::string_view bytes) {
    const int fd = ::open(m_scratch.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) return systemError("cannot create the file", errno, m_target);
    int err = 0;
    const bool ok = writeFully(fd, bytes.data(), bytes.size(), err);
    if (::close(fd) != 0 && ok) err = errno;
    if (!ok || err) {
        discard();
        return systemError("cannot write the file", err ? err : EIO, m_target);
    }
    return Ok{};
}

namespace {

// rename() that never replaces: renameat2's RENAME_NOREPLACE, or where the file system lacks it,
// link() (which fails on an existing name) then unlink of the scratch name.
bool moveIntoPlaceIfAbsent(const std::string& from, const std::string& to, int& err) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
    err = errno;
    if (err != EINVAL && err != ENOSYS) return false;
    if (::link(from.c_str(), to.c_str()) != 0) {
        err = errno;
        return false;
    }
    ::unlink(from.c_str());
    return true;
}

}  // namespace

Status OutputFile::commit(Replace replace) {
    if (m_done) return Error{ErrorCode::Internal, "the file was already written or abandoned", m_target};
    struct stat st {};
    if (::lstat(m_scratch.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        discard();
        return Error{ErrorCode::Internal, "the writer produced no file", m_target};
    }
    int err = 0;
    if (m_sync && !syncPath(m_scratch, 0, err)) {
        discard();
        return systemError("cannot write the file to disk", err, m_target);
    }
    // The target may have become a folder, a device or a FIFO since prepare(): check again.
    if (auto ok = checkOutputPath(m_target); !ok) {
        discard();
        return ok.error();
    }
    if (replace == Replace::Never) {
        if (!moveIntoPlaceIfAbsent(m_scratch, m_target, err)) {
            discard();
            if (err == EEXIST)
                return Error{ErrorCode::AlreadyExists, "was created by someone else meanwhile", m_target};
            return systemError("cannot move the finished file into place", err, m_target);
        }
    } else if (std::rename(m_scratch.c_str(), m_target.c_str()) != 0) {
        err = errno;
        discard();
        return systemError("cannot move the finished file into place", err, m_target);
    }
    m_done = true;
    std::error_code ec;
    fs::remove_all(m_folder, ec);
    // The rename itself is durable once the folder is synced.
    if (m_sync && !syncPath(folderOf(m_target), O_DIRECTORY, err))
        return systemError("the file was written but its folder could not be synced", err, m_target);
    return Ok{};
}

void makeParentFolder(const std::string& target) {
    std::error_code ec;
    if (const auto folder = std::filesystem::path(target).parent_path(); !folder.empty())
        std::filesystem::create_directories(folder, ec);
}

Status writeFileAtomically(const std::string& target, std::string_view bytes, bool sync) {
    auto out = OutputFile::prepare(target, sync);
    if (!out) return out.error();
    if (auto w = out->writeAll(bytes); !w) return w.error();
    return out->commit();
}

}  // namespace geo
