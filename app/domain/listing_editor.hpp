// Editing listings: every save is one store transaction; each action can be undone (the undo
// writes the previous state back, through the same conflict checks).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "listing_store.hpp"
#include "ui_text.hpp"

namespace app {

class ListingEditor {
public:
    explicit ListingEditor(std::string storeSource) : m_source(std::move(storeSource)) {}

    // The store's current content (another staff member's saves included).
    geo::Result<std::vector<Listing>> reload();
    // Inserts a new listing (fid < 0) or saves an edited one; refused when invalid or stale.
    geo::Result<Listing> save(const Listing& draft);
    geo::Status remove(const Listing& listing);
    // Reverses the last save or delete. A deleted listing comes back with a new id.
    geo::Status undo();
    bool canUndo() const { return !m_undo.empty(); }
    std::string undoLabel(Language lang = Language::French) const;
    const std::string& source() const { return m_source; }

private:
    struct Action {
        enum class Kind { Insert, Update, Delete } kind;
        Listing before, after;
    };
    geo::Status ensureOpen();
    std::string m_source;
    std::optional<ListingStore> m_store;
    std::vector<Action> m_undo;
};

}  // namespace app
