// qabyldau-cli print ...: printed documents as PDF (RULES 11).
#include "Commands.h"

#include "ApplicationDocument.h"
#include "ContractDocument.h"
#include "RefusalDocument.h"
#include "domain/Checklist.h"
#include "domain/Clock.h"
#include "settings/RuleSettings.h"
#include "store/SettingsStore.h"
#include "store/ApplicationStore.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>

namespace {

class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int application(CliContext &context, const QStringList &arguments)
    {
        const QString command = QStringLiteral("print application");
        // cli_main.cpp starts a QGuiApplication for "print": fonts and text layout need one.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            context.err() << tr("%1: cannot lay out documents in this process").arg(command) << Qt::endl;
            return ExitCode::Failed;
        }
        // The document's language is the global --lang: kk or ru (there is no English form).
        const std::optional<DocumentLanguage> language = DocumentLanguages::fromCode(context.language);
        if (!language)
            return context.usageError(tr("%1: choose the document's language with --lang kk or --lang ru").arg(command));
        const QString out = context.options.value(QStringLiteral("--out"));
        if (out.isEmpty())
            return context.usageError(tr("%1: the option --out FILE is required").arg(command));

        std::shared_ptr<Database> database;
        if (const int failed = context.openExistingStore(command, database))
            return failed;

        const QString &id = arguments.constFirst();
        const std::optional<Application> found = ApplicationStore(database).find(id);
        if (!found) {
            context.err() << tr("%1: no application with the id \"%2\"").arg(command, id) << Qt::endl;
            return ExitCode::NoAnswer;
        }

        // Addressed to this kindergarten when its profile is filled (issue 13).
        ApplicationDocumentExtras extras;
        extras.serviceProvider =
            ApplicationDocument::serviceProvider(KindergartenProfileStore(database).load(), *language);
        const Status written = ApplicationDocument::writePdf(*found, *language, out, extras);
        if (!written) {
            context.err() << tr("%1: cannot write %2: %3").arg(command, out, written.error().detail) << Qt::endl;
            return ExitCode::Failed;
        }
        // DESIGN 9: who printed the child's data (the CLI), when; RULES 11: the code goes to the
        // queue server with the next sync, which then confirms it.
        if (const Status recorded = AuditTrail::recordPrinted(database, AuditTrail::Documents::application(), found->id,
                                                              ApplicationDocument::printed(*found),
                                                              QStringLiteral("qabyldau-cli"), SystemClock().now());
            !recorded)
            return context.fail(recorded.error(), ExitCode::Failed);
        return ExitCode::Ok;
    }

    // print contract DIRECTION --lang kk|ru|kk+ru --out FILE.pdf (RULES 6.3, 12)
    static int contract(CliContext &context, const QStringList &arguments)
    {
        const QString command = QStringLiteral("print contract");
        if (!canLayOut(context, command))
            return ExitCode::Failed;
        const std::optional<ContractLanguage> language = ContractDocument::languageFromCode(context.language);
        if (!language)
            return context.usageError(
                tr("%1: choose the document's language with --lang kk, --lang ru or --lang kk+ru").arg(command));
        const QString out = context.options.value(QStringLiteral("--out"));
        if (out.isEmpty())
            return context.usageError(tr("%1: the option --out FILE is required").arg(command));

        std::shared_ptr<Database> database;
        std::optional<Direction> direction;
        if (const int failed = openDirection(context, command, arguments.constFirst(), database, direction))
            return failed;

        const KindergartenProfileStore profiles(database);
        EnrollmentStore enrollment(database);
        ContractDocumentData data{profiles.load(), *direction, {}, false};
        if (const std::optional<ContractRecord> recorded = enrollment.contractForDirection(direction->number)) {
            data.contract = *recorded;
        } else {
            // No contract recorded yet: a draft, marked as such, without a number, dated today,
            // pre-filled from the direction as the desk's contract dialog is.
            const QDate today = SystemClock().today();
            data.draft = true;
            ContractRecord &draft = data.contract;
            draft.date = today;
            draft.directionNumber = direction->number;
            draft.applicationId = direction->applicationId;
            draft.parent = direction->applicant;
            draft.parentIin = direction->applicantIin;
            draft.parentAddress = direction->applicantAddress;
            draft.phones = direction->phones;
            draft.startsOn = direction->admissionStartsOn.isValid() ? std::max(today, direction->admissionStartsOn)
                                                                    : today;
            if (const std::optional<ServiceSession> session = enrollment.sessionForDirection(direction->number)) {
                draft.sessionId = session->id;
                draft.clerk = session->clerk;
                // RULES 6.2: documents owed under the emergency deferral are listed on the contract.
                const Expected<ChecklistEvaluation> evaluation =
                    evaluate(context, database, *session, *direction, data.profile, today);
                if (evaluation)
                    draft.deferredItems = evaluation->deferred;
            }
        }
        return write(context, command, out,
                     ContractDocument::writePdf(data, *language, out, templateFolders(profiles)));
    }

    // print refusal DIRECTION --ground CODE [--ground CODE...] --lang kk|ru --out FILE.pdf (RULES 6.4)
    static int refusal(CliContext &context, const QStringList &arguments)
    {
        const QString command = QStringLiteral("print refusal");
        if (!canLayOut(context, command))
            return ExitCode::Failed;
        const std::optional<DocumentLanguage> language = DocumentLanguages::fromCode(context.language);
        if (!language)
            return context.usageError(tr("%1: choose the document's language with --lang kk or --lang ru").arg(command));
        const QString out = context.options.value(QStringLiteral("--out"));
        if (out.isEmpty())
            return context.usageError(tr("%1: the option --out FILE is required").arg(command));
        QList<RefusalGround> grounds;
        for (const QString &code : context.optionValues.value(QStringLiteral("--ground"))) {
            const std::optional<RefusalGround> ground = RefusalGrounds::fromCode(code);
            if (!ground)
                return context.usageError(
                    tr("%1: unknown ground \"%2\"; use 34.1, 34.2, 34.3, 9.1 or 9.2").arg(command, code));
            if (!grounds.contains(*ground))
                grounds << *ground;
        }
        // Cited in the order of the rules, whatever the order given.
        std::sort(grounds.begin(), grounds.end(), [](RefusalGround a, RefusalGround b) {
            return RefusalGrounds::all().indexOf(a) < RefusalGrounds::all().indexOf(b);
        });

        std::shared_ptr<Database> database;
        std::optional<Direction> direction;
        if (const int failed = openDirection(context, command, arguments.constFirst(), database, direction))
            return failed;

        const KindergartenProfileStore profiles(database);
        EnrollmentStore enrollment(database);
        const RuleSettings settings = SettingsStore(database).load().settings;
        RefusalDocumentData data{profiles.load(), *direction, {}, {}, settings.complaintHeadWorkingDays,
                                 settings.complaintAuthorityWorkingDays, false};
        if (const std::optional<RefusalRecord> recorded = enrollment.refusalForDirection(direction->number)) {
            // The refusal as recorded; --ground may repeat its grounds but not change them.
            if (!grounds.isEmpty() && grounds != recorded->grounds) {
                QStringList codes;
                for (const RefusalGround ground : recorded->grounds)
                    codes << RefusalGrounds::code(ground);
                return context.usageError(tr("%1: the refusal recorded for the direction \"%2\" cites %3; "
                                             "leave out --ground or give the same grounds")
                                              .arg(command, direction->number, codes.join(QStringLiteral(", "))));
            }
            data.refusal = *recorded;
        } else {
            if (grounds.isEmpty())
                return context.usageError(tr("%1: no refusal is recorded for the direction \"%2\"; "
                                             "give its grounds with --ground")
                                              .arg(command, direction->number));
            // A draft, marked as such, dated today; the faulty documents from the service's
            // checklist when the service has started (RULES 6.2, 34.1).
            const QDate today = SystemClock().today();
            data.draft = true;
            RefusalRecord &draft = data.refusal;
            draft.date = today;
            draft.directionNumber = direction->number;
            draft.applicationId = direction->applicationId;
            draft.grounds = grounds;
            if (const std::optional<ServiceSession> session = enrollment.sessionForDirection(direction->number)) {
                draft.sessionId = session->id;
                draft.clerk = session->clerk;
                const Expected<ChecklistEvaluation> evaluation =
                    evaluate(context, database, *session, *direction, data.profile, today);
                if (evaluation)
                    draft.faultyItems = evaluation->faultyItems();
            }
        }
        // RULES 6.4: the recipient may still bring the documents while the direction is in force.
        const Expected<WorkCalendar> &calendar = context.calendar();
        if (calendar) {
            const Expected<DirectionValidity> validity =
                Directions::validity(*direction, data.refusal.date, *calendar, settings);
            if (validity && validity->validUntil.isValid() && validity->validUntil >= data.refusal.date)
                data.directionValidUntil = validity->validUntil;
        }
        return write(context, command, out,
                     RefusalDocument::writePdf(data, *language, out, templateFolders(profiles)));
    }

private:
    // cli_main.cpp starts a QGuiApplication for "print": fonts and text layout need one.
    static bool canLayOut(CliContext &context, const QString &command)
    {
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return true;
        context.err() << tr("%1: cannot lay out documents in this process").arg(command) << Qt::endl;
        return false;
    }

    // The store (never created just to find nothing in it) and the direction; 0 or the exit code.
    static int openDirection(CliContext &context, const QString &command, const QString &number,
                             std::shared_ptr<Database> &database, std::optional<Direction> &direction)
    {
        if (const int failed = context.openExistingStore(command, database))
            return failed;
        direction = DirectionStore(database).find(number);
        if (!direction) {
            context.err() << tr("%1: no direction with the number \"%2\"").arg(command, number) << Qt::endl;
            return ExitCode::NoAnswer;
        }
        return ExitCode::Ok;
    }

    // The service's checklist as it stands on `date` (RULES 6.2, 34.1); an error when the
    // calendar lacks the year (the document is then printed without what it would add).
    static Expected<ChecklistEvaluation> evaluate(CliContext &context, const std::shared_ptr<Database> &database,
                                                  const ServiceSession &session, const Direction &direction,
                                                  const KindergartenProfile &profile, const QDate &date)
    {
        const Expected<WorkCalendar> &calendar = context.calendar();
        if (!calendar)
            return calendar.error();
        const RuleSettings settings = SettingsStore(database).load().settings;
        return Checklists::evaluate(session.checklist, direction, profile.id, QString(), date, *calendar, settings);
    }

    // The administrator's edited templates first (DocumentTemplate::load), when a folder is set.
    static QStringList templateFolders(const KindergartenProfileStore &profiles)
    {
        const QString folder = profiles.templatesFolder();
        return folder.isEmpty() ? QStringList() : QStringList{folder};
    }

    static int write(CliContext &context, const QString &command, const QString &out, const Status &written)
    {
        if (!written) {
            context.err() << tr("%1: cannot write %2: %3").arg(command, out, written.error().detail) << Qt::endl;
            return ExitCode::Failed;
        }
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> printCommands()
{
    return {
        {{QStringLiteral("print"), QStringLiteral("application")},
         "ID --lang kk|ru --out FILE.pdf",
         QT_TRANSLATE_NOOP("Cli", "write the filled application form (Appendix 1) as a PDF for signing"),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes the application with the id ID from the store (--store) as the filled\n"
                           "Appendix 1 form, ready for the applicant's signature, to the PDF file FILE:\n"
                           "the form's text in Kazakh (--lang kk) or Russian (--lang ru), the chosen\n"
                           "category marked, the application's number and date, and its verification code.\n"
                           "An existing FILE is replaced. Exit code 0 when written; 2 without a document\n"
                           "language or --out; 3 when the store or the application does not exist; 4 when\n"
                           "FILE cannot be written (then FILE is left as it was)."),
         1, 1, &PrintCommand::application, {QStringLiteral("--out")}},
        {{QStringLiteral("print"), QStringLiteral("contract")},
         "DIRECTION --lang kk|ru|kk+ru --out FILE.pdf",
         QT_TRANSLATE_NOOP("Cli", "write the contract for a direction as a PDF (a marked draft until one is recorded)"),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes the contract recorded for the direction DIRECTION in the store (--store)\n"
                           "to the PDF file FILE: in Kazakh (--lang kk), Russian (--lang ru) or both side by\n"
                           "side (--lang kk+ru), with the kindergarten's details from the settings, the\n"
                           "parties, the child, the group, the fee, the documents owed under an emergency\n"
                           "deferral, the contract's number, date and verification code. When no contract\n"
                           "is recorded for the direction yet, writes a draft marked as such, without a\n"
                           "number, dated today. An existing FILE is replaced. Exit code 0 when written; 2\n"
                           "without a document language or --out; 3 when the store or the direction does\n"
                           "not exist; 4 when FILE cannot be written (then FILE is left as it was)."),
         1, 1, &PrintCommand::contract, {QStringLiteral("--out")}},
        {{QStringLiteral("print"), QStringLiteral("refusal")},
         "DIRECTION [--ground CODE...] --lang kk|ru --out FILE.pdf",
         QT_TRANSLATE_NOOP("Cli", "write the reasoned refusal for a direction as a PDF (a marked draft until one is recorded)"),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes the reasoned refusal recorded for the direction DIRECTION in the store\n"
                           "(--store) to the PDF file FILE, in Kazakh (--lang kk) or Russian (--lang ru):\n"
                           "each ground cited by its clause, the missing or faulty documents, the reasons,\n"
                           "until when the documents may still be brought, and how to complain. When no\n"
                           "refusal is recorded, writes a draft marked as such, dated today, on the grounds\n"
                           "given with --ground (34.1, 34.2, 34.3, 9.1, 9.2; repeat the option for several),\n"
                           "listing the documents the service's checklist lacks. For a recorded refusal\n"
                           "--ground may be left out. An existing FILE is replaced. Exit code 0 when\n"
                           "written; 2 without a document language or --out, for an unknown ground, or\n"
                           "without --ground when nothing is recorded; 3 when the store or the direction\n"
                           "does not exist; 4 when FILE cannot be written (then FILE is left as it was)."),
         1, 1, &PrintCommand::refusal, {QStringLiteral("--out"), QStringLiteral("--ground")}},
    };
}
