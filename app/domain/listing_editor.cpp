#include "listing_editor.hpp"

namespace app {

geo::Status ListingEditor::ensureOpen() {
    if (m_store) return geo::Ok{};
    auto s = ListingStore::open(m_source, true);
    if (!s) return s.error();
    m_store.emplace(std::move(s.value()));
    return geo::Ok{};
}

geo::Result<std::vector<Listing>> ListingEditor::reload() {
    if (auto st = ensureOpen(); !st) return st.error();
    return m_store->readAll();
}

geo::Result<Listing> ListingEditor::save(const Listing& draft) {
    if (auto problems = validateListing(draft); !problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : " ; ") + p;
        return geo::Error{geo::ErrorCode::BadArgument, all, draft.title};
    }
    if (auto st = ensureOpen(); !st) return st.error();
    if (draft.fid < 0) {
        auto saved = m_store->insert(draft);
        if (saved) m_undo.push_back({Action::Kind::Insert, {}, saved.value()});
        return saved;
    }
    // The state before, as stored, for undo.
    auto all = m_store->readAll();
    if (!all) return all.error();
    std::optional<Listing> before;
    for (const auto& l : all.value())
        if (l.fid == draft.fid) before = l;
    auto saved = m_store->update(draft);
    if (saved && before) m_undo.push_back({Action::Kind::Update, *before, saved.value()});
    return saved;
}

geo::Status ListingEditor::remove(const Listing& listing) {
    if (auto st = ensureOpen(); !st) return st.error();
    auto done = m_store->remove(listing.fid, listing.version);
    if (done) m_undo.push_back({Action::Kind::Delete, listing, {}});
    return done;
}

std::string ListingEditor::undoLabel(Language lang) const {
    if (m_undo.empty()) return {};
    const Action& a = m_undo.back();
    switch (a.kind) {
        case Action::Kind::Insert:
            return trf(lang, Text::UndoInsert, {a.after.title});
        case Action::Kind::Update:
            return trf(lang, Text::UndoUpdate, {a.after.title});
        case Action::Kind::Delete:
            return trf(lang, Text::UndoDelete, {a.before.title});
    }
    return {};
}

geo::Status ListingEditor::undo() {
    if (m_undo.empty()) return geo::Error{geo::ErrorCode::BadArgument, "nothing to undo", m_source};
    if (auto st = ensureOpen(); !st) return st.error();
    const Action a = m_undo.back();
    geo::Status done = geo::Ok{};
    switch (a.kind) {
        case Action::Kind::Insert:
            done = m_store->remove(a.after.fid, a.after.version);
            break;
        case Action::Kind::Update: {
            Listing back = a.before;
            back.version = a.after.version;  // only if nobody changed it since our save
            auto saved = m_store->update(back);
            if (!saved) {
                done = saved.error();
                break;
            }
            // The row's version moved on: earlier actions on it expect the new one.
            for (auto& earlier : m_undo)
                if (earlier.after.fid == saved->fid) earlier.after.version = saved->version;
            break;
        }
        case Action::Kind::Delete: {
            Listing back = a.before;
            back.fid = -1;
            auto saved = m_store->insert(back);
            if (!saved) {
                done = saved.error();
                break;
            }
            // Earlier actions on that listing now apply to its new row.
            for (auto& earlier : m_undo) {
                if (earlier.after.fid == a.before.fid) {
                    earlier.after.fid = saved->fid;
                    earlier.after.version = saved->version;
                }
                if (earlier.before.fid == a.before.fid) earlier.before.fid = saved->fid;
            }
            break;
        }
    }
    if (done) m_undo.pop_back();
    return done;
}

}  // namespace app
