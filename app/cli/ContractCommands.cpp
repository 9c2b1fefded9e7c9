// qabyldau-cli contract record: records the contract of a direction whose service was held at the
// desk (RULES 6.3, 12). The rules are the store's (EnrollmentStore::recordContract): this command
// only gathers what the parent states and reports the store's answer, so a contract recorded here
// is refused exactly where the desk's dialog refuses it.
#include "Commands.h"

#include "domain/Clock.h"
#include "domain/IdDocument.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"
#include "store/SettingsStore.h"

#include <algorithm>

namespace {

class ContractCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int record(CliContext &context, const QStringList &arguments)
    {
        const QString command = QStringLiteral("contract record");
        const QDate today = SystemClock().today();
        QDate date = today;
        QDate startsOn;
        for (const auto &[option, target] : {std::pair{QStringLiteral("--date"), &date},
                                             std::pair{QStringLiteral("--starts"), &startsOn}}) {
            if (!context.options.contains(option))
                continue;
            const Expected<QDate> parsed = CliContext::parseDate(context.options.value(option));
            if (!parsed)
                return context.usageError(command + QStringLiteral(": ") + option + u' ' + parsed.error().message());
            *target = *parsed;
        }

        // Issue 13 item 1: the ID document in parts, as the desk's dialog asks for it, so that each
        // language's contract prints it in that language; --id-document stays for a free text.
        IdDocument document;
        const QStringList partOptions{QStringLiteral("--id-kind"), QStringLiteral("--id-kind-text"),
                                      QStringLiteral("--id-number"), QStringLiteral("--id-issued"),
                                      QStringLiteral("--id-authority"), QStringLiteral("--id-authority-text")};
        const bool inParts = std::any_of(partOptions.cbegin(), partOptions.cend(),
                                         [&](const QString &option) { return context.options.contains(option); });
        if (inParts) {
            if (context.options.contains(QStringLiteral("--id-document")))
                return context.usageError(tr("%1: give the ID document either in parts (--id-kind, --id-number, "
                                             "--id-issued, --id-authority) or as --id-document, not both")
                                              .arg(command));
            const QString kindCode = context.options.value(QStringLiteral("--id-kind"));
            const std::optional<IdDocumentKind> kind = IdDocuments::kindFromCode(kindCode);
            if (!kind || *kind == IdDocumentKind::None)
                return context.usageError(
                    tr("%1: --id-kind must be one of identity_card, passport, residence_permit, "
                       "stateless_certificate, other, not \"%2\"")
                        .arg(command, kindCode));
            document.kind = *kind;
            document.kindText = context.options.value(QStringLiteral("--id-kind-text"));
            document.number = context.options.value(QStringLiteral("--id-number"));
            if (context.options.contains(QStringLiteral("--id-issued"))) {
                const Expected<QDate> issued = CliContext::parseDate(context.options.value(QStringLiteral("--id-issued")));
                if (!issued)
                    return context.usageError(command + QStringLiteral(": --id-issued ") + issued.error().message());
                document.issuedOn = *issued;
            }
            // An authority left out is the store's to name (the contract is refused, naming the field).
            if (const QString issuerCode = context.options.value(QStringLiteral("--id-authority")); !issuerCode.isEmpty()) {
                const std::optional<IdDocumentIssuer> issuer = IdDocuments::issuerFromCode(issuerCode);
                if (!issuer || *issuer == IdDocumentIssuer::None)
                    return context.usageError(
                        tr("%1: --id-authority must be one of internal_affairs, justice, other, not \"%2\"")
                            .arg(command, issuerCode));
                document.issuer = *issuer;
            }
            document.issuerText = context.options.value(QStringLiteral("--id-authority-text"));
        }

        std::shared_ptr<Database> database;
        if (const int failed = context.openExistingStore(command, database))
            return failed;
        const QString number = arguments.constFirst();
        if (!DirectionStore(database).find(number)) {
            context.err() << tr("%1: no direction with the number \"%2\"").arg(command, number) << Qt::endl;
            return ExitCode::NoAnswer;
        }
        EnrollmentStore enrollment(database);
        const std::optional<ServiceSession> session = enrollment.sessionForDirection(number);
        if (!session) {
            context.err() << tr("%1: the service for the direction \"%2\" has not been started at the desk; "
                                "the contract follows the documents' check")
                                 .arg(command, number)
                          << Qt::endl;
            return ExitCode::NoAnswer;
        }
        const Expected<WorkCalendar> &calendar = context.calendar();
        if (!calendar)
            return context.fail(calendar.error(), ExitCode::NoAnswer);

        // What the parent states for the contract; the parent's name, IIN and phones are the
        // direction's applicant's unless given (the store fills them in).
        ContractRecord contract;
        contract.date = date;
        contract.startsOn = startsOn;
        contract.parentIdDocument = context.options.value(QStringLiteral("--id-document"));
        contract.parentIdDocumentDetails = document;
        contract.parentAddress = context.options.value(QStringLiteral("--address"));
        contract.clerk = context.options.value(QStringLiteral("--clerk")).simplified();

        const KindergartenProfile profile = KindergartenProfileStore(database).load();
        const RuleSettings settings = SettingsStore(database).load().settings;
        const Expected<ContractRecord> recorded =
            enrollment.recordContract(session->id, contract, profile, *calendar, settings, SystemClock().now());
        if (!recorded) {
            const Issue &issue = recorded.error();
            context.err() << tr("%1: the contract was not recorded: %2").arg(command, issue.message()) << Qt::endl;
            // A rule said no (1); the store could not be written (4).
            return issue.field == Field::Store ? ExitCode::Failed : ExitCode::No;
        }
        context.out() << tr("contract %1 recorded for the direction %2, verification code %3")
                             .arg(recorded->number, recorded->directionNumber, recorded->verificationCode)
                      << Qt::endl;
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> contractCommands()
{
    return {
        {{QStringLiteral("contract"), QStringLiteral("record")},
         "DIRECTION --id-kind KIND --id-number N --id-issued DATE --id-authority WHO --address TEXT --starts DATE [OPTIONS]",
         QT_TRANSLATE_NOOP("Cli", "record the contract for a direction whose documents were checked at the desk"),
         QT_TRANSLATE_NOOP("Cli",
                           "Records in the store (--store) the contract for the direction DIRECTION, on the\n"
                           "service session the desk started for it, as the desk's contract dialog does and\n"
                           "under the same rules: the kindergarten's details filled in Settings, the\n"
                           "session's documents stage recorded and its checklist complete on the contract's\n"
                           "date, the direction still in force, and what the parent states: the ID document\n"
                           "in parts as the desk asks for it (--id-kind identity_card, passport,\n"
                           "residence_permit, stateless_certificate or other with --id-kind-text TEXT;\n"
                           "--id-number; --id-issued DATE, not after the contract's date; --id-authority\n"
                           "internal_affairs, justice or other with --id-authority-text TEXT), each\n"
                           "language's contract then printing it in its own words, or as one free text\n"
                           "printed as typed (--id-document TEXT, not with the parts); the address\n"
                           "(--address) and the day the child starts (--starts, not before the contract's\n"
                           "date). The parent who signs is the\n"
                           "direction's applicant. --date is the contract's date (default today); --clerk\n"
                           "the clerk named on it and in the journal (default the session's clerk). The\n"
                           "contract gets its number and verification code, the direction is used, the\n"
                           "application archived and the command queued for the server, in one\n"
                           "transaction. Print it with print contract.\n"
                           "Exit code 0 when recorded; 1 when a rule refuses it (the first problem, naming\n"
                           "its field, on one line; nothing is written); 2 for a date that is not\n"
                           "YYYY-MM-DD, an unknown kind or authority, or both ways of giving the ID\n"
                           "document; 3 when the store, the direction, its service session or the\n"
                           "year's calendar is missing; 4 when the store cannot be written."),
         1, 1, &ContractCommand::record,
         {QStringLiteral("--id-document"), QStringLiteral("--id-kind"), QStringLiteral("--id-kind-text"),
          QStringLiteral("--id-number"), QStringLiteral("--id-issued"), QStringLiteral("--id-authority"),
          QStringLiteral("--id-authority-text"), QStringLiteral("--address"), QStringLiteral("--starts"),
          QStringLiteral("--date"), QStringLiteral("--clerk")}},
    };
}
