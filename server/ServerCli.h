#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

// The qabyldau-server command line (docs/server.md): a subcommand and its options. Output for
// scripts on standard output; errors as one line on standard error with a non-zero exit.
class ServerCli
{
public:
    ServerCli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    int run(QStringList arguments);

private:
    int init();
    int org(const QStringList &arguments);
    int desk(const QStringList &arguments);
    int applications(const QStringList &arguments);
    int directions(const QStringList &arguments);
    int places(const QStringList &arguments);
    int bulletin(const QStringList &arguments);
    int journal(const QStringList &arguments);
    int epoch(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int calendar(const QStringList &arguments);
    int deadlines(const QStringList &arguments);
    int distribute(const QStringList &arguments);
    int explain(const QStringList &arguments);
    int demo();
    int serve();
    int notifications(const QStringList &arguments);
    int usage(int exitCode);
    int fail(const QString &line, int exitCode = 1);

    QString option(const QString &name, const QString &fallback = {}) const;
    bool flag(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_positional;
    QHash<QString, QString> m_options;
    QStringList m_flags;
};
