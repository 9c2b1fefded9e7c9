// qabyldau-cli: the console tool (docs/cli.md). Everything it does is in qabyldau_cli.
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desk app's names, so that both find the same data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Qabyldau"));
    QCoreApplication::setApplicationName(QStringLiteral("qabyldau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QABYLDAU_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int exitCode = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return exitCode;
}
