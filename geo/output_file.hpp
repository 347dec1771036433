// The one way SantéMap writes a file (exports, pictures, settings, caches, new stores): the new
// content goes to a private temporary folder beside the target, every write is checked, the file
// is fsync'ed and only then renamed over the target, and the folder synced. A failure at any step
// leaves the previous file as it was and no temporary file behind.
#pragma once

#include <string>
#include <string_view>

#include "result.hpp"

namespace geo {

// Whether `target` may be written: its folder exists and it is not a folder, a device, a FIFO or
// a socket. A symbolic link is allowed: the link itself is replaced by the new file, never followed.
Status checkOutputPath(const std::string& target);

class OutputFile {
public:
    // Checks the target and makes a private folder (mode 0700, random name) beside it, in which no
    // other process can plant a file or a link.
    static Result<OutputFile> prepare(const std::string& target, bool sync = true);

    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;
    OutputFile(const OutputFile&) = delete;
    ~OutputFile();  // removes what was not committed

    // Where the new content goes: the target's file name inside the private folder (writers such
    // as GDAL's drivers choose their format by the extension). Write there, or call writeAll.
    const std::string& scratchPath() const { return m_scratch; }
    const std::string& target() const { return m_target; }

    // Writes `bytes` as the whole scratch file, checking every write.
    Status writeAll(std::string_view bytes);

    // fsync the scratch file, rename it over the target, fsync the folder. After a failure the
    // target is unchanged and the scratch file removed. With Replace::Never the file is moved into
    // place only if nothing is there (atomically: two processes creating the same new file cannot
    // both succeed); otherwise an error with code AlreadyExists.
    enum class Replace { Allowed, Never };
    Status commit(Replace replace = Replace::Allowed);

private:
    OutputFile(std::string target, std::string folder, std::string scratch, bool sync);
    void discard();

    std::string m_target, m_folder, m_scratch;
    bool m_sync = true;
    bool m_done = false;
};

// Makes the folder that will hold `target` (and the folders above it) when missing. A folder
// that cannot be made is not reported here: the write that follows fails and names the file.
void makeParentFolder(const std::string& target);

// prepare + writeAll + commit.
Status writeFileAtomically(const std::string& target, std::string_view bytes, bool sync = true);

}  // namespace geo
