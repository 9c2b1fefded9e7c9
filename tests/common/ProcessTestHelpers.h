#pragma once

// Runs a program as a script would (the real qabyldau-cli, pdftotext) and collects what it said.

#include "TestTime.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

namespace ProcessTestHelpers {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// exitCode stays -1 and err says why when the program timed out or crashed.
inline Result runProgram(const QString &program, const QStringList &arguments,
                         const QList<std::pair<QString, QString>> &environment = {},
                         int timeoutMs = TestTime::guardMs(120000))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("crashed");
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The CLI's rule for errors: exactly one line, ending in a newline.
inline bool isOneLine(const QString &text)
{
    return text.size() > 1 && text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1;
}

#ifdef QABYLDAU_CLI_PATH
inline Result runCli(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment = {})
{
    return runProgram(QStringLiteral(QABYLDAU_CLI_PATH), arguments, environment);
}
#endif

} // namespace ProcessTestHelpers
