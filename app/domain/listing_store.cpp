// OGR implementation of the listing store; the same code serves GeoPackage and PostGIS.
#include "listing_store.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "geo/gdal_errors.hpp"
#include "geo/output_file.hpp"
#include "listing_store_schema.hpp"
#include "semesters.hpp"

namespace app {

namespace {

std::string nowUtc() {
    std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::string str(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : "";
}
std::optional<std::int64_t> int64(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    return f.GetFieldAsInteger64(i);
}
std::optional<double> real(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    return f.GetFieldAsDouble(i);
}
std::optional<bool> boolean(OGRFeature& f, const char* name) {
    auto v = int64(f, name);
    if (!v) return std::nullopt;
    return *v != 0;
}

Listing fromFeature(OGRFeature& f) {
    Listing l;
    l.fid = f.GetFID();
    l.version = int64(f, "version").value_or(0);
    l.category = str(f, "category");
    l.kind = str(f, "kind");
    l.title = str(f, "title");
    l.professions = splitCodes(str(f, "professions"));
    l.communeCode = str(f, "commune_code");
    l.communeName = str(f, "commune_name");
    l.atCommuneCentre = boolean(f, "at_commune_centre").value_or(false);
    l.startDate = str(f, "start_date");
    l.description = str(f, "description");
    l.contactName = str(f, "contact_name");
    l.contactPhone = str(f, "contact_phone");
    l.contactEmail = str(f, "contact_email");
    l.contactPublic = boolean(f, "contact_public").value_or(true);
    l.capacity = int64(f, "capacity");
    l.priceMinEur = real(f, "price_min_eur");
    l.priceMaxEur = real(f, "price_max_eur");
    l.furnished = boolean(f, "furnished");
    l.vehicle = boolean(f, "vehicle");
    l.semesters = str(f, "semesters");
    normaliseSemesters(l);  // older records: free text
    l.service = str(f, "service");
    l.supervisor = str(f, "supervisor");
    l.demo = boolean(f, "demo").value_or(false);
    l.source = str(f, "source");
    l.updatedAt = str(f, "updated_at");
    if (const OGRGeometry* g = f.GetGeometryRef(); g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
        const auto* p = g->toPoint();
        l.lonLat = {p->getX(), p->getY()};
    }
    return l;
}

void toFeature(const Listing& l, OGRFeature& f) {
    auto setStr = [&](const char* n, const std::string& v) {
        if (v.empty())
            f.SetFieldNull(f.GetFieldIndex(n));
        else
            f.SetField(n, v.c_str());
    };
    auto setOpt = [&](const char* n, auto v) {
        if (v)
            f.SetField(n, *v);
        else
            f.SetFieldNull(f.GetFieldIndex(n));
    };
    auto setBool = [&](const char* n, std::optional<bool> v) {
        setOpt(n, v ? std::optional<int>(*v ? 1 : 0) : std::nullopt);
    };
    f.SetField("version", static_cast<GIntBig>(l.version));
    setStr("category", l.category);
    setStr("kind", l.kind);
    setStr("title", l.title);
    setStr("professions", joinCodes(l.professions));
    setStr("commune_code", l.communeCode);
    setStr("commune_name", l.communeName);
    setBool("at_commune_centre", l.atCommuneCentre);
    setStr("start_date", l.startDate);
    setStr("description", l.description);
    setStr("contact_name", l.contactName);
    setStr("contact_phone", l.contactPhone);
    setStr("contact_email", l.contactEmail);
    setBool("contact_public", l.contactPublic);
    setOpt("capacity", l.capacity ? std::optional<GIntBig>(*l.capacity) : std::nullopt);
    setOpt("price_min_eur", l.priceMinEur);
    setOpt("price_max_eur", l.priceMaxEur);
    setBool("furnished", l.furnished);
    setBool("vehicle", l.vehicle);
    // Codes in one form ("2026-S1|2026-S2"); text that names no semester is kept as it is.
    const SemesterReading semesters = readSemesters(l.semesters);
    setStr("semesters", semesters.note.empty() ? joinCodes(semesters.codes) : l.semesters);
    setStr("service", l.service);
    setStr("supervisor", l.supervisor);
    setBool("demo", l.demo);
    setStr("source", l.source);
    setStr("updated_at", l.updatedAt);
    OGRPoint p(l.lonLat.x, l.lonLat.y);
    f.SetGeometry(&p);
}

geo::Error dbError(const std::string& what, const geo::GdalErrorCapture& cap, const std::string& context) {
    std::string msg = what;
    if (!cap.firstError().empty()) msg += ": " + cap.firstError();
    return geo::Error{geo::ErrorCode::Database, msg, context};
}

// Rolls back on scope exit unless committed: no half-written save survives an error.
class Transaction {
public:
    explicit Transaction(GDALDataset& ds) : m_ds(ds), m_open(ds.StartTransaction(FALSE) == OGRERR_NONE) {}
    ~Transaction() {
        if (m_open) m_ds.RollbackTransaction();
    }
    bool started() const { return m_open; }
    bool commit() {
        const bool ok = m_ds.CommitTransaction() == OGRERR_NONE;
        m_open = false;
        return ok;
    }

private:
    GDALDataset& m_ds;
    bool m_open;
};

}  // namespace

namespace {

// A new store is built whole in a private folder and moved into place: a failed creation (full
// disk, no permission) leaves no half-made file that every later run would stumble on.
geo::Status createStoreFile(const std::string& path, const std::string& table) {
    geo::makeParentFolder(path);
    auto output = geo::OutputFile::prepare(path);
    if (!output) return output.error();
    geo::GdalErrorCapture cap;
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!gpkg) return geo::Error{geo::ErrorCode::Internal, "GDAL has no GPKG driver", path};
    {
        std::unique_ptr<GDALDataset> ds(gpkg->Create(output->scratchPath().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return dbError("cannot create a GeoPackage", cap, path);
        if (auto made = createListingStoreTables(*ds, table, path); !made)
            return geo::Error{
                geo::ErrorCode::Unreadable,
                "cannot create the listing store (is the disk full or the folder read-only?): " + made.error().message,
                path};
    }
    if (!cap.errors().empty()) return dbError("cannot create the store", cap, path);
    // Never over a store another instance created meanwhile (its listings would be lost): that
    // store is then opened instead.
    auto placed = output->commit(geo::OutputFile::Replace::Never);
    if (!placed && placed.error().code == geo::ErrorCode::AlreadyExists) return geo::Ok{};
    return placed;
}

}  // namespace

ListingStore::ListingStore(ListingStore&&) noexcept = default;
ListingStore& ListingStore::operator=(ListingStore&&) noexcept = default;
ListingStore::~ListingStore() = default;

geo::Result<ListingStore> ListingStore::open(const std::string& source, bool create, const std::string& table) {
    geo::initGdal();
    geo::GdalErrorCapture cap;
    ListingStore s;
    s.m_source = source;
    s.m_table = table;
    s.m_displayName = geo::maskPassword(source);
    const bool connection = geo::isConnectionString(source);
    s.m_connection = connection;
    if (!connection) {
        std::error_code ec;
        const auto status = std::filesystem::symlink_status(source, ec);
        if (!std::filesystem::exists(status)) {
            if (!create) return geo::Error{geo::ErrorCode::NotFound, "no listing store here", s.m_displayName};
            if (auto made = createStoreFile(source, table); !made) return made.error();
        } else if (std::filesystem::is_directory(std::filesystem::status(source, ec))) {
            return geo::Error{geo::ErrorCode::BadArgument, "is a folder, not a GeoPackage", s.m_displayName};
        }
    }
    const char* const drivers[] = {"GPKG", "PostgreSQL", nullptr};
    auto openAs = [&](unsigned flags) {
        return static_cast<GDALDataset*>(GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | flags, drivers, nullptr, nullptr));
    };
    GDALDataset* ds = openAs(GDAL_OF_UPDATE);
    // A file that cannot be written (read-only file or folder) can still be listed.
    if (!ds && !connection && ::access(source.c_str(), W_OK) != 0 && (ds = openAs(GDAL_OF_READONLY))) {
        s.m_readOnly = true;
        cap.clear();
    }
    if (!ds)
        return geo::Error{connection ? geo::ErrorCode::Database : geo::ErrorCode::BadFormat,
                          "cannot open it as a GeoPackage or a PostGIS database" +
                              (cap.firstError().empty() ? std::string() : ": " + cap.firstError()),
                          s.m_displayName};
    s.m_ds.reset(ds);
    s.m_driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
    const auto access = s.m_readOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWrite;
    if (auto ready = prepareListingStore(*ds, table, s.m_displayName, connection && create, access); !ready)
        return ready.error();
    s.m_layer = ds->GetLayerByName(table.c_str());
    if (!s.m_layer) return geo::Error{geo::ErrorCode::NotFound, "no table '" + table + "'", s.m_displayName};
    s.m_layer->ResetReading();
    return s;
}

geo::Status ListingStore::checkWritable() const {
    if (!m_readOnly) return geo::Ok{};
    return geo::Error{geo::ErrorCode::Unreadable,
                      "the store is read-only (file permissions): its listings can be read, not changed",
                      m_displayName};
}

bool ListingStore::connectionAnswers() {
    geo::GdalErrorCapture cap;
    OGRLayer* rs = m_ds->ExecuteSQL("SELECT 1", nullptr, nullptr);
    if (rs) m_ds->ReleaseResultSet(rs);
    return rs && cap.errors().empty();
}

geo::Status ListingStore::reconnectIfLost() {
    if (!m_connection || connectionAnswers()) return geo::Ok{};
    auto fresh = ListingStore::open(m_source, false, m_table);
    if (!fresh)
        return geo::Error{geo::ErrorCode::Database,
                          "the database server cannot be reached (stopped, restarting or the network is down); "
                          "nothing was written, try again when it is back: " +
                              fresh.error().message,
                          m_displayName};
    *this = std::move(fresh.value());
    return geo::Ok{};
}

geo::Error ListingStore::explainIfConnectionLost(geo::Error error) {
    // Asked once the action's transaction is over: inside a failed one PostgreSQL answers nothing.
    if (!m_connection || error.code != geo::ErrorCode::Database || connectionAnswers()) return error;
    error.message = m_commitSent
                        ? "the connection to the database server was lost before it confirmed the save (" +
                              error.message + "); the save was kept whole or not at all: reload to see which"
                        : "the connection to the database server was lost (" + error.message +
                              "); the server cancelled the unfinished transaction, so nothing of it was written. "
                              "The next action reconnects";
    return error;
}

geo::Result<std::vector<Listing>> ListingStore::readAll() {
    if (auto connected = reconnectIfLost(); !connected) return connected.error();
    m_commitSent = false;
    geo::GdalErrorCapture cap;
    std::vector<Listing> out;
    m_layer->ResetReading();
    while (auto* raw = m_layer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        out.push_back(fromFeature(*f));
    }
    if (!cap.errors().empty()) return explainIfConnectionLost(dbError("reading listings failed", cap, m_displayName));
    return out;
}

geo::Result<Listing> ListingStore::writeNew(const Listing& l) {
    geo::GdalErrorCapture cap;
    Listing saved = l;
    saved.version = 1;
    saved.updatedAt = nowUtc();
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
    toFeature(saved, *f);
    if (m_layer->CreateFeature(f.get()) != OGRERR_NONE) return dbError("cannot insert the listing", cap, m_displayName);
    saved.fid = f->GetFID();
    return saved;
}

geo::Result<Listing> ListingStore::insert(const Listing& l) {
    auto all = insertAll({l});
    if (!all) return all.error();
    return all->front();
}

template <class Action>
auto ListingStore::guardedWrite(Action action) -> decltype(action()) {
    if (auto w = checkWritable(); !w) return w.error();
    if (auto connected = reconnectIfLost(); !connected) return connected.error();
    m_commitSent = false;
    auto done = action();
    if (!done) return explainIfConnectionLost(done.error());
    return done;
}

geo::Result<std::vector<Listing>> ListingStore::insertAll(const std::vector<Listing>& listings) {
    return guardedWrite([&]() -> geo::Result<std::vector<Listing>> {
        geo::GdalErrorCapture cap;
        Transaction tx(*m_ds);
        if (!tx.started()) return dbError("cannot start a transaction", cap, m_displayName);
        std::vector<Listing> saved;
        saved.reserve(listings.size());
        for (const auto& l : listings) {
            auto s = writeNew(l);
            if (!s) return s.error();
            saved.push_back(std::move(s.value()));
        }
        m_commitSent = true;
        if (!tx.commit()) return dbError("the save was not committed", cap, m_displayName);
        return saved;
    });
}

geo::Status ListingStore::lockRow(std::int64_t fid) {
    // A no-op write first: PostgreSQL locks the row and SQLite takes its write lock, so that the
    // version read next cannot change before this transaction commits.
    const std::string sql = "UPDATE " + m_table + " SET version = version WHERE fid = " + std::to_string(fid);
    geo::GdalErrorCapture cap;
    OGRLayer* rs = m_ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (rs) m_ds->ReleaseResultSet(rs);
    if (!cap.errors().empty()) return dbError("cannot lock the listing", cap, m_displayName);
    return geo::Ok{};
}

geo::Result<std::int64_t> ListingStore::storedVersion(std::int64_t fid) {
    OGRFeatureUniquePtr current(m_layer->GetFeature(fid));
    if (!current)
        return geo::Error{
            geo::ErrorCode::Conflict, "listing " + std::to_string(fid) + " was deleted by someone else", m_displayName};
    return int64(*current, "version").value_or(0);
}

geo::Result<Listing> ListingStore::update(const Listing& l) {
    return guardedWrite([&]() -> geo::Result<Listing> {
        geo::GdalErrorCapture cap;
        Transaction tx(*m_ds);
        if (!tx.started()) return dbError("cannot start a transaction", cap, m_displayName);
        if (auto locked = lockRow(l.fid); !locked) return locked.error();
        auto version = storedVersion(l.fid);
        if (!version) return version.error();
        if (*version != l.version)
            return geo::Error{geo::ErrorCode::Conflict,
                              "listing " + std::to_string(l.fid) + " « " + l.title +
                                  " » was changed by someone else (version " + std::to_string(*version) + ", yours " +
                                  std::to_string(l.version) + "); reload it before saving",
                              m_displayName};
        Listing saved = l;
        saved.version = l.version + 1;
        saved.updatedAt = nowUtc();
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
        toFeature(saved, *f);
        f->SetFID(l.fid);
        if (m_layer->SetFeature(f.get()) != OGRERR_NONE) return dbError("cannot save the listing", cap, m_displayName);
        m_commitSent = true;
        if (!tx.commit()) return dbError("the save was not committed", cap, m_displayName);
        return saved;
    });
}

geo::Status ListingStore::remove(std::int64_t fid, std::int64_t expectedVersion) {
    return guardedWrite([&]() -> geo::Status {
        geo::GdalErrorCapture cap;
        Transaction tx(*m_ds);
        if (!tx.started()) return dbError("cannot start a transaction", cap, m_displayName);
        if (auto locked = lockRow(fid); !locked) return locked.error();
        auto version = storedVersion(fid);
        if (!version) return version.error();
        if (*version != expectedVersion)
            return geo::Error{
                geo::ErrorCode::Conflict,
                "listing " + std::to_string(fid) + " was changed by someone else; reload it before deleting",
                m_displayName};
        if (m_layer->DeleteFeature(fid) != OGRERR_NONE) return dbError("cannot delete the listing", cap, m_displayName);
        m_commitSent = true;
        if (!tx.commit()) return dbError("the delete was not committed", cap, m_displayName);
        return geo::Ok{};
    });
}

}  // namespace app
