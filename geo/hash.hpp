// A 64-bit hash of bytes, for cache keys and picture signatures (not for security).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace geo {

// A 64-bit hash, eight bytes at a time (FNV-1a's constants, a multiply-xorshift per word).
class Hasher {
public:
    void add(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        while (size >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            mix(w);
            p += 8;
            size -= 8;
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p, size);
        mix(tail ^ (static_cast<std::uint64_t>(size) << 56));
    }
    template <typename T>
    void addVector(const std::vector<T>& v) {
        const std::uint64_t n = v.size();
        add(&n, sizeof n);
        if (!v.empty()) add(v.data(), v.size() * sizeof(T));
    }
    void addString(const std::string& s) {
        const std::uint64_t n = s.size();
        add(&n, sizeof n);
        add(s.data(), s.size());
    }
    std::uint64_t value() const { return m_h ? m_h : 1; }

private:
    void mix(std::uint64_t w) {
        m_h = (m_h ^ w) * 1099511628211ull;
        m_h ^= m_h >> 29;
    }
    std::uint64_t m_h = 1469598103934665603ull;
};

}  // namespace geo
