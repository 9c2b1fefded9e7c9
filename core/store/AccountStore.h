#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class Database;

// The desk's local accounts (DESIGN 9) in the store's `accounts` table. Every change is a journal
// entry (entity "account", the login as its id) written in the change's transaction, with the
// person who made it as the actor; the payload never holds a password or its hash. Accounts are
// the desk's own: nothing goes to the outbox.
class AccountStore
{
public:
    // Longest name and login the store takes (Rule::TooLong).
    static constexpr int maximumNameLength = 200;
    static constexpr int maximumLoginLength = 64;

    explicit AccountStore(std::shared_ptr<Database> database);

    // Whether any account exists: the desk's first start creates the administrator when none does.
    Expected<bool> hasAccounts() const;
    // Every account, disabled ones included, by name.
    Expected<QList<Account>> all() const;
    // Rule::AccountNotFound when there is no such login.
    Expected<Account> find(const QString &login) const;

    // The name, the login and the password a new account must have: the first error.
    static Status validate(const Account &account, const QString &password);

    // The first start: makes `account` an administrator, on a store with no account only
    // (Rule::AccountsExist otherwise). The administrator is the journal entry's actor.
    Expected<Account> createFirstAdministrator(Account account, const QString &password, const QDateTime &at);

    // The person signing in: Rule::WrongLoginOrPassword for an unknown login or a wrong password
    // alike, Rule::AccountDisabled for a disabled account with the right password.
    Expected<Account> signIn(const QString &login, const QString &password) const;
    // The lock screen: whether password is this account's (false for a disabled account).
    bool checkPassword(const QString &login, const QString &password) const;

    // Settings → Users, for an administrator `by` (Rule::NotPermitted otherwise).
    Status add(const Account &account, const QString &password, const Account &by, const QDateTime &at);
    Status setRole(const QString &login, Role role, const Account &by, const QDateTime &at);
    Status resetPassword(const QString &login, const QString &password, const Account &by, const QDateTime &at);
    Status setDisabled(const QString &login, bool disabled, const Account &by, const QDateTime &at);

private:
    std::shared_ptr<Database> m_database;
};
