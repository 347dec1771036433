// The kiosk mode's logic, without a window (issue 11): a visitor touches the screen; after an idle
// time a "Vous êtes toujours là ?" countdown; then the attract loop plays its tour until someone
// touches the screen; when the tour starts, what the visitor chose is reset. And the staff PIN
// that leaves kiosk mode, kept as a salted SHA-256 hash. Times are seconds on any clock the caller
// gives (the window's, or a test's fake one).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct KioskTimings {
    double idleSeconds = 90;       // without a touch, before the countdown
    double countdownSeconds = 15;  // the countdown, before the tour
};

enum class KioskPhase { Visitor, Countdown, Tour };

// What the window must do after an update.
enum class KioskAction {
    None,
    ShowCountdown,  // "Vous êtes toujours là ?" with secondsLeft()
    StartTour,      // reset the visitor's choices, go home, show the tour's first step
    NextStep,       // show step()
    EndTour         // a touch during the tour: back to the visitor, from a clean state
};

class KioskSession {
public:
    KioskSession(KioskTimings timings, double now) : m_timings(timings), m_lastTouch(now) {}

    // The tour's steps, with their durations, for the attract loop (it loops).
    void setTour(std::vector<double> stepSeconds) { m_steps = std::move(stepSeconds); }

    // A touch, a click, a key: someone is there. During the countdown it cancels the countdown;
    // during the tour it ends it.
    KioskAction touched(double now);

    // What changed since the last update, at `now`.
    KioskAction update(double now);

    KioskPhase phase() const { return m_phase; }
    std::size_t step() const { return m_step; }
    // Whole seconds left on the countdown (rounded up), 0 outside it.
    int secondsLeft(double now) const;

private:
    KioskTimings m_timings;
    double m_lastTouch;
    KioskPhase m_phase = KioskPhase::Visitor;
    std::vector<double> m_steps;
    std::size_t m_step = 0;
    double m_stepStart = 0;
};

// "sha256:SALT:HASH" (hexadecimal) of a PIN with a salt of 16 bytes from `salt`.
std::string hashPin(const std::string& pin, const std::string& saltHex);
// A new random salt, 16 bytes as hexadecimal (from /dev/urandom).
std::optional<std::string> newPinSalt();
// True when `pin` hashes to `stored` (as hashPin writes it); false for a malformed `stored`.
bool pinMatches(const std::string& stored, const std::string& pin);

// Prints a file with `lp -d PRINTER FILE` (cups-client), found on PATH and run without a shell, so
// that no file name is ever a command. True when lp ran and accepted the job.
bool printWithLp(const std::string& printer, const std::string& file);

}  // namespace app
