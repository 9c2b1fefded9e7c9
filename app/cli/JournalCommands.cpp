// qabyldau-cli journal verify: the journal's chain and every sealed row (issue 14 item 4).
#include "Commands.h"

#include "store/Database.h"
#include "store/RowSeal.h"

namespace {

class JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // journal verify
    static int verify(CliContext &context, const QStringList &)
    {
        std::shared_ptr<Database> database;
        if (const int failed = context.openExistingStore(QStringLiteral("journal verify"), database))
            return failed;
        const Expected<RowSeal::StoreVerification> result = RowSeal::verify(database->connection());
        if (!result)
            return context.fail(result.error(), ExitCode::NoAnswer);
        // Intact: one line on stdout. Broken: one line per finding on stderr.
        QTextStream &stream = result->ok() ? context.out() : context.err();
        for (const QString &line : result->lines())
            stream << line << Qt::endl;
        return result->ok() ? ExitCode::Ok : ExitCode::No;
    }
};

} // namespace

QList<CliCommand> journalCommands()
{
    return {
        {{QStringLiteral("journal"), QStringLiteral("verify")},
         "",
         QT_TRANSLATE_NOOP("Cli", "check the journal's chain and that no row was changed behind its back"),
         QT_TRANSLATE_NOOP("Cli",
                           "Checks the store (--store): that the journal's hash chain is whole, and that\n"
                           "every application, direction, service session, contract, refusal and place\n"
                           "still matches the seal the program gave it when it last wrote it. Prints\n"
                           "\"intact (N entries, M rows checked)\" and exits 0; otherwise prints one line\n"
                           "per finding on standard error (the first broken journal entry, then each\n"
                           "changed row with the fields that changed, at most 20, then \"and K more\") and\n"
                           "exits 1. Exit code 3 when there is no store or it cannot be read."),
         0, 0, &JournalCommand::verify},
    };
}
