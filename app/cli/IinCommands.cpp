// qabyldau-cli iin ...: the IIN rules of RULES 9.
#include "Commands.h"

#include "domain/Iin.h"

namespace {

class IinCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int check(CliContext &context, const QStringList &arguments)
    {
        const Expected<Iin> iin = Iin::parse(arguments.constFirst());
        if (!iin)
            return context.fail(iin.error(), ExitCode::No);

        // What the digits encode is only a hint (RULES 9): "not encoded" is still a valid IIN.
        const std::optional<QDate> birthDate = iin->birthDate();
        QString sex = tr("not encoded");
        if (iin->sex() == Iin::Sex::Male)
            sex = tr("male");
        else if (iin->sex() == Iin::Sex::Female)
            sex = tr("female");
        context.out() << tr("valid") << '\n'
                      << tr("birth date: %1").arg(birthDate ? birthDate->toString(Qt::ISODate) : tr("not encoded"))
                      << '\n'
                      << tr("sex: %1").arg(sex) << Qt::endl;
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> iinCommands()
{
    return {
        {{QStringLiteral("iin"), QStringLiteral("check")},
         "IIN",
         QT_TRANSLATE_NOOP("Cli", "check an IIN and show the birth date and sex it encodes"),
         QT_TRANSLATE_NOOP("Cli",
                           "Checks that IIN has 12 digits (spaces and dashes between them are ignored) and a\n"
                           "correct check digit. If it is valid, prints three lines:\n"
                           "  valid\n"
                           "  birth date: YYYY-MM-DD\n"
                           "  sex: male|female\n"
                           "with \"not encoded\" where the digits do not form a date (IINs issued since\n"
                           "2013 need not encode the person). Exit code 0 when valid; 1 and the reason\n"
                           "on standard error when not."),
         1, 1, &IinCommand::check},
    };
}
