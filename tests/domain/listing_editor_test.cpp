// Editing with undo, on a GeoPackage store: add, edit, move, delete, and undo each in turn.
#include "domain/listing_editor.hpp"
#include "listing_samples.hpp"
#include "support/test_support.hpp"

using testing_support::housing;

TEST(ListingEditor, EveryActionCanBeUndoneAndTheStoreSaysSo) {
    const std::string store = testing_support::scratchDir("listing_editor") + "/a.gpkg";
    app::ListingEditor editor(store);
    auto added = editor.save(housing("Studio"));
    ASSERT_TRUE(added) << geo::describe(added.error());
    app::Listing moved = added.value();
    moved.lonLat = {1.34, 47.59};
    moved.title = "Studio rénové";
    auto saved = editor.save(moved);
    ASSERT_TRUE(saved);
    ASSERT_TRUE(editor.remove(saved.value()));
    EXPECT_TRUE(editor.reload()->empty());

    EXPECT_NE(editor.undoLabel().find("suppression"), std::string::npos);
    ASSERT_TRUE(editor.undo());  // the deleted listing comes back
    auto now = editor.reload();
    ASSERT_EQ(now->size(), 1u);
    EXPECT_EQ(now->front().title, "Studio rénové");
    EXPECT_DOUBLE_EQ(now->front().lonLat.x, 1.34);

    ASSERT_TRUE(editor.undo());  // the edit and the move are reversed
    now = editor.reload();
    EXPECT_EQ(now->front().title, "Studio");
    EXPECT_DOUBLE_EQ(now->front().lonLat.x, 1.3359);

    ASSERT_TRUE(editor.undo());  // the first add
    EXPECT_TRUE(editor.reload()->empty());
    EXPECT_FALSE(editor.canUndo());
}

TEST(ListingEditor, InvalidDraftsAreRefusedWithTheirProblems) {
    const std::string store = testing_support::scratchDir("listing_editor_invalid") + "/a.gpkg";
    app::ListingEditor editor(store);
    app::Listing bad = housing("");
    bad.startDate = "15/09/2026";
    bad.priceMinEur = 200;
    bad.priceMaxEur = 100;
    auto r = editor.save(bad);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("titre est vide"), std::string::npos);
    EXPECT_NE(r.error().message.find("AAAA-MM-JJ"), std::string::npos);
    EXPECT_NE(r.error().message.find("minimum supérieur"), std::string::npos);
    EXPECT_FALSE(editor.canUndo());
}

TEST(ListingEditor, UndoDoesNotOverwriteSomeoneElsesLaterEdit) {
    const std::string store = testing_support::scratchDir("listing_editor_conflict") + "/a.gpkg";
    app::ListingEditor alice(store), bob(store);
    auto added = alice.save(housing("Chambre"));
    ASSERT_TRUE(added);
    app::Listing edit = added.value();
    edit.title = "Chambre (Alice)";
    ASSERT_TRUE(alice.save(edit));
    app::Listing bobs = bob.reload()->front();
    bobs.title = "Chambre (Bob)";
    ASSERT_TRUE(bob.save(bobs));
    auto undone = alice.undo();
    ASSERT_FALSE(undone) << "Alice's undo would erase Bob's edit";
    EXPECT_EQ(undone.error().code, geo::ErrorCode::Conflict);
    EXPECT_EQ(alice.reload()->front().title, "Chambre (Bob)");
}
