#include "kiosk.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <fstream>

// GDAL exports CPL_SHA256 (port/cpl_sha256.h) but Debian's libgdal-dev does not install that
// header: its one C declaration, as GDAL writes it.
extern "C" void CPL_SHA256(const void* data, std::size_t len, unsigned char hash[32]);

namespace app {

KioskAction KioskSession::touched(double now) {
    m_lastTouch = now;
    const KioskPhase was = m_phase;
    m_phase = KioskPhase::Visitor;
    // A touch that ends the tour is the next visitor's first: it only ends the tour (the state
    // was reset when the tour started).
    return was == KioskPhase::Tour ? KioskAction::EndTour : KioskAction::None;
}

KioskAction KioskSession::update(double now) {
    switch (m_phase) {
        case KioskPhase::Visitor:
            if (now - m_lastTouch < m_timings.idleSeconds) return KioskAction::None;
            m_phase = KioskPhase::Countdown;
            return KioskAction::ShowCountdown;
        case KioskPhase::Countdown:
            if (now - m_lastTouch < m_timings.idleSeconds + m_timings.countdownSeconds)
                return KioskAction::ShowCountdown;
            m_phase = KioskPhase::Tour;
            m_step = 0;
            m_stepStart = now;
            return KioskAction::StartTour;
        case KioskPhase::Tour:
            if (m_steps.empty() || now - m_stepStart < m_steps[m_step]) return KioskAction::None;
            m_step = (m_step + 1) % m_steps.size();  // the loop plays until someone comes
            m_stepStart = now;
            return KioskAction::NextStep;
    }
    return KioskAction::None;
}

int KioskSession::secondsLeft(double now) const {
    if (m_phase != KioskPhase::Countdown) return 0;
    const double left = m_lastTouch + m_timings.idleSeconds + m_timings.countdownSeconds - now;
    return left <= 0 ? 0 : static_cast<int>(std::ceil(left));
}

namespace {

std::string hex(const unsigned char* bytes, std::size_t n) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += kDigits[bytes[i] >> 4];
        out += kDigits[bytes[i] & 15];
    }
    return out;
}

}  // namespace

std::string hashPin(const std::string& pin, const std::string& saltHex) {
    // SHA-256 of the salt's text followed by the PIN: a PIN of 4 to 8 digits is still few
    // possibilities, so the salt only keeps two kiosks with the same PIN from the same hash.
    const std::string message = saltHex + pin;
    unsigned char digest[32];
    CPL_SHA256(message.data(), message.size(), digest);
    return "sha256:" + saltHex + ":" + hex(digest, sizeof digest);
}

std::optional<std::string> newPinSalt() {
    std::ifstream random("/dev/urandom", std::ios::binary);
    unsigned char bytes[16];
    if (!random.read(reinterpret_cast<char*>(bytes), sizeof bytes)) return std::nullopt;
    return hex(bytes, sizeof bytes);
}

bool pinMatches(const std::string& stored, const std::string& pin) {
    const auto first = stored.find(':'), second = stored.rfind(':');
    if (stored.rfind("sha256:", 0) != 0 || first == second) return false;
    const std::string salt = stored.substr(first + 1, second - first - 1);
    if (salt.empty()) return false;
    // Compared in full whatever the first difference (no early exit to time).
    const std::string expected = hashPin(pin, salt);
    if (expected.size() != stored.size()) return false;
    unsigned diff = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) diff |= static_cast<unsigned char>(expected[i] ^ stored[i]);
    return diff == 0;
}

bool printWithLp(const std::string& printer, const std::string& file) {
    const pid_t child = fork();
    if (child == 0) {
        execlp("lp", "lp", "-d", printer.c_str(), file.c_str(), static_cast<char*>(nullptr));
        _exit(127);  // no lp on PATH
    }
    int status = 0;
    return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace app
