// Errors as values: every fallible geo function returns Result<T>; nothing throws across a thread.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace geo {

enum class ErrorCode {
    NotFound,       // path does not exist
    Unreadable,     // exists but cannot be read (permissions, directory, empty file)
    BadFormat,      // GDAL cannot parse it, or it is not the format it claims
    BadCrs,         // missing or implausible coordinate reference system
    BadArgument,    // caller asked for something that does not exist (unknown layer...)
    TooLarge,       // would not fit in memory
    Database,       // a database connection or query failed
    Conflict,       // someone else changed the record since it was read
    AlreadyExists,  // a file that must be new was made by someone else meanwhile
    Internal,       // a library failed unexpectedly
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;  // what went wrong, in plain words
    std::string context;  // the file, layer or connection it concerns
};

// "context: message", the form shown to users.
inline std::string describe(const Error& e) { return e.context.empty() ? e.message : e.context + ": " + e.message; }

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<T>(m_v);
    }
    const T& value() const& {
        assert(ok());
        return std::get<T>(m_v);
    }
    T&& value() && {
        assert(ok());
        return std::get<T>(std::move(m_v));
    }
    const Error& error() const {
        assert(!ok());
        return std::get<Error>(m_v);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> m_v;
};

// For functions that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace geo
