// crash_writer: a desk process that does one kind of write in a loop, through the stores' own
// write paths, so that tst_desk_crash can SIGKILL it at a random moment (issue 14). The CLI has
// no command that registers an application, holds a service session or records a refusal (its
// `contract record` needs a session the desk started): this is the smallest real process that
// does all of them, the way the desk app does.
//
//   crash_writer register STORE SEED COUNT   registers COUNT synthetic applications (seed SEED),
//                                            skipping children already stored (a re-run goes on)
//   crash_writer prepare STORE SEED COUNT    COUNT applications and a direction for each
//   crash_writer contract STORE              for each issued direction: a service session, its
//   crash_writer refusal STORE               stages and checklist, then the contract / refusal
//
// After each commit one line on standard output ("registered ID", "contract NUMBER", ...): what
// the test may expect to find after the kill. Exit code 0 when done, 1 on a failed write.

#include "SyntheticRegion.h"

#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdio>

namespace {

const QString clerk = QStringLiteral("crash-writer");
// The enrollment's days, as in tst_enrollmentstore: directions issued Friday 20 March 2026 are
// in force until Wednesday 1 April 2026; the service is on Friday 27 March.
const QDate serviceDay(2026, 3, 27);
const QString kindergarten = QStringLiteral("kg-017");

QDateTime at(int hour, int minute)
{
    return QDateTime(serviceDay, QTime(hour, minute));
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout); // the test reads what was said before the kill
}

int fail(const QString &what, const Issue &issue)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(issue.message()));
    return 1;
}

KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = kindergarten;
    p.nameKk = QStringLiteral("№ 17 «Балапан» бөбекжай-бақшасы");
    p.nameRu = QStringLiteral("Ясли-сад № 17 «Балапан»");
    p.bin = QStringLiteral("120340012345");
    p.addressKk = QStringLiteral("Астана қ., Сарайшық к-сі, 5");
    p.addressRu = QStringLiteral("г. Астана, ул. Сарайшык, 5");
    p.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");
    return p;
}

// Registers count applications of the generator (seed, today), each child once: a child the store
// holds already (an earlier, killed run) is skipped, so re-runs go on where the last one stopped.
int registerApplications(const std::shared_ptr<Database> &database, quint32 seed, int count, const QDateTime &now,
                         QList<Application> *registered)
{
    SyntheticRegion::Generator generator(seed, now.date());
    ApplicationStore store(database);
    for (int i = 0; i < count; ++i) {
        Application application = generator.next();
        application.status = ApplicationStatus::Queued;
        application.archiveReason = ArchiveReason::None;
        application.stopListedUntil = QDate();
        application.registrationSequence = 0;
        application.filedAt = QDateTime();
        if (store.findActiveByChildIin(application.childIin))
            continue;
        const Expected<RegisteredApplication> done =
            store.registerApplication(application, clerk, ValidationContext{now, RuleSettings{}});
        if (!done)
            return fail(QStringLiteral("register %1").arg(i), done.error());
        if (registered)
            registered->append(done->application);
        say(QStringLiteral("registered ") + done->application.id);
    }
    return 0;
}

QJsonObject directionJson(const QString &number, const Application &a)
{
    QJsonArray phones;
    for (const QString &phone : a.phones)
        phones.append(phone);
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("application_id"), a.id},
        {QStringLiteral("kindergarten_id"), kindergarten},
        {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
        {QStringLiteral("admission_starts_on"), QStringLiteral("2026-04-01")},
        {QStringLiteral("issued_at"), QStringLiteral("2026-03-20T04:30:00.000Z")},
        {QStringLiteral("child_surname"), a.child.surname},
        {QStringLiteral("child_name"), a.child.name},
        {QStringLiteral("child_iin"), a.childIin},
        {QStringLiteral("child_birth_date"), a.childBirthDate.toString(Qt::ISODate)},
        {QStringLiteral("applicant_surname"), a.applicant.surname},
        {QStringLiteral("applicant_name"), a.applicant.name},
        {QStringLiteral("applicant_patronymic"), a.applicant.patronymic},
        {QStringLiteral("applicant_iin"), a.applicantIin},
        {QStringLiteral("applicant_address"), a.applicantAddress},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("category"), 10},
    };
}

// count applications filed on 1 March 2026 and a direction to this kindergarten for each.
int prepare(const std::shared_ptr<Database> &database, quint32 seed, int count)
{
    QList<Application> registered;
    if (const int failed = registerApplications(database, seed, count, QDateTime(QDate(2026, 3, 1), QTime(10, 0)),
                                                &registered))
        return failed;
    QJsonArray directions;
    for (qsizetype i = 0; i < registered.size(); ++i)
        directions.append(directionJson(QStringLiteral("D-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')), registered.at(i)));
    const Expected<DirectionImportResult> imported = DirectionStore(database).importJson(
        QJsonDocument(directions).toJson(QJsonDocument::Compact), clerk, QDateTime(QDate(2026, 3, 20), QTime(12, 0)));
    if (!imported)
        return fail(QStringLiteral("directions"), imported.error());
    if (imported->imported != registered.size()) {
        std::fprintf(stderr, "directions: %d of %lld imported\n", imported->imported, qint64(registered.size()));
        return 1;
    }
    say(QStringLiteral("prepared %1").arg(registered.size()));
    return 0;
}

// The service of each issued direction up to its result: a contract (RULES 6.3) or a refusal
// (RULES 6.4). A direction whose session a killed run left unfinished gets a new session (the
// parent came back), as at the desk.
int serve(const std::shared_ptr<Database> &database, bool contract)
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    if (!calendar)
        return fail(QStringLiteral("calendar"), calendar.error());
    QStringList issued;
    {
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral("SELECT number FROM directions WHERE status = 'issued' ORDER BY number"))) {
            std::fprintf(stderr, "directions cannot be read\n");
            return 1;
        }
        while (query.next())
            issued.append(query.value(0).toString());
    }
    EnrollmentStore store(database);
    for (const QString &number : std::as_const(issued)) {
        const Expected<ServiceSession> started = store.startSession(number, ServiceChannel::Office, at(9, 5), clerk);
        if (!started)
            return fail(QStringLiteral("session ") + number, started.error());
        if (const auto stage = store.recordStage(started->id, ServiceStage::ServiceStarted, at(9, 12), clerk); !stage)
            return fail(QStringLiteral("service started ") + number, stage.error());
        if (const auto stage = store.recordStage(started->id, ServiceStage::DocumentsHandedIn, at(9, 20), clerk); !stage)
            return fail(QStringLiteral("documents ") + number, stage.error());
        Checklist checklist;
        checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                               ChecklistItem::HealthPassport};
        if (contract) {
            checklist.presented.insert(ChecklistItem::HealthCertificate);
            checklist.healthCertificateIssuedOn = serviceDay.addDays(-1);
        }
        if (const Status saved = store.saveChecklist(started->id, checklist, clerk, at(9, 25)); !saved)
            return fail(QStringLiteral("checklist ") + number, saved.error());
        if (contract) {
            ContractRecord record;
            record.date = serviceDay;
            record.parentIdDocument = QStringLiteral("ID card No. 012345678");
            record.parentAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
            record.startsOn = QDate(2026, 4, 1);
            const Expected<ContractRecord> recorded =
                store.recordContract(started->id, record, profile(), *calendar, RuleSettings{}, at(9, 40));
            if (!recorded)
                return fail(QStringLiteral("contract ") + number, recorded.error());
            say(QStringLiteral("contract ") + number);
        } else {
            RefusalRecord record;
            record.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
            record.faultyItems = {ChecklistItem::HealthCertificate};
            record.reasons = QStringLiteral("Денсаулық туралы анықтама жоқ");
            const Expected<RefusalRecord> recorded = store.recordRefusal(started->id, record, RuleSettings{}, at(9, 40));
            if (!recorded)
                return fail(QStringLiteral("refusal ") + number, recorded.error());
            say(QStringLiteral("refusal ") + number);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString kind = args.value(0);
    const bool numbered = kind == QLatin1String("register") || kind == QLatin1String("prepare");
    if (args.size() != (numbered ? 4 : 2)
        || !(numbered || kind == QLatin1String("contract") || kind == QLatin1String("refusal"))) {
        std::fprintf(stderr, "usage: crash_writer register|prepare STORE SEED COUNT | contract|refusal STORE\n");
        return 2;
    }
    Expected<std::shared_ptr<Database>> database = Database::open(args.at(1));
    if (!database)
        return fail(QStringLiteral("open"), database.error());
    say(QStringLiteral("open"));
    if (kind == QLatin1String("register"))
        return registerApplications(*database, args.at(2).toUInt(), args.at(3).toInt(), QDateTime::currentDateTime(), nullptr);
    if (kind == QLatin1String("prepare"))
        return prepare(*database, args.at(2).toUInt(), args.at(3).toInt());
    return serve(*database, kind == QLatin1String("contract"));
}
