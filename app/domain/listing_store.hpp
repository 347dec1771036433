// Where listings live: a GeoPackage by default (embedded, no server), or a PostgreSQL/PostGIS
// table shared by several staff — the same schema, through GDAL, in both.
// Every save is one transaction; an edit made from a stale copy is refused as a conflict.
// A PostGIS store whose server went away (restart, network) reconnects at the next action; the
// action that met the loss reports it, and the server rolled its transaction back.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "geo/source.hpp"
#include "listing.hpp"

class OGRLayer;

namespace app {

class ListingStore {
public:
    // Opens `source` (a .gpkg path or a PG: connection string) and its table. With `create`, a
    // GeoPackage is created when the path does not exist yet, and the tables in a PostGIS database
    // that has neither; an existing store is checked against its schema version (adopted,
    // migrated or refused: listing_store_schema.hpp). A read-only file is opened for reading.
    static geo::Result<ListingStore> open(const std::string& source,
                                          bool create,
                                          const std::string& table = "listings");

    ListingStore(ListingStore&&) noexcept;
    ListingStore& operator=(ListingStore&&) noexcept;
    ~ListingStore();

    // Everything in the table as committed now (another instance's saves included).
    geo::Result<std::vector<Listing>> readAll();

    // Inserts; the returned listing has its fid, version 1 and updatedAt.
    geo::Result<Listing> insert(const Listing& l);
    // Inserts all or nothing, in one transaction.
    geo::Result<std::vector<Listing>> insertAll(const std::vector<Listing>& listings);
    // Saves `l` over the stored row with the same fid if that row still has `l.version`;
    // otherwise geo::ErrorCode::Conflict, and nothing is written.
    geo::Result<Listing> update(const Listing& l);
    // Deletes the row if it still has `expectedVersion`; otherwise Conflict.
    geo::Status remove(std::int64_t fid, std::int64_t expectedVersion);

    const std::string& displayName() const { return m_displayName; }
    const std::string& driver() const { return m_driver; }
    bool readOnly() const { return m_readOnly; }

private:
    ListingStore() = default;
    geo::Result<Listing> writeNew(const Listing& l);
    geo::Status lockRow(std::int64_t fid);
    geo::Result<std::int64_t> storedVersion(std::int64_t fid);
    geo::Status checkWritable() const;
    // PostGIS: reopens the connection when the server no longer answers on it.
    geo::Status reconnectIfLost();
    bool connectionAnswers();
    // For PostGIS, a failed action's error says so when the connection was lost.
    geo::Error explainIfConnectionLost(geo::Error error);
    // Every write: refused on a read-only store, preceded by a reconnection when the server went
    // away, its error explained (after its transaction ended) when the connection was lost.
    template <class Action>
    auto guardedWrite(Action action) -> decltype(action());

    geo::DatasetPtr m_ds;
    OGRLayer* m_layer = nullptr;
    std::string m_source;  // as given, password included: needed to reconnect, never shown
    std::string m_table, m_displayName, m_driver;
    bool m_readOnly = false;
    bool m_connection = false;  // a PG: connection string, not a file
    bool m_commitSent = false;  // the action's COMMIT was sent: its outcome is the server's
};

}  // namespace app
