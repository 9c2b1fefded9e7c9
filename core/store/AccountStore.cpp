#include "store/AccountStore.h"

#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/SqlValues.h"

#include <QJsonObject>

namespace {

QString selectColumns()
{
    return QStringLiteral("SELECT login, name, role, disabled, password_hash FROM accounts");
}

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.login = query.value(0).toString();
    account.name = query.value(1).toString();
    account.role = Roles::fromCode(query.value(2).toString()).value_or(Role::Clerk);
    account.disabled = query.value(3).toInt() != 0;
    return account;
}

struct StoredAccount
{
    Account account;
    QString passwordHash;
};

Expected<std::optional<StoredAccount>> readStored(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery query(db);
    query.prepare(selectColumns() + QStringLiteral(" WHERE login = :login"));
    query.bindValue(QStringLiteral(":login"), sqlText(login.trimmed()));
    if (!query.exec())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    if (!query.next())
        return std::optional<StoredAccount>();
    return std::optional<StoredAccount>(StoredAccount{readAccount(query), query.value(4).toString()});
}

// Administrators who may still sign in, other than `except`.
Expected<int> otherActiveAdministrators(const QSqlDatabase &db, const QString &except)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = 'administrator'"
                                 " AND disabled = 0 AND login <> :login"));
    query.bindValue(QStringLiteral(":login"), sqlText(except));
    if (!query.exec() || !query.next())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    return query.value(0).toInt();
}

Status journal(QSqlDatabase db, const QString &event, const QString &login, const QJsonObject &payload,
               const QString &actor, const QDateTime &at)
{
    const Expected<JournalEntry> entry = Journal::append(db, event, JournalEntities::account(), login, payload, actor, at);
    if (!entry)
        return entry.error();
    return {};
}

Status insert(QSqlDatabase db, const Account &account, const QString &hash, const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO accounts (login, name, role, password_hash, disabled, created_at, updated_at)"
                                 " VALUES (:login, :name, :role, :hash, :disabled, :at, :at)"));
    query.bindValue(QStringLiteral(":login"), sqlText(account.login));
    query.bindValue(QStringLiteral(":name"), sqlText(account.name));
    query.bindValue(QStringLiteral(":role"), Roles::code(account.role));
    query.bindValue(QStringLiteral(":hash"), hash);
    query.bindValue(QStringLiteral(":disabled"), account.disabled ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), SqlValues::instant(at));
    if (!query.exec())
        return SqlValues::writeFailed(query.lastError().text());
    return {};
}

Account normalized(Account account)
{
    account.login = account.login.trimmed();
    account.name = account.name.simplified();
    return account;
}

Status checkPasswordRule(const QString &password)
{
    if (password.size() < PasswordHash::minimumLength)
        return Issue::error(Field::AccountPassword, Rule::PasswordTooShort, QString::number(PasswordHash::minimumLength));
    return {};
}

} // namespace

AccountStore::AccountStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Expected<bool> AccountStore::hasAccounts() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")) || !query.next())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    return query.value(0).toInt() != 0;
}

Expected<QList<Account>> AccountStore::all() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(selectColumns() + QStringLiteral(" ORDER BY name, login")))
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    QList<Account> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

Expected<Account> AccountStore::find(const QString &login) const
{
    const Expected<std::optional<StoredAccount>> stored = readStored(m_database->connection(), login);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Issue::error(Field::AccountLogin, Rule::AccountNotFound, login);
    return stored->value().account;
}

Status AccountStore::validate(const Account &draft, const QString &password)
{
    const Account account = normalized(draft);
    if (account.name.isEmpty())
        return Issue::error(Field::AccountName, Rule::Required);
    if (account.name.size() > maximumNameLength)
        return Issue::error(Field::AccountName, Rule::TooLong, QString::number(maximumNameLength));
    if (account.login.isEmpty())
        return Issue::error(Field::AccountLogin, Rule::Required);
    if (account.login.size() > maximumLoginLength)
        return Issue::error(Field::AccountLogin, Rule::TooLong, QString::number(maximumLoginLength));
    return checkPasswordRule(password);
}

Expected<Account> AccountStore::createFirstAdministrator(Account account, const QString &password, const QDateTime &at)
{
    account = normalized(std::move(account));
    account.role = Role::Administrator;
    account.disabled = false;
    if (const Status valid = validate(account, password); !valid)
        return valid.error();
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        return SqlValues::writeFailed(QStringLiteral("PBKDF2 failed"));

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    // Inside the write lock: two desks starting at once on one store make one administrator.
    QSqlQuery exists(transaction.db());
    if (!exists.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")) || !exists.next())
        return SqlValues::writeFailed(exists.lastError().text());
    if (exists.value(0).toInt() != 0)
        return Issue::error(Field::AccountLogin, Rule::AccountsExist);
    exists.finish();
    if (const Status written = insert(transaction.db(), account, hash, at); !written)
        return written.error();
    if (const Status logged = journal(transaction.db(), Events::accountCreated(), account.login,
                                      {{QStringLiteral("name"), account.name}, {QStringLiteral("role"), Roles::code(account.role)}},
                                      account.name, at);
        !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return account;
}

Expected<Account> AccountStore::signIn(const QString &login, const QString &password) const
{
    const Expected<std::optional<StoredAccount>> stored = readStored(m_database->connection(), login);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        // As slow as a known login: the time taken does not tell which logins exist.
        static const QString decoy = PasswordHash::make(QStringLiteral("decoy password"));
        PasswordHash::verify(password, decoy);
        return Issue::error(Field::AccountPassword, Rule::WrongLoginOrPassword);
    }
    const StoredAccount &found = stored->value();
    if (!PasswordHash::verify(password, found.passwordHash))
        return Issue::error(Field::AccountPassword, Rule::WrongLoginOrPassword);
    if (found.account.disabled)
        return Issue::error(Field::AccountLogin, Rule::AccountDisabled);
    return found.account;
}

bool AccountStore::checkPassword(const QString &login, const QString &password) const
{
    return signIn(login, password).hasValue();
}

Status AccountStore::add(const Account &draft, const QString &password, const Account &by, const QDateTime &at)
{
    if (!by.canManageUsers())
        return Issue::error(Field::None, Rule::NotPermitted);
    const Account account = normalized(draft);
    if (const Status valid = validate(account, password); !valid)
        return valid;
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        return SqlValues::writeFailed(QStringLiteral("PBKDF2 failed"));

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    const Expected<std::optional<StoredAccount>> existing = readStored(transaction.db(), account.login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Issue::error(Field::AccountLogin, Rule::LoginTaken, account.login);
    if (const Status written = insert(transaction.db(), account, hash, at); !written)
        return written;
    if (const Status logged = journal(transaction.db(), Events::accountCreated(), account.login,
                                      {{QStringLiteral("name"), account.name}, {QStringLiteral("role"), Roles::code(account.role)}},
                                      by.name, at);
        !logged)
        return logged;
    return transaction.commit();
}

namespace {

// One column of one account set to value, with updated_at.
Status updateAccount(QSqlDatabase db, const QString &login, const QString &column, const QVariant &value,
                     const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE accounts SET %1 = :value, updated_at = :at WHERE login = :login").arg(column));
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":at"), SqlValues::instant(at));
    query.bindValue(QStringLiteral(":login"), login);
    if (!query.exec())
        return SqlValues::writeFailed(query.lastError().text());
    return {};
}

// The frame of every change an administrator makes to an existing account: the role's
// permission, one transaction, the account as stored (AccountNotFound), then change (which
// writes the row and its journal entry, or returns early), then the commit.
Status changeAccount(const std::shared_ptr<Database> &database, const QString &login, const Account &by,
                     const std::function<Status(QSqlDatabase, const Account &)> &change)
{
    if (!by.canManageUsers())
        return Issue::error(Field::None, Rule::NotPermitted);
    WriteTransaction transaction(database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    const Expected<std::optional<StoredAccount>> existing = readStored(transaction.db(), login);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Issue::error(Field::AccountLogin, Rule::AccountNotFound, login);
    if (const Status changed = change(transaction.db(), existing->value().account); !changed)
        return changed;
    return transaction.commit();
}

// The last administrator who may sign in stays one (neither demoted nor disabled).
Status keepsAnAdministrator(QSqlDatabase db, const Account &account)
{
    if (account.role != Role::Administrator || account.disabled)
        return {};
    const Expected<int> others = otherActiveAdministrators(db, account.login);
    if (!others)
        return others.error();
    if (*others == 0)
        return Issue::error(Field::AccountLogin, Rule::LastAdministrator, account.login);
    return {};
}

} // namespace

Status AccountStore::setRole(const QString &login, Role role, const Account &by, const QDateTime &at)
{
    return changeAccount(m_database, login, by, [&](QSqlDatabase db, const Account &account) -> Status {
        if (account.role == role)
            return {};
        if (const Status kept = keepsAnAdministrator(db, account); !kept)
            return kept;
        if (const Status updated = updateAccount(db, account.login, QStringLiteral("role"), Roles::code(role), at);
            !updated)
            return updated;
        return journal(db, Events::accountRoleChanged(), account.login,
                       {{QStringLiteral("from"), Roles::code(account.role)}, {QStringLiteral("to"), Roles::code(role)}},
                       by.name, at);
    });
}

Status AccountStore::resetPassword(const QString &login, const QString &password, const Account &by, const QDateTime &at)
{
    if (!by.canManageUsers())
        return Issue::error(Field::None, Rule::NotPermitted);
    if (const Status valid = checkPasswordRule(password); !valid)
        return valid;
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        return SqlValues::writeFailed(QStringLiteral("PBKDF2 failed"));
    return changeAccount(m_database, login, by, [&](QSqlDatabase db, const Account &account) -> Status {
        if (const Status updated = updateAccount(db, account.login, QStringLiteral("password_hash"), hash, at); !updated)
            return updated;
        return journal(db, Events::accountPasswordReset(), account.login, {}, by.name, at);
    });
}

Status AccountStore::setDisabled(const QString &login, bool disabled, const Account &by, const QDateTime &at)
{
    return changeAccount(m_database, login, by, [&](QSqlDatabase db, const Account &account) -> Status {
        if (account.disabled == disabled)
            return {};
        if (disabled)
            if (const Status kept = keepsAnAdministrator(db, account); !kept)
                return kept;
        if (const Status updated =
                updateAccount(db, account.login, QStringLiteral("disabled"), disabled ? 1 : 0, at);
            !updated)
            return updated;
        return journal(db, disabled ? Events::accountDisabled() : Events::accountEnabled(), account.login, {},
                       by.name, at);
    });
}
