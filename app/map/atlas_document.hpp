// The planner's atlas as a PDF (issue 13): one A4 page per commune in the take-away sheet's
// manner — title, the vector map excerpt (atlas_map), the zone and its source, the key figures
// against the département and the region with the model, the APL trend, the aids for the profile
// and their total, the model's note, a scenario's notice, the sources — all vector (cairo paths
// and text), so that a département of 325 pages stays small. Pages are assembled in memory and
// the file is written at the end, atomically.
#pragma once

#include <memory>
#include <string>

#include "domain/atlas.hpp"

namespace app {

class AtlasDocument {
public:
    // `title` goes into the PDF's metadata ("Atlas de l'accès aux soins — Loiret").
    static geo::Result<AtlasDocument> open(const TerritoryData& t, Language lang, const std::string& title);
    AtlasDocument(AtlasDocument&&) noexcept;
    AtlasDocument& operator=(AtlasDocument&&) noexcept;
    ~AtlasDocument();

    // Page `number` (from 1) of `count`.
    void addPage(const AtlasPage& page, int number, int count);
    // Finishes the PDF and writes it to `path` (write, fsync, rename); the file's size in bytes.
    // An error (nothing written) when cairo failed or the file cannot be written.
    geo::Result<std::size_t> finish(const std::string& path);

private:
    struct State;
    explicit AtlasDocument(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace app
