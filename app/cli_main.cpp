// qabyldau-cli: the console tool (docs/cli.md). Everything it does is in qabyldau_cli.
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Printed documents (print ...) need fonts and text layout, so a QGuiApplication, on the
    // window-less "offscreen" platform: the tool runs without a display. Qt's start-up notes
    // (no XDG_RUNTIME_DIR...) are not the tool's output: standard error holds one-line reasons.
    // Every other command starts faster as a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    const bool printing = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        return qstrcmp(argument, "print") == 0;
    });
    if (printing) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg) // e.g. the platform plugin is missing
                previous(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
