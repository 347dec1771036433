// A minimal fork-join helper: runs fn(begin, end) over chunks of [0, n) on a few threads.
// Exceptions never cross threads: a worker that throws reports it as `false`.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace geo {

inline unsigned workerCount() { return std::max(1u, std::min(4u, std::thread::hardware_concurrency())); }

// fn(worker, begin, end) is called for consecutive chunks; chunks are handed out dynamically.
// Returns false if any call threw (the rest of the work is still finished by other chunks).
template <typename Fn>
bool parallelChunks(std::size_t n, std::size_t chunk, Fn&& fn, unsigned workers = workerCount()) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> ok{true};
    auto run = [&](unsigned worker) {
        for (;;) {
            const std::size_t begin = next.fetch_add(chunk);
            if (begin >= n) return;
            try {
                fn(worker, begin, std::min(n, begin + chunk));
            } catch (...) {
                ok = false;
            }
        }
    };
    workers = static_cast<unsigned>(std::min<std::size_t>(workers, (n + chunk - 1) / std::max<std::size_t>(chunk, 1)));
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back(run, w);
    run(0);
    for (auto& t : threads) t.join();
    return ok;
}

}  // namespace geo
