#include "domain/Account.h"
#include "store/AccountStore.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime now(QDate(2026, 12, 3), QTime(9, 30));

Account person(const QString &login, const QString &name, Role role = Role::Clerk)
{
    Account account;
    account.login = login;
    account.name = name;
    account.role = role;
    return account;
}

QList<JournalEntry> accountEntries(const std::shared_ptr<Database> &store, const QString &login)
{
    return Journal::entriesFor(store->connection(), JournalEntities::account(), login).valueOr({});
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void hashVerifiesOnlyItsPassword();
    void hashIsSaltedAndSlow();
    void malformedHashNeverVerifies();
    void rolesDecideWhatMayBeEdited();
    void schemaHasTheAccountsTable();

    void firstAdministratorIsCreatedOnce();
    void signInWithWrongThenRightPassword();
    void shortPasswordIsRefused();
    void administratorAddsAndManagesUsers();
    void clerkCannotManageUsers();
    void lastAdministratorStays();
    void loginIsTakenWhateverItsCase();
    void disabledAccountCannotSignIn();
    void readsAreAudited();

private:
    std::shared_ptr<Database> m_store;
    Account m_admin;
};

void TestAccountStore::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_store = std::move(opened).value();
    m_admin = person(QStringLiteral("saule"), QStringLiteral("Сәуле Қайратқызы"), Role::Administrator);
}

void TestAccountStore::hashVerifiesOnlyItsPassword()
{
    const QString stored = PasswordHash::make(QStringLiteral("құпия сөз 2026"));
    QVERIFY(PasswordHash::verify(QStringLiteral("құпия сөз 2026"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("құпия сөз 2025"), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
}

void TestAccountStore::hashIsSaltedAndSlow()
{
    const QString first = PasswordHash::make(QStringLiteral("password1"));
    const QString second = PasswordHash::make(QStringLiteral("password1"));
    QVERIFY(first != second); // a random salt each time
    const QStringList parts = first.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(parts.at(1).toInt() >= 200000);
    QCOMPARE(parts.at(2).size(), 32); // 16 bytes of salt
    QCOMPARE(parts.at(3).size(), 64); // SHA-256

    // RFC 7914 section 11's PBKDF2-HMAC-SHA-256 vector (P = "passwd", S = "salt", c = 1): the
    // first 32 bytes of its 64.
    const QString known = PasswordHash::make(QStringLiteral("passwd"), 1, QByteArrayLiteral("salt"));
    QCOMPARE(known.section(QLatin1Char('$'), 3),
             QStringLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

void TestAccountStore::malformedHashNeverVerifies()
{
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString()));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("x")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("md5$1$00$00")));
    const QString stored = PasswordHash::make(QStringLiteral("x"), 1, QByteArrayLiteral("salt"));
    QVERIFY(PasswordHash::verify(QStringLiteral("x"), stored));
    QString truncated = stored;
    truncated.chop(2);
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), truncated));
    // An absurd iteration count is refused, not run.
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString(stored).replace(QStringLiteral("$1$"), QStringLiteral("$999999999$"))));
}

void TestAccountStore::rolesDecideWhatMayBeEdited()
{
    QVERIFY(!person(QStringLiteral("a"), QStringLiteral("A"), Role::Clerk).canEditSettings());
    QVERIFY(person(QStringLiteral("a"), QStringLiteral("A"), Role::Head).canEditSettings());
    QVERIFY(person(QStringLiteral("a"), QStringLiteral("A"), Role::Administrator).canEditSettings());
    QVERIFY(!person(QStringLiteral("a"), QStringLiteral("A"), Role::Head).canManageUsers());
    QVERIFY(person(QStringLiteral("a"), QStringLiteral("A"), Role::Administrator).canManageUsers());
    QVERIFY(!person(QStringLiteral("a"), QStringLiteral("A"), Role::Clerk).canViewAudit());
    QVERIFY(person(QStringLiteral("a"), QStringLiteral("A"), Role::Head).canViewAudit());
    for (Role role : {Role::Clerk, Role::Head, Role::Administrator})
        QCOMPARE(Roles::fromCode(Roles::code(role)), role);
    QVERIFY(!Roles::fromCode(QStringLiteral("root")));
}

void TestAccountStore::schemaHasTheAccountsTable()
{
    QCOMPARE(m_store->schemaVersion(), int(Migrations::all().size()));
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")));
}

void TestAccountStore::firstAdministratorIsCreatedOnce()
{
    AccountStore accounts(m_store);
    QCOMPARE(accounts.hasAccounts().valueOr(true), false);
    Account draft = person(QStringLiteral(" saule "), QStringLiteral("Сәуле  Қайратқызы"), Role::Clerk);
    const Expected<Account> made = accounts.createFirstAdministrator(draft, QStringLiteral("password1"), now);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
    QCOMPARE(made->role, Role::Administrator); // whatever the draft said
    QCOMPARE(made->login, QStringLiteral("saule"));
    QCOMPARE(made->name, QStringLiteral("Сәуле Қайратқызы"));
    QCOMPARE(accounts.hasAccounts().valueOr(false), true);

    const QList<JournalEntry> entries = accountEntries(m_store, QStringLiteral("saule"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().event, Events::accountCreated());
    QCOMPARE(entries.first().actor, QStringLiteral("Сәуле Қайратқызы"));
    QVERIFY(!entries.first().payload.contains(QStringLiteral("password_hash")));

    const Expected<Account> second =
        accounts.createFirstAdministrator(person(QStringLiteral("other"), QStringLiteral("Other")), QStringLiteral("password2"), now);
    QVERIFY(!second);
    QCOMPARE(second.error().rule, Rule::AccountsExist);
    QCOMPARE(accounts.all().valueOr({}).size(), 1);
}

void TestAccountStore::signInWithWrongThenRightPassword()
{
    AccountStore accounts(m_store);
    QVERIFY(accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now));

    const Expected<Account> wrong = accounts.signIn(QStringLiteral("saule"), QStringLiteral("password2"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().rule, Rule::WrongLoginOrPassword);
    // An unknown login reads exactly like a wrong password.
    const Expected<Account> unknown = accounts.signIn(QStringLiteral("nobody"), QStringLiteral("password1"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error(), wrong.error());

    const Expected<Account> right = accounts.signIn(QStringLiteral("SAULE"), QStringLiteral("password1"));
    QVERIFY(right);
    QCOMPARE(right->name, m_admin.name);
    QCOMPARE(right->role, Role::Administrator);
    QVERIFY(accounts.checkPassword(QStringLiteral("saule"), QStringLiteral("password1")));
    QVERIFY(!accounts.checkPassword(QStringLiteral("saule"), QStringLiteral("Password1")));

    // The password itself is nowhere in the store.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).toString().contains(QStringLiteral("password1")));
}

void TestAccountStore::shortPasswordIsRefused()
{
    AccountStore accounts(m_store);
    const Expected<Account> made = accounts.createFirstAdministrator(m_admin, QStringLiteral("short"), now);
    QVERIFY(!made);
    QCOMPARE(made.error().field, Field::AccountPassword);
    QCOMPARE(made.error().rule, Rule::PasswordTooShort);
    QCOMPARE(accounts.hasAccounts().valueOr(true), false);
    QCOMPARE(AccountStore::validate(person(QString(), QStringLiteral("N")), QStringLiteral("password1")).error().field,
             Field::AccountLogin);
    QCOMPARE(AccountStore::validate(person(QStringLiteral("n"), QStringLiteral(" ")), QStringLiteral("password1")).error().field,
             Field::AccountName);
}

void TestAccountStore::administratorAddsAndManagesUsers()
{
    AccountStore accounts(m_store);
    const Account admin = *accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now);
    const Account clerk = person(QStringLiteral("aigerim"), QStringLiteral("Айгерім Серікқызы"));
    QVERIFY(accounts.add(clerk, QStringLiteral("clerkpass1"), admin, now));
    QCOMPARE(accounts.signIn(QStringLiteral("aigerim"), QStringLiteral("clerkpass1")).valueOr({}).role, Role::Clerk);

    QVERIFY(accounts.setRole(QStringLiteral("aigerim"), Role::Head, admin, now));
    QCOMPARE(accounts.find(QStringLiteral("aigerim")).valueOr({}).role, Role::Head);

    QVERIFY(accounts.resetPassword(QStringLiteral("aigerim"), QStringLiteral("newpass22"), admin, now));
    QVERIFY(!accounts.signIn(QStringLiteral("aigerim"), QStringLiteral("clerkpass1")));
    QVERIFY(accounts.signIn(QStringLiteral("aigerim"), QStringLiteral("newpass22")));

    QVERIFY(accounts.setDisabled(QStringLiteral("aigerim"), true, admin, now));
    QCOMPARE(accounts.signIn(QStringLiteral("aigerim"), QStringLiteral("newpass22")).error().rule, Rule::AccountDisabled);
    QVERIFY(accounts.setDisabled(QStringLiteral("aigerim"), false, admin, now));
    QVERIFY(accounts.signIn(QStringLiteral("aigerim"), QStringLiteral("newpass22")));

    QStringList events;
    for (const JournalEntry &entry : accountEntries(m_store, QStringLiteral("aigerim"))) {
        events.append(entry.event);
        QCOMPARE(entry.actor, admin.name);
    }
    QCOMPARE(events, (QStringList{Events::accountCreated(), Events::accountRoleChanged(), Events::accountPasswordReset(),
                                  Events::accountDisabled(), Events::accountEnabled()}));
    QVERIFY(Journal::verify(m_store->connection()).valueOr({}).ok());
}

void TestAccountStore::clerkCannotManageUsers()
{
    AccountStore accounts(m_store);
    const Account admin = *accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now);
    const Account clerk = person(QStringLiteral("aigerim"), QStringLiteral("Айгерім"));
    QVERIFY(accounts.add(clerk, QStringLiteral("clerkpass1"), admin, now));
    const Account head = person(QStringLiteral("gulnar"), QStringLiteral("Гүлнар"), Role::Head);
    QCOMPARE(accounts.add(person(QStringLiteral("x"), QStringLiteral("X")), QStringLiteral("password1"), clerk, now).error().rule,
             Rule::NotPermitted);
    QCOMPARE(accounts.add(person(QStringLiteral("x"), QStringLiteral("X")), QStringLiteral("password1"), head, now).error().rule,
             Rule::NotPermitted);
    QCOMPARE(accounts.setRole(QStringLiteral("aigerim"), Role::Administrator, clerk, now).error().rule, Rule::NotPermitted);
    QCOMPARE(accounts.resetPassword(QStringLiteral("saule"), QStringLiteral("password9"), clerk, now).error().rule,
             Rule::NotPermitted);
    QCOMPARE(accounts.setDisabled(QStringLiteral("saule"), true, clerk, now).error().rule, Rule::NotPermitted);
    QCOMPARE(accounts.find(QStringLiteral("aigerim")).valueOr({}).role, Role::Clerk);
    QVERIFY(!accounts.find(QStringLiteral("x")));
}

void TestAccountStore::lastAdministratorStays()
{
    AccountStore accounts(m_store);
    const Account admin = *accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now);
    QCOMPARE(accounts.setDisabled(admin.login, true, admin, now).error().rule, Rule::LastAdministrator);
    QCOMPARE(accounts.setRole(admin.login, Role::Clerk, admin, now).error().rule, Rule::LastAdministrator);
    QVERIFY(accounts.add(person(QStringLiteral("second"), QStringLiteral("Second"), Role::Administrator),
                         QStringLiteral("password2"), admin, now));
    QVERIFY(accounts.setRole(admin.login, Role::Head, admin, now));
}

void TestAccountStore::loginIsTakenWhateverItsCase()
{
    AccountStore accounts(m_store);
    const Account admin = *accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now);
    const Status taken = accounts.add(person(QStringLiteral("Saule"), QStringLiteral("Another")), QStringLiteral("password2"), admin, now);
    QVERIFY(!taken);
    QCOMPARE(taken.error().rule, Rule::LoginTaken);
}

void TestAccountStore::disabledAccountCannotSignIn()
{
    AccountStore accounts(m_store);
    const Account admin = *accounts.createFirstAdministrator(m_admin, QStringLiteral("password1"), now);
    QVERIFY(accounts.add(person(QStringLiteral("b"), QStringLiteral("B")), QStringLiteral("password2"), admin, now));
    QVERIFY(accounts.setDisabled(QStringLiteral("b"), true, admin, now));
    // A wrong password on a disabled account says only that the password is wrong.
    QCOMPARE(accounts.signIn(QStringLiteral("b"), QStringLiteral("password3")).error().rule, Rule::WrongLoginOrPassword);
    QVERIFY(!accounts.checkPassword(QStringLiteral("b"), QStringLiteral("password2")));
}

void TestAccountStore::readsAreAudited()
{
    QVERIFY(AuditTrail::recordViewed(m_store, QStringLiteral("app-1"), QStringLiteral("Айгерім"), now));
    QVERIFY(AuditTrail::recordPrinted(m_store, QStringLiteral("receipt"), QStringLiteral("app-1"),
                                      QStringLiteral("Гүлнар"), now.addDays(1)));
    const QList<JournalEntry> day = AuditTrail::between(m_store, now.date(), now.date()).valueOr({});
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().event, Events::personalDataViewed());
    QCOMPARE(day.first().actor, QStringLiteral("Айгерім"));
    QCOMPARE(day.first().entityId, QStringLiteral("app-1"));
    QCOMPARE(day.first().at, now);
    const QList<JournalEntry> both = AuditTrail::between(m_store, now.date(), now.date().addDays(1)).valueOr({});
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.last().event, Events::documentPrinted());
    QCOMPARE(both.last().payload.value(QStringLiteral("document")).toString(), QStringLiteral("receipt"));
    // An application's own history lists its changes only.
    QVERIFY(Journal::entriesFor(m_store->connection(), JournalEntities::application(), QStringLiteral("app-1")).valueOr({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
