#pragma once

#include "domain/Clock.h"
#include "domain/OfficeHours.h"
#include "domain/WorkCalendar.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class Database;
class QTimer;
struct RuleSettings;

// The desk's one "the store changed" signal (issue 13 item 2). A page or dialog that wrote says
// so with announce() (the pages that show the change read again at once); watch() also notices
// what nobody announced: another process (a second desk, qabyldau-cli), the sync thread's own
// connection, or a write of this desk that did not announce, and emits changed() for it.
//
// How it notices: Database::changeMark(), polled on the GUI thread every interval and when the
// desk's window becomes active. PRAGMA data_version rather than the journal's head seq: the sync
// thread writes the server's rows without a local journal entry (the server journalled them), so
// the journal head would miss exactly the changes that come from elsewhere; the pragma is one
// query that reads no table, and this connection's own writes are seen by its change counter.
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    StoreChanges();
    ~StoreChanges() override;

    // A writer of this desk committed a change: changed() now (and the poll does not repeat it).
    void announce();
    // Polls store from now on (every interval, and on the application becoming active). The
    // store is not kept alive by it.
    void watch(const std::shared_ptr<Database> &store,
               std::chrono::milliseconds interval = std::chrono::seconds(2));
    void stopWatching();
    // One poll now: true (and changed() emitted) when the store changed since the last look.
    bool poll();

signals:
    void changed();

private:
    void pollWhenActive(Qt::ApplicationState state);
    void remember();

    std::weak_ptr<Database> m_store;
    QTimer *m_timer = nullptr;
    qint64 m_others = -1;
    qint64 m_own = -1;
};

// What every page of the desk works with: the local store, the time (injected: tests move a
// FixedClock), the working-day calendar, the office hours and the clerk's name. The rule settings
// are read from the store when needed (an administrator may change them while the desk runs).
// Copies share one StoreChanges.
struct DeskContext
{
    std::shared_ptr<Database> store;
    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    std::shared_ptr<const WorkCalendar> calendar = std::make_shared<WorkCalendar>();
    OfficeHours officeHours;
    QString clerk;
    std::shared_ptr<StoreChanges> changes = std::make_shared<StoreChanges>();

    // SettingsStore(store).load().settings, or the RULES defaults without a store.
    RuleSettings ruleSettings() const;
    // changes->announce(): a page or dialog of this desk wrote to the store.
    void announceChange() const;
};
