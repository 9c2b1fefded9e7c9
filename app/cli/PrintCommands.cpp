// qabyldau-cli print ...: printed documents as PDF (RULES 11).
#include "Commands.h"

#include "ApplicationDocument.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QGuiApplication>

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

        // Never create a store just to find nothing in it.
        const QString storePath = context.storePath.isEmpty() ? Database::defaultPath() : context.storePath;
        if (!QFileInfo::exists(storePath)) {
            context.err() << tr("%1: there is no store at %2").arg(command, storePath) << Qt::endl;
            return ExitCode::NoAnswer;
        }
        Expected<std::shared_ptr<Database>> database = Database::open(storePath);
        if (!database)
            return context.fail(database.error(), ExitCode::NoAnswer);

        const QString &id = arguments.constFirst();
        const std::optional<Application> found = ApplicationStore(*database).find(id);
        if (!found) {
            context.err() << tr("%1: no application with the id \"%2\"").arg(command, id) << Qt::endl;
            return ExitCode::NoAnswer;
        }

        const Status written = ApplicationDocument::writePdf(*found, *language, out);
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
    };
}
