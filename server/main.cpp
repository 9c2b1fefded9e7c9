// qabyldau-server: the queue management system (DESIGN 6). The HTTP API, distribution and
// notifications arrive with the server issues; this entry point already answers --help and
// --version so that scripts can rely on it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qabyldau-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QABYLDAU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Qabyldau queue management server.\n"
        "Not yet implemented: serve, init, org add, desk add, calendar import, journal verify, demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The subcommand to run."));
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "qabyldau-server: '" << parser.positionalArguments().constFirst()
                            << "' is not implemented yet; see --help\n";
        return 2;
    }
    parser.showHelp(0);
}
