#include "DeskContext.h"

#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/SettingsStore.h"

#include <QGuiApplication>
#include <QTimer>

StoreChanges::StoreChanges()
    : m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &StoreChanges::poll);
}

StoreChanges::~StoreChanges() = default;

void StoreChanges::announce()
{
    // What was written is part of the mark now: the next poll does not report it again.
    remember();
    emit changed();
}

void StoreChanges::watch(const std::shared_ptr<Database> &store, std::chrono::milliseconds interval)
{
    m_store = store;
    m_others = m_own = -1;
    remember();
    m_timer->start(interval);
    if (auto app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Coming back to the desk from another window (maybe the other desk) shows its changes
        // at once, not up to an interval later.
        connect(app, &QGuiApplication::applicationStateChanged, this, &StoreChanges::pollWhenActive,
                Qt::UniqueConnection);
    }
}

void StoreChanges::stopWatching()
{
    m_timer->stop();
    m_store.reset();
}

bool StoreChanges::poll()
{
    const qint64 others = m_others;
    const qint64 own = m_own;
    remember();
    if (others < 0 || (m_others == others && m_own == own))
        return false;
    emit changed();
    return true;
}

void StoreChanges::pollWhenActive(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive && !m_store.expired())
        poll();
}

void StoreChanges::remember()
{
    const std::shared_ptr<Database> store = m_store.lock();
    if (!store)
        return;
    // A store that cannot be read now keeps the last mark; the pages say so when they read.
    if (const Expected<Database::ChangeMark> mark = store->changeMark()) {
        m_others = mark->others;
        m_own = mark->own;
    }
}

RuleSettings DeskContext::ruleSettings() const
{
    if (!store)
        return {};
    return SettingsStore(store).load().settings;
}

void DeskContext::announceChange() const
{
    if (changes)
        changes->announce();
}
