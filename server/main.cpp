// qabyldau-server: the queue management system of a region (docs/server.md). Everything it does
// is in qabyldau_server; this file only starts it.
#include "ServerCli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qabyldau-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QABYLDAU_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ServerCli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
