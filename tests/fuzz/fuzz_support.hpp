// What every fuzz harness shares. A harness defines fuzzSetUp() (once, before the first input)
// and fuzzOne() (each input); fuzz_support.cpp turns them into libFuzzer's entry points and adds
// the file-descriptor leak check. Inputs are written to a real file, because every entry point
// under test reads a path the way users give one (the extension chooses the reader).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace fuzzing {

// Writes the input to this process's private folder as "input<extension>" and returns the path.
std::string writeInput(const std::uint8_t* data, std::size_t size, const std::string& extension);

// The repository's data pack (data/), for harnesses that need the territory's professions and
// communes to read their input.
std::string dataPackDir();

// Open file descriptors of this process (/proc/self/fd).
int openDescriptorCount();

}  // namespace fuzzing

// Defined by each harness.
void fuzzSetUp();
void fuzzOne(const std::uint8_t* data, std::size_t size);
